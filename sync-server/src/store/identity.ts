import type { DeviceStatus, Principal, Role, Scope } from '../auth/principal.js';
import type { SqliteDatabase } from '../db/open.js';
import type { CredentialLookup, Device, DeviceOutbox, EnrollResult, NewUser, Unit, User } from './types.js';

type UnitRow = { id: string; name: string; polres: string | null; created_at: string };
type UserRow = {
  id: string;
  username: string;
  name: string | null;
  role: Role;
  unit_id: string | null;
  polres: string | null;
  status: 'active' | 'disabled';
  password_hash: string;
};
type DeviceRow = {
  id: string;
  unit_id: string;
  name: string;
  node_id: string;
  token_hash: string;
  status: DeviceStatus;
  enrolled_at: string;
  last_seen_at: string | null;
  retire_completed_at: string | null;
};

const toUnit = (row: UnitRow): Unit => ({ id: row.id, name: row.name, polres: row.polres, createdAt: row.created_at });
const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  name: row.name,
  role: row.role,
  unitId: row.unit_id,
  polres: row.polres,
  status: row.status,
});
const toDevice = (row: DeviceRow): Device => ({
  id: row.id,
  unitId: row.unit_id,
  name: row.name,
  nodeId: row.node_id,
  status: row.status,
  enrolledAt: row.enrolled_at,
  lastSeenAt: row.last_seen_at,
  retireCompletedAt: row.retire_completed_at,
});

/** last_seen_at is written at most this often per credential, so reads do not each cost a write. */
const touchIntervalMs = 60_000;

/** Units, users, devices, enrollment codes and sessions. Tokens and codes arrive here already hashed. */
export function createIdentityStore(db: SqliteDatabase, now: () => number) {
  const iso = (ms = now()) => new Date(ms).toISOString();
  const s = {
    insertUnit: db.prepare('INSERT INTO units (id, name, polres, created_at) VALUES (?, ?, ?, ?)'),
    getUnit: db.prepare<[string], UnitRow>('SELECT * FROM units WHERE id = ?'),
    listUnits: db.prepare<[], UnitRow>('SELECT * FROM units ORDER BY id'),
    unitsOfPolres: db.prepare<[string], { id: string }>('SELECT id FROM units WHERE polres = ? ORDER BY id'),
    insertUser: db.prepare(
      'INSERT INTO users (id, username, name, role, unit_id, polres, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    userByName: db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?'),
    userById: db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?'),
    countUsers: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM users'),
    insertCode: db.prepare(
      'INSERT INTO enrollment_codes (code_hash, unit_id, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
    ),
    usableCode: db.prepare<[string, string], { unit_id: string }>(
      'SELECT unit_id FROM enrollment_codes WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?',
    ),
    useCode: db.prepare('UPDATE enrollment_codes SET used_at = ?, device_id = ? WHERE code_hash = ?'),
    insertDevice: db.prepare(
      'INSERT INTO devices (id, unit_id, name, node_id, token_hash, enrolled_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    deviceById: db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE id = ?'),
    deviceByToken: db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE token_hash = ?'),
    touchDevice: db.prepare(
      'UPDATE devices SET last_seen_at = ? WHERE id = ? AND (last_seen_at IS NULL OR last_seen_at < ?)',
    ),
    setDeviceStatus: db.prepare(
      'UPDATE devices SET status = ?, status_changed_at = ?, status_changed_by = ? WHERE id = ?',
    ),
    completeRetirement: db.prepare(
      "UPDATE devices SET retire_completed_at = ? WHERE id = ? AND status = 'retired' AND retire_completed_at IS NULL",
    ),
    insertSession: db.prepare(
      'INSERT INTO sessions (token_hash, user_id, node_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
    ),
    sessionByToken: db.prepare<[string, string], { user_id: string; node_id: string; last_seen_at: string | null }>(
      'SELECT user_id, node_id, last_seen_at FROM sessions WHERE token_hash = ? AND expires_at > ?',
    ),
    reportOutbox: db.prepare(
      'UPDATE devices SET outbox_changes = ?, outbox_uploads = ?, outbox_reported_at = ? WHERE id = ?',
    ),
    touchSession: db.prepare(
      'UPDATE sessions SET last_seen_at = ? WHERE token_hash = ? AND (last_seen_at IS NULL OR last_seen_at < ?)',
    ),
  };

  type EnrollInput = { codeHash: string; name: string; deviceId: string; nodeId: string; tokenHash: string };
  const enroll = db.transaction((input: EnrollInput): EnrollResult => {
    const at = iso();
    const code = s.usableCode.get(input.codeHash, at);
    if (!code) return { ok: false, code: 'enrollment_code_invalid' };
    s.insertDevice.run(input.deviceId, code.unit_id, input.name, input.nodeId, input.tokenHash, at);
    s.useCode.run(at, input.deviceId, input.codeHash);
    return {
      ok: true,
      device: toDevice(s.deviceById.get(input.deviceId)!),
      unit: toUnit(s.getUnit.get(code.unit_id)!),
    };
  });

  const unitScope = (unitId: string): Scope => ({ all: false, unitIds: [unitId] });

  function userScope(user: UserRow): Scope {
    if (user.role === 'hq' || user.role === 'admin') return { all: true };
    if (user.role === 'coordinator') {
      const polres = user.polres ?? (user.unit_id !== null ? s.getUnit.get(user.unit_id)?.polres : null);
      if (polres) return { all: false, unitIds: s.unitsOfPolres.all(polres).map((row) => row.id) };
    }
    return user.unit_id === null ? { all: false, unitIds: [] } : unitScope(user.unit_id);
  }

  return {
    insertUnit(input: { id: string; name: string; polres?: string | null }): Unit {
      const createdAt = iso();
      s.insertUnit.run(input.id, input.name, input.polres ?? null, createdAt);
      return { id: input.id, name: input.name, polres: input.polres ?? null, createdAt };
    },
    getUnit: (id: string): Unit | null => {
      const row = s.getUnit.get(id);
      return row ? toUnit(row) : null;
    },
    listUnits: (): Unit[] => s.listUnits.all().map(toUnit),

    createUser(input: NewUser): User {
      const id = crypto.randomUUID();
      s.insertUser.run(
        id,
        input.username,
        input.name ?? null,
        input.role,
        input.unitId,
        input.polres ?? null,
        input.passwordHash,
        iso(),
      );
      return toUser(s.userById.get(id)!);
    },
    findUserForLogin(username: string): (User & { passwordHash: string }) | null {
      const row = s.userByName.get(username);
      if (row?.status !== 'active') return null;
      return { ...toUser(row), passwordHash: row.password_hash };
    },
    countUsers: (): number => s.countUsers.get()!.n,

    createEnrollmentCode(input: { codeHash: string; unitId: string; createdBy: string | null; expiresAt: Date }): void {
      s.insertCode.run(input.codeHash, input.unitId, input.createdBy, iso(), input.expiresAt.toISOString());
    },

    /** Checks and consumes the code and creates the device in one transaction: a code enrolls at most one device. */
    enrollDevice: (input: EnrollInput): EnrollResult => enroll.immediate(input),

    createSession(input: { tokenHash: string; userId: string; nodeId: string; expiresAt: Date }): void {
      s.insertSession.run(input.tokenHash, input.userId, input.nodeId, iso(), input.expiresAt.toISOString());
    },

    /** What a device says it still holds (changes to push, attachments to upload), as of now. */
    reportDeviceOutbox(deviceId: string, outbox: DeviceOutbox): void {
      s.reportOutbox.run(outbox.changes, outbox.uploads, iso(now()), deviceId);
    },

    findCredential(tokenHash: string): CredentialLookup {
      const t = now();
      const device = s.deviceByToken.get(tokenHash);
      if (device) {
        // A retired device that finished its final push is done with, like a revoked one.
        if (device.status === 'revoked' || device.retire_completed_at !== null) return { kind: 'revoked' };
        s.touchDevice.run(iso(t), device.id, iso(t - touchIntervalMs));
        const principal: Principal = {
          kind: 'device',
          author: `device:${device.id}`,
          deviceId: device.id,
          role: 'officer',
          unitId: device.unit_id,
          nodeId: device.node_id,
          status: device.status,
          scope: unitScope(device.unit_id),
        };
        return { kind: 'ok', principal };
      }
      const session = s.sessionByToken.get(tokenHash, iso(t));
      if (!session) return { kind: 'none' };
      const user = s.userById.get(session.user_id);
      if (user?.status !== 'active') return { kind: 'none' };
      s.touchSession.run(iso(t), tokenHash, iso(t - touchIntervalMs));
      const principal: Principal = {
        kind: 'user',
        author: `user:${user.id}`,
        userId: user.id,
        role: user.role,
        unitId: user.unit_id,
        nodeId: session.node_id,
        scope: userScope(user),
      };
      return { kind: 'ok', principal };
    },

    getDevice(id: string): Device | null {
      const row = s.deviceById.get(id);
      return row ? toDevice(row) : null;
    },
    completeRetirement(id: string): Device | null {
      s.completeRetirement.run(iso(), id);
      const row = s.deviceById.get(id);
      return row ? toDevice(row) : null;
    },
    setDeviceStatus(id: string, status: DeviceStatus, by: string): Device | null {
      const result = s.setDeviceStatus.run(status, iso(), by, id);
      if (result.changes === 0) return null;
      return toDevice(s.deviceById.get(id)!);
    },
  };
}
