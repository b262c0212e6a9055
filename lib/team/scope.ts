import "server-only";
import { AppError, refused } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";

// What "in this organisation" means for people: a role whose organisation is the organiser's, read
// from the role itself (organiser), its unit (coordinator) or its event (door staff). Installation
// admins belong to no organisation and are never touched from an organisation's console.

export function roleInOrganization(organizationId: string): Prisma.RoleAssignmentWhereInput {
  return {
    OR: [
      { role: "ORGANIZER", organizationId },
      { role: "UNIT_COORDINATOR", unit: { organizationId } },
      { role: "CHECKIN_STAFF", event: { organizationId } },
    ],
  };
}

/**
 * Locks the organisation's row for the rest of the transaction. Every change to who organises an
 * organisation takes it first, so two organisers removing each other at the same moment run one
 * after the other, and the second sees that the first left nobody else.
 */
export async function lockOrganization(tx: Prisma.TransactionClient, organizationId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Organization" WHERE "id" = ${organizationId} FOR NO KEY UPDATE`;
  if (rows.length === 0) throw new AppError("not_found");
}

/** Refuses a change that would leave the organisation without an active organiser (call with the organisation locked). */
export async function assertAnotherOrganizer(tx: Prisma.TransactionClient, organizationId: string, losingUserId: string, now: Date): Promise<void> {
  const others = await tx.roleAssignment.count({
    where: {
      role: "ORGANIZER",
      organizationId,
      userId: { not: losingUserId },
      user: { active: true },
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
    },
  });
  if (others === 0) throw refused("conflict", "_form", "team.errors.lastOrganizer");
}
