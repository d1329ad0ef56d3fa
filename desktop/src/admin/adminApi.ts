import { type FetchLike, requestJson } from '@keliling/sync';
import { z } from 'zod';
import type { StaffSession } from '../staff/staffSession';

/** The admin endpoints (`/admin/*`, `/enrollment-codes`, `/devices/:id/revoke|retire`), typed by zod on the way in. */
function http(session: StaffSession, fetchFn?: FetchLike) {
  return {
    baseUrl: session.serverUrl,
    headers: { authorization: `Bearer ${session.token}`, 'accept-language': 'id' },
    ...(fetchFn ? { fetch: fetchFn } : {}),
  };
}
const get = <S extends z.ZodType>(session: StaffSession, path: string, schema: S) =>
  requestJson(http(session), 'GET', path, schema);
const post = <S extends z.ZodType>(session: StaffSession, path: string, schema: S, body: unknown = {}) =>
  requestJson(http(session), 'POST', path, schema, body);
const seg = encodeURIComponent;

export const staffRoles = ['admin', 'hq', 'coordinator', 'officer'] as const;
export type StaffRoleName = (typeof staffRoles)[number];

const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string().nullable(),
  role: z.enum(staffRoles),
  unitId: z.string().nullable(),
  polres: z.string().nullable(),
  status: z.enum(['active', 'disabled']),
});
export type AdminUser = z.infer<typeof userSchema>;

export const listUsers = async (session: StaffSession) =>
  (await get(session, '/admin/users', z.object({ users: z.array(userSchema) }))).users;

export type NewUser = {
  username: string;
  role: StaffRoleName;
  unitId: string | null;
  name: string | null;
  password: string;
};
export const createUser = async (session: StaffSession, user: NewUser) =>
  (await post(session, '/admin/users', z.object({ user: userSchema }), user)).user;

export const setUserStatus = async (session: StaffSession, userId: string, status: AdminUser['status']) =>
  (await post(session, `/admin/users/${seg(userId)}/status`, z.object({ user: userSchema }), { status })).user;

export const resetPassword = (session: StaffSession, userId: string, password: string) =>
  post(session, `/admin/users/${seg(userId)}/password`, z.undefined(), { password });

const unitSchema = z.object({ id: z.string(), name: z.string(), polres: z.string().nullable() });
export type AdminUnit = z.infer<typeof unitSchema>;
export const listUnits = async (session: StaffSession) =>
  (await get(session, '/admin/units', z.object({ units: z.array(unitSchema) }))).units;
export const createUnit = async (session: StaffSession, unit: { id: string; name: string; polres: string | null }) =>
  (await post(session, '/admin/units', z.object({ unit: unitSchema }), unit)).unit;

const officerSchema = z.object({
  id: z.string(),
  unitId: z.string().nullable(),
  name: z.unknown(),
  nrp: z.unknown(),
  role: z.unknown(),
  rank: z.unknown(),
  active: z.unknown(),
});
export type AdminOfficer = z.infer<typeof officerSchema>;
export const listOfficers = async (session: StaffSession, unitId: string) =>
  (await get(session, `/admin/officers?unitId=${seg(unitId)}`, z.object({ officers: z.array(officerSchema) })))
    .officers;
export const createOfficer = (
  session: StaffSession,
  officer: { unitId: string; name: string; nrp: string; rank?: string; pin: string },
) => post(session, '/admin/officers', z.object({ officer: z.object({ id: z.string() }) }), officer);
export const resetOfficerPin = (session: StaffSession, officerId: string, pin: string) =>
  post(session, `/admin/officers/${seg(officerId)}/pin`, z.object({ officer: z.object({ id: z.string() }) }), { pin });

const pendingCodeSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type PendingCode = z.infer<typeof pendingCodeSchema>;
export const listPendingCodes = async (session: StaffSession) =>
  (await get(session, '/admin/enrollment-codes', z.object({ codes: z.array(pendingCodeSchema) }))).codes;
const issuedCodeSchema = z.object({ code: z.string(), unitId: z.string(), expiresAt: z.string() });
export type IssuedCode = z.infer<typeof issuedCodeSchema>;
export const issueCode = (session: StaffSession, unitId: string, ttlHours?: number) =>
  post(session, '/enrollment-codes', issuedCodeSchema, { unitId, ...(ttlHours ? { ttlHours } : {}) });

const deviceSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  name: z.string(),
  status: z.string(),
  enrolledAt: z.string(),
  lastSeenAt: z.string().nullable(),
  retireCompletedAt: z.string().nullable(),
});
export type AdminDevice = z.infer<typeof deviceSchema>;
export const listDevices = async (session: StaffSession) =>
  (await get(session, '/admin/devices', z.object({ devices: z.array(deviceSchema) }))).devices;
export const changeDevice = (session: StaffSession, deviceId: string, action: 'revoke' | 'retire') =>
  post(session, `/devices/${seg(deviceId)}/${action}`, z.object({ device: z.object({ status: z.string() }) }));

export type FeeTableInput = {
  id: string;
  regulation: string;
  validFrom: string;
  rows: unknown[];
  notes?: string;
};
export const publishFeeTable = (session: StaffSession, table: FeeTableInput) =>
  post(session, '/admin/fee-tables', z.object({ feeTable: z.object({ id: z.string() }) }), table);
