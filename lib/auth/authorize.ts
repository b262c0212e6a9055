import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_PERMISSIONS, type Permission } from "./permissions";

export interface RoleGrant {
  role: Role;
  /**
   * The organisation the grant belongs to: an organiser's own, a coordinator's unit's, a door
   * staffer's event's; null for the installation's ADMIN.
   */
  organizationId: string | null;
  unitId: string | null;
  eventId: string | null;
}

/** Who is asking: a signed-in, active user and the roles they hold. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  roles: RoleGrant[];
  /** The browser session the request came with (lib/auth/user-sessions.ts); absent for actors made in tests and scripts. */
  sessionToken?: string;
}

export interface Scope {
  unitId?: string;
  eventId?: string;
}

function grantAllows(grant: RoleGrant, permission: Permission, scope: Scope): boolean {
  if (!ROLE_PERMISSIONS[grant.role].includes(permission)) return false;
  if (grant.role === "UNIT_COORDINATOR") return scope.unitId === undefined || scope.unitId === grant.unitId;
  if (grant.role === "CHECKIN_STAFF") return scope.eventId === undefined || scope.eventId === grant.eventId;
  return true;
}

export function can(actor: Actor | null, permission: Permission, scope: Scope = {}): boolean {
  return actor !== null && actor.roles.some((grant) => grantAllows(grant, permission, scope));
}

/**
 * The check at the top of every domain operation and authorized read. Throws
 * `unauthenticated` for nobody and `forbidden` for someone without the permission in that scope.
 */
export function authorize(actor: Actor | null, permission: Permission, scope: Scope = {}): Actor {
  if (!actor) throw new AppError("unauthenticated");
  if (!can(actor, permission, scope)) throw new AppError("forbidden");
  return actor;
}

/**
 * The organisation whose console the actor works in, for a permission an organiser holds: the
 * organisation of their first grant that allows it. Refuses (forbidden) an actor with no such
 * grant. Every console read and write puts this id in its `where`.
 */
export function organizationScope(actor: Actor | null, permission: Permission): string {
  const [first] = organizationsWith(authorize(actor, permission), permission);
  if (!first) throw new AppError("forbidden");
  return first;
}

/**
 * The organisations in which the actor holds `permission` (through any grant, whatever its unit or
 * event): an event, unit or person outside them does not exist for that operation. Per permission,
 * so door staff of another organisation's event gain nothing there beyond the door.
 */
export function organizationsWith(actor: Actor, permission: Permission): string[] {
  const ids = actor.roles.flatMap((g) => (g.organizationId && ROLE_PERMISSIONS[g.role].includes(permission) ? [g.organizationId] : []));
  return [...new Set(ids)];
}

/** The units whose data a coordinator may touch with this permission; null means every unit. */
export function unitScope(actor: Actor, permission: Permission): string[] | null {
  const grants = actor.roles.filter((g) => ROLE_PERMISSIONS[g.role].includes(permission));
  if (grants.some((g) => g.role !== "UNIT_COORDINATOR")) return null;
  return grants.flatMap((g) => (g.unitId ? [g.unitId] : []));
}
