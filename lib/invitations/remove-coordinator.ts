import "server-only";
import { authorize, organizationsWith, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/zod";
import { INVITATION_PERMISSION } from "./permission";
import { removeCoordinatorSchema } from "./schema";

export interface RemoveCoordinatorOptions {
  actor: Actor | null;
  unitId: string;
  userId: string;
  /** The event page the organizer acted from, so the change shows in that event's audit log. */
  eventId?: string | null;
}

/**
 * Takes a unit's coordinator role away from a user (the account itself stays). Roles are read on
 * every request, so the unit portal closes for them at once.
 */
export async function removeCoordinator(options: RemoveCoordinatorOptions): Promise<void> {
  const organizer = authorize(options.actor, INVITATION_PERMISSION);
  const input = parseInput(removeCoordinatorSchema, { unitId: options.unitId, userId: options.userId, eventId: options.eventId ?? null });
  await db.$transaction(async (tx) => {
    const organizations = organizationsWith(organizer, INVITATION_PERMISSION);
    // Another organisation's unit, or an event of another organisation named for the audit log, is not found.
    if (input.eventId && !(await tx.event.findFirst({ where: { id: input.eventId, organizationId: { in: organizations } }, select: { id: true } }))) {
      throw new AppError("not_found");
    }
    const where = { userId: input.userId, unitId: input.unitId, role: "UNIT_COORDINATOR" as const, unit: { organizationId: { in: organizations } } };
    const roles = await tx.roleAssignment.findMany({ where, select: { id: true, unit: { select: { organizationId: true } }, user: { select: { email: true, name: true } } } });
    const { count } = await tx.roleAssignment.deleteMany({ where });
    if (count === 0) throw new AppError("not_found");
    await recordAudit(tx, {
      actor: organizer,
      action: "coordinator.remove",
      entityType: "RoleAssignment",
      entityId: roles[0]!.id,
      organizationId: roles[0]!.unit?.organizationId,
      eventId: input.eventId,
      before: { userId: input.userId, unitId: input.unitId, email: roles[0]!.user.email, name: roles[0]!.user.name },
    });
  });
}
