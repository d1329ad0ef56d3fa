import type { Role } from '../auth/principal.js';
import type { SqliteDatabase } from '../db/open.js';
import type { User } from './types.js';

type UserRow = {
  id: string;
  username: string;
  name: string | null;
  role: Role;
  unit_id: string | null;
  polres: string | null;
  status: 'active' | 'disabled';
};

export type PendingCode = {
  id: string;
  unitId: string;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
};
export type DeviceListing = {
  id: string;
  unitId: string;
  unitName: string | null;
  name: string;
  status: string;
  enrolledAt: string;
  lastSeenAt: string | null;
  retireCompletedAt: string | null;
  /** What the device said it still held at its last sync call (null: it has not said). */
  outbox: { changes: number; uploads: number; reportedAt: string } | null;
};

const toUser = (r: UserRow): User => ({
  id: r.id,
  username: r.username,
  name: r.name,
  role: r.role,
  unitId: r.unit_id,
  polres: r.polres,
  status: r.status,
});

export type AdminStore = ReturnType<typeof createAdminStore>;

/** Reads and writes behind the admin screens that the sync store does not offer. */
export function createAdminStore(db: SqliteDatabase, now: () => number = Date.now) {
  const s = {
    users: db.prepare<[], UserRow>(
      'SELECT id, username, name, role, unit_id, polres, status FROM users ORDER BY username',
    ),
    user: db.prepare<[string], UserRow>(
      'SELECT id, username, name, role, unit_id, polres, status FROM users WHERE id = ?',
    ),
    setRole: db.prepare('UPDATE users SET role = ?, unit_id = ?, polres = ? WHERE id = ?'),
    setPassword: db.prepare('UPDATE users SET password_hash = ? WHERE id = ?'),
    setStatus: db.prepare('UPDATE users SET status = ? WHERE id = ?'),
    dropSessions: db.prepare('DELETE FROM sessions WHERE user_id = ?'),
    codes: db.prepare<
      [string],
      { code_hash: string; unit_id: string; created_by: string | null; created_at: string; expires_at: string }
    >(
      `SELECT code_hash, unit_id, created_by, created_at, expires_at FROM enrollment_codes
       WHERE used_at IS NULL AND expires_at > ? ORDER BY created_at DESC`,
    ),
    devices: db.prepare<
      { unitId: string | null },
      {
        id: string;
        unit_id: string;
        unit_name: string | null;
        name: string;
        status: string;
        enrolled_at: string;
        last_seen_at: string | null;
        retire_completed_at: string | null;
        outbox_changes: number | null;
        outbox_uploads: number | null;
        outbox_reported_at: string | null;
      }
    >(
      `SELECT d.id, d.unit_id, u.name AS unit_name, d.name, d.status, d.enrolled_at, d.last_seen_at, d.retire_completed_at,
              d.outbox_changes, d.outbox_uploads, d.outbox_reported_at
       FROM devices d LEFT JOIN units u ON u.id = d.unit_id
       WHERE (@unitId IS NULL OR d.unit_id = @unitId) ORDER BY d.unit_id, d.enrolled_at`,
    ),
  };
  return {
    listUsers: (): User[] => s.users.all().map(toUser),
    getUser: (id: string): User | null => {
      const row = s.user.get(id);
      return row ? toUser(row) : null;
    },
    setRole(id: string, role: Role, unitId: string | null, polres: string | null): User | null {
      if (s.setRole.run(role, unitId, polres, id).changes === 0) return null;
      // A role change takes effect at once: existing sessions carried the old role's scope.
      s.dropSessions.run(id);
      return toUser(s.user.get(id)!);
    },
    setPassword(id: string, passwordHash: string): boolean {
      if (s.setPassword.run(passwordHash, id).changes === 0) return false;
      s.dropSessions.run(id);
      return true;
    },
    /** Disabling ends the user's sessions at once; the account and its username stay. */
    setStatus(id: string, status: 'active' | 'disabled'): User | null {
      if (s.setStatus.run(status, id).changes === 0) return null;
      if (status === 'disabled') s.dropSessions.run(id);
      return toUser(s.user.get(id)!);
    },
    /** Unused, unexpired codes; the code itself is never stored, `id` is a prefix of its hash. */
    pendingCodes: (): PendingCode[] =>
      s.codes.all(new Date(now()).toISOString()).map((r) => ({
        id: r.code_hash.slice(0, 12),
        unitId: r.unit_id,
        createdBy: r.created_by,
        createdAt: r.created_at,
        expiresAt: r.expires_at,
      })),
    listDevices: (unitId: string | null): DeviceListing[] =>
      s.devices.all({ unitId }).map((r) => ({
        id: r.id,
        unitId: r.unit_id,
        unitName: r.unit_name,
        name: r.name,
        status: r.status,
        enrolledAt: r.enrolled_at,
        lastSeenAt: r.last_seen_at,
        retireCompletedAt: r.retire_completed_at,
        outbox:
          r.outbox_reported_at === null
            ? null
            : { changes: r.outbox_changes ?? 0, uploads: r.outbox_uploads ?? 0, reportedAt: r.outbox_reported_at },
      })),
  };
}
