import "server-only";
import { AppError, invalidField } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Locks the unit row for the rest of the transaction, so two organizers inviting the same person
 * at once do not create two outstanding invitations. FOR NO KEY UPDATE does not block rows that
 * merely reference the unit (registrations, quotas). A unit outside the organizer's organisations
 * is not found. Returns the unit's organisation, whose outbox and audit log the change goes to.
 */
export async function lockUnit(tx: Prisma.TransactionClient, unitId: string, organizationIds: readonly string[]): Promise<{ organizationId: string }> {
  const rows = await tx.$queryRaw<{ organizationId: string }[]>`
    SELECT "organizationId" FROM "Unit" WHERE "id" = ${unitId} AND "organizationId" = ANY(${[...organizationIds]}::text[]) FOR NO KEY UPDATE`;
  const unit = rows[0];
  if (!unit) throw new AppError("not_found");
  return unit;
}

/**
 * Refuses to invite someone who already coordinates the unit, or who already holds a pending
 * invitation for it (the organizer should use "Kirim ulang" on that one instead).
 */
export async function assertInvitable(
  tx: Prisma.TransactionClient,
  input: { unitId: string; email: string; now: Date; exceptInvitationId?: string },
): Promise<void> {
  // Resending has no email field to point at: its refusals belong to the whole form.
  const field = input.exceptInvitationId ? "_form" : "email";
  const coordinator = await tx.roleAssignment.findFirst({
    where: { role: "UNIT_COORDINATOR", unitId: input.unitId, user: { email: input.email } },
    select: { id: true },
  });
  if (coordinator) throw invalidField(field, "invitations.errors.alreadyCoordinator");
  const outstanding = await tx.coordinatorInvitation.findFirst({
    where: {
      unitId: input.unitId,
      email: input.email,
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: input.now },
      ...(input.exceptInvitationId ? { id: { not: input.exceptInvitationId } } : {}),
    },
    select: { id: true },
  });
  if (outstanding) throw invalidField(field, "invitations.errors.alreadyInvited");
}

export function expiryFrom(now: Date, days: number): Date {
  return new Date(now.getTime() + days * 24 * 60 * 60_000);
}
