import type { Role } from "@/lib/generated/prisma/enums";

// The one place that says what each role may do. Scoped roles (a coordinator's unit, a door
// staff member's event) are checked against the scope in authorize().

export const PERMISSIONS = [
  // One's own account: name, address, password, language, sessions. Every role has it.
  "account:manage",
  "console:access",
  "event:manage",
  "unit:manage",
  "quota:manage",
  "agenda:manage",
  "registration:manage-any",
  "audit:read",
  "outbox:read",
  "organization:manage",
  "team:manage",
  "installation:manage",
  "unit-portal:access",
  "registration:manage-unit",
  "checkin:scan",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const ORGANIZER: Permission[] = [
  "account:manage",
  "console:access",
  "event:manage",
  "unit:manage",
  "quota:manage",
  "agenda:manage",
  "registration:manage-any",
  "audit:read",
  "outbox:read",
  "organization:manage",
  "team:manage",
  "checkin:scan",
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // The installation's administrator creates organisations and their first organiser; running an
  // organisation's events takes an ORGANIZER role in it (an admin may hold both).
  // It reads the outbox too: account mail (a password reset) belongs to no organisation, and with no
  // mail server configured someone must be able to pass the link on.
  ADMIN: ["console:access", "outbox:read", "installation:manage"],
  ORGANIZER,
  UNIT_COORDINATOR: ["account:manage", "unit-portal:access", "registration:manage-unit"],
  CHECKIN_STAFF: ["account:manage", "checkin:scan"],
};

const HOME_OF_ROLE: Record<Role, string> = {
  ADMIN: "/console",
  ORGANIZER: "/console",
  UNIT_COORDINATOR: "/unit",
  CHECKIN_STAFF: "/checkin",
};
const ROLE_ORDER: Role[] = ["ADMIN", "ORGANIZER", "UNIT_COORDINATOR", "CHECKIN_STAFF"];

/** Where someone lands after signing in: the home of their most powerful role. */
export function homeForRoles(roles: readonly Role[]): string {
  const first = ROLE_ORDER.find((role) => roles.includes(role));
  return first ? HOME_OF_ROLE[first] : "/";
}
