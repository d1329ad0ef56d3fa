import { msg } from '../i18n/i18n';

/** What `GET /admin/actors` answers: the names behind the author ids the server records. */
export type ActorDirectory = {
  users: readonly { id: string; username: string; name: string | null }[];
  officers: readonly { id: string; unitId: string; name: string | null }[];
  devices: readonly { id: string; name: string; unitId: string; unitName: string | null }[];
};

/**
 * An author id as people read it. `name` is what to show (the id itself when nobody is known by it), `detail` an
 * optional second part (a device's unit), `id` the raw id an investigation filters the audit log by.
 */
export type ActorName = {
  id: string;
  name: string;
  detail: string | null;
  kind: 'user' | 'device' | 'officer' | 'system' | 'unknown';
};

/** The server's own actors, which no list names: Indonesian labels (translated where shown). */
export const systemActors: Record<string, string> = {
  server: msg('Server (otomatis)'),
  cli: msg('Baris perintah server'),
  anonymous: msg('Tanpa akun'),
  'public:portal': msg('Portal warga'),
};

export type ActorResolver = (actor: string) => ActorName;

/**
 * Builds the lookup once per directory. Ids come as `user:<id>`, `device:<id>`, `officer:<id>`, or bare: a change's
 * `by` is an officer id on a device and the staff user's username for changes made on HQ's screens.
 */
export function actorResolver(directory: ActorDirectory | undefined): ActorResolver {
  const users = new Map(directory?.users.map((u) => [u.id, u]));
  const usernames = new Map(directory?.users.map((u) => [u.username, u]));
  const officers = new Map(directory?.officers.map((o) => [o.id, o]));
  const devices = new Map(directory?.devices.map((d) => [d.id, d]));

  const user = (id: string, u: ActorDirectory['users'][number] | undefined): ActorName | null =>
    u ? { id, name: u.name?.trim() || u.username, detail: null, kind: 'user' } : null;
  const officer = (id: string, o: ActorDirectory['officers'][number] | undefined): ActorName | null =>
    o?.name ? { id, name: o.name, detail: null, kind: 'officer' } : null;
  const device = (id: string, d: ActorDirectory['devices'][number] | undefined): ActorName | null =>
    d ? { id, name: d.name, detail: d.unitName ?? d.unitId, kind: 'device' } : null;

  return (id) => {
    const colon = id.indexOf(':');
    const prefix = colon > 0 ? id.slice(0, colon) : '';
    const rest = id.slice(colon + 1);
    const found =
      prefix === 'user'
        ? user(id, users.get(rest))
        : prefix === 'device'
          ? device(id, devices.get(rest))
          : prefix === 'officer'
            ? officer(id, officers.get(rest))
            : Object.hasOwn(systemActors, id)
              ? { id, name: systemActors[id] ?? id, detail: null, kind: 'system' as const }
              : (officer(id, officers.get(id)) ?? user(id, usernames.get(id)));
    return found ?? { id, name: id, detail: null, kind: 'unknown' };
  };
}
