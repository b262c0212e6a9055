import "server-only";
import { invalidField } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The role an access invitation grants, in the organisation it belongs to. */
export interface AccessRole {
  organizationId: string;
  role: "ORGANIZER" | "CHECKIN_STAFF";
  eventId: string | null;
}

/** The grant that role is as a RoleAssignment (organiser: the organisation; door staff: the event). */
export function roleGrantWhere(role: AccessRole): Prisma.RoleAssignmentWhereInput {
  return role.role === "ORGANIZER"
    ? { role: "ORGANIZER", organizationId: role.organizationId }
    : { role: "CHECKIN_STAFF", eventId: role.eventId, event: { organizationId: role.organizationId } };
}

/**
 * Refuses to invite an address that already holds the role (in force), or that already has a pending
 * invitation to it: the organiser should "Kirim ulang" that one. Call with the organisation locked.
 */
export async function assertAccessInvitable(
  tx: Prisma.TransactionClient,
  input: AccessRole & { email: string; now: Date; exceptInvitationId?: string },
): Promise<void> {
  const field = input.exceptInvitationId ? "_form" : "email";
  const held = await tx.roleAssignment.findFirst({
    where: { ...roleGrantWhere(input), user: { email: input.email }, OR: [{ expiresAt: null }, { expiresAt: { gt: input.now } }] },
    select: { id: true },
  });
  if (held) throw invalidField(field, "team.errors.alreadyHasRole");
  const outstanding = await tx.accessInvitation.findFirst({
    where: {
      organizationId: input.organizationId,
      role: input.role,
      eventId: input.eventId,
      email: input.email,
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: input.now },
      ...(input.exceptInvitationId ? { id: { not: input.exceptInvitationId } } : {}),
    },
    select: { id: true },
  });
  if (outstanding) throw invalidField(field, "team.errors.alreadyInvited");
}

/** A link lasts a week, but never beyond the end of the role it grants. */
export function linkExpiry(now: Date, validityDays: number, roleExpiresAt: Date | null): Date {
  const week = new Date(now.getTime() + validityDays * 24 * 60 * 60_000);
  return roleExpiresAt && roleExpiresAt < week ? roleExpiresAt : week;
}
