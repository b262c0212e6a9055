import "server-only";
import { z } from "zod";
import { authorize, organizationScope, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/zod";
import { assertAnotherOrganizer, lockOrganization, roleInOrganization } from "./scope";

export interface RemoveRoleOptions {
  actor: Actor | null;
  roleAssignmentId: string;
  now?: Date;
}

const removeRoleSchema = z.object({ roleAssignmentId: z.string().trim().min(1).max(64) });

/**
 * Takes one role in the organiser's organisation away (the account stays). Roles are read on every
 * request, so the next request made with it is refused. Never the organisation's last organiser.
 */
export async function removeRole(options: RemoveRoleOptions): Promise<void> {
  const organizer = authorize(options.actor, "team:manage");
  const organizationId = organizationScope(organizer, "team:manage");
  const input = parseInput(removeRoleSchema, { roleAssignmentId: options.roleAssignmentId });
  const now = options.now ?? new Date();
  await db.$transaction(async (tx) => {
    await lockOrganization(tx, organizationId);
    const role = await tx.roleAssignment.findFirst({
      where: { id: input.roleAssignmentId, ...roleInOrganization(organizationId) },
      select: { id: true, role: true, userId: true, unitId: true, eventId: true, expiresAt: true, user: { select: { email: true } } },
    });
    if (!role) throw new AppError("not_found");
    if (role.role === "ORGANIZER") await assertAnotherOrganizer(tx, organizationId, role.userId, now);
    await tx.roleAssignment.delete({ where: { id: role.id } });
    await recordAudit(tx, {
      actor: organizer,
      action: "role.remove",
      entityType: "RoleAssignment",
      entityId: role.id,
      organizationId,
      eventId: role.eventId,
      before: { userId: role.userId, email: role.user.email, role: role.role, unitId: role.unitId, eventId: role.eventId, expiresAt: role.expiresAt },
    });
  });
}
