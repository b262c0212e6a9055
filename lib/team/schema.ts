import { z } from "zod";

export const ACCESS_INVITATION_VALIDITY_DAYS = 7;

const email = z.string().trim().toLowerCase().max(254).email();
const optionalName = z.string().trim().max(120).optional();
const recordId = "[A-Za-z0-9_-]{1,64}";

/**
 * A role in an organisation as a form names it: "ORGANIZER", "CHECKIN_STAFF:<eventId>" or
 * "UNIT_COORDINATOR:<unitId>". One string, so one select can offer every role the console knows.
 */
export const roleTarget = z
  .string()
  .trim()
  .regex(new RegExp(`^(ORGANIZER|CHECKIN_STAFF:${recordId}|UNIT_COORDINATOR:${recordId})$`), "team.errors.roleInvalid");

export type RoleTarget =
  | { role: "ORGANIZER"; eventId: null; unitId: null }
  | { role: "CHECKIN_STAFF"; eventId: string; unitId: null }
  | { role: "UNIT_COORDINATOR"; eventId: null; unitId: string };

export function parseRoleTarget(value: string): RoleTarget {
  const [role, scope = ""] = value.split(":");
  if (role === "CHECKIN_STAFF") return { role, eventId: scope, unitId: null };
  if (role === "UNIT_COORDINATOR") return { role, eventId: null, unitId: scope };
  return { role: "ORGANIZER", eventId: null, unitId: null };
}

/** Door staff may lose the role when the event ends (they need nothing but the door). */
const endsWithEvent = z.boolean().optional();

/** "Undang": who, and as what. Unit coordinators are invited from the event's coordinator page. */
export const inviteMemberFormSchema = z.object({
  email,
  name: optionalName,
  target: roleTarget.refine((t) => !t.startsWith("UNIT_COORDINATOR:"), "team.errors.roleInvalid"),
  endsWithEvent,
});
export type InviteMemberFormInput = z.input<typeof inviteMemberFormSchema>;

/** The door-staff form on an event's page: the event is the page's. */
export const inviteDoorStaffFormSchema = z.object({ email, name: optionalName, endsWithEvent });
export type InviteDoorStaffFormInput = z.input<typeof inviteDoorStaffFormSchema>;

export const changeRoleFormSchema = z.object({ target: roleTarget, endsWithEvent });
export type ChangeRoleFormInput = z.input<typeof changeRoleFormSchema>;
