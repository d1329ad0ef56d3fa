import { nodeIdSchema } from '@keliling/sync';
import { z } from 'zod';

/**
 * A staff sign-in (coordinator, HQ, admin). Kept in sessionStorage, never in IndexedDB: it lasts as long as the
 * browser tab and leaves nothing behind on a shared office computer once the tab is closed.
 */
export const staffSessionSchema = z.object({
  serverUrl: z.string().url(),
  token: z.string().min(1),
  nodeId: nodeIdSchema,
  username: z.string().min(1),
  user: z.object({
    id: z.string().min(1),
    role: z.enum(['officer', 'coordinator', 'hq', 'admin']),
    unitId: z.string().nullable(),
  }),
  signedInAt: z.string(),
});
export type StaffSession = z.infer<typeof staffSessionSchema>;
export type StaffRole = StaffSession['user']['role'];

export const staffSessionKey = 'keliling.staffSession';

/** The session stored in this tab, or null (none, or unreadable). */
export function readStaffSession(storage: Pick<Storage, 'getItem'>): StaffSession | null {
  const raw = storage.getItem(staffSessionKey);
  if (raw === null) return null;
  try {
    const parsed = staffSessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeStaffSession(storage: Pick<Storage, 'setItem'>, session: StaffSession): void {
  storage.setItem(staffSessionKey, JSON.stringify(session));
}

export function clearStaffSession(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(staffSessionKey);
}

/** Roles that have screens in the web app today. */
export function hasStaffScreens(role: StaffRole): boolean {
  return role === 'coordinator' || role === 'hq';
}
