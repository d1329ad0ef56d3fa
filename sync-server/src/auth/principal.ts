/** Who is calling: an enrolled device or a signed-in staff user, with the units it may see and write. */
export type Role = 'officer' | 'coordinator' | 'hq' | 'admin';

/** `all`: every unit (hq, admin). Otherwise the listed units, plus shared reference data (no unitId). */
export type Scope = { all: true } | { all: false; unitIds: string[] };

export type DeviceStatus = 'active' | 'revoked' | 'retired';

export type Principal =
  | {
      kind: 'device';
      /** `device:<id>`, recorded as the author of its changes. */
      author: string;
      deviceId: string;
      role: 'officer';
      unitId: string;
      nodeId: string;
      status: DeviceStatus;
      scope: Scope;
    }
  | {
      kind: 'user';
      /** `user:<id>`. */
      author: string;
      userId: string;
      role: Role;
      unitId: string | null;
      nodeId: string;
      scope: Scope;
    };

export function inScope(scope: Scope, unitId: string | null): boolean {
  if (unitId === null) return true;
  return scope.all || scope.unitIds.includes(unitId);
}

export function isStaff(principal: Principal, ...roles: Role[]): boolean {
  return principal.kind === 'user' && (roles.length === 0 || roles.includes(principal.role));
}
