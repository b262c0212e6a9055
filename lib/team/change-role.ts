import "server-only";
import { z } from "zod";
import { authorize, organizationScope, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { assertEventWritable } from "@/lib/events/writable-event";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/zod";
import { changeRoleFormSchema, parseRoleTarget, type RoleTarget } from "./schema";
import { assertAnotherOrganizer, lockOrganization, roleInOrganization } from "./scope";

export interface ChangeRoleOptions {
  actor: Actor | null;
  roleAssignmentId: string;
  /** The role it becomes: "ORGANIZER", "CHECKIN_STAFF:<eventId>" or "UNIT_COORDINATOR:<unitId>". */
  target: string;
  /** Door staff only: the role ends when the event ends. */
  endsWithEvent?: boolean;
  now?: Date;
}

const changeRoleSchema = changeRoleFormSchema.extend({ roleAssignmentId: z.string().trim().min(1).max(64) });

/**
 * Turns one role of a person in the organiser's organisation into another in the same organisation
 * (door staff of another event, coordinator of a unit, organiser), in one transaction. Never leaves
 * the organisation without an organiser.
 */
export async function changeRole(options: ChangeRoleOptions): Promise<{ roleAssignmentId: string }> {
  const organizer = authorize(options.actor, "team:manage");
  const organizationId = organizationScope(organizer, "team:manage");
  const input = parseInput(changeRoleSchema, {
    roleAssignmentId: options.roleAssignmentId,
    target: options.target,
    endsWithEvent: options.endsWithEvent,
  });
  const target = parseRoleTarget(input.target);
  const now = options.now ?? new Date();

  return db.$transaction(async (tx) => {
    // Door staff of an archived event would be a key to a door that is closed for good.
    if (target.eventId) await assertEventWritable(tx, target.eventId, [organizationId]);
    await lockOrganization(tx, organizationId);
    const current = await tx.roleAssignment.findFirst({
      where: { id: input.roleAssignmentId, ...roleInOrganization(organizationId) },
      select: { id: true, role: true, userId: true, unitId: true, eventId: true, expiresAt: true },
    });
    if (!current) throw new AppError("not_found");
    const data = await grantData(tx, organizationId, target, current.userId, input.endsWithEvent ?? false, now);

    const same = current.role === target.role && current.eventId === target.eventId && current.unitId === target.unitId;
    if (!same) {
      const duplicate = await tx.roleAssignment.findFirst({
        where: { userId: current.userId, role: data.role, organizationId: data.organizationId, unitId: data.unitId, eventId: data.eventId },
        select: { id: true },
      });
      if (duplicate) throw invalidField("target", "team.errors.alreadyHasRole");
      if (current.role === "ORGANIZER") await assertAnotherOrganizer(tx, organizationId, current.userId, now);
    }
    await tx.roleAssignment.delete({ where: { id: current.id } });
    const created = await tx.roleAssignment.create({ data, select: { id: true } });
    await recordAudit(tx, {
      actor: organizer,
      action: "role.change",
      entityType: "RoleAssignment",
      entityId: created.id,
      organizationId,
      eventId: data.eventId ?? current.eventId,
      before: { id: current.id, role: current.role, unitId: current.unitId, eventId: current.eventId, expiresAt: current.expiresAt },
      after: { role: data.role, unitId: data.unitId, eventId: data.eventId, expiresAt: data.expiresAt },
    });
    return { roleAssignmentId: created.id };
  });
}

/** The new grant, its unit or event checked to be the organisation's. */
async function grantData(tx: Prisma.TransactionClient, organizationId: string, target: RoleTarget, userId: string, endsWithEvent: boolean, now: Date) {
  if (target.role === "ORGANIZER") {
    return { userId, role: "ORGANIZER" as const, organizationId, unitId: null, eventId: null, expiresAt: null };
  }
  if (target.role === "UNIT_COORDINATOR") {
    const unit = await tx.unit.findFirst({ where: { id: target.unitId, organizationId }, select: { id: true } });
    if (!unit) throw new AppError("not_found");
    return { userId, role: "UNIT_COORDINATOR" as const, organizationId: null, unitId: unit.id, eventId: null, expiresAt: null };
  }
  const event = await tx.event.findFirst({ where: { id: target.eventId, organizationId }, select: { id: true, endsAt: true } });
  if (!event) throw new AppError("not_found");
  const expiresAt = endsWithEvent ? event.endsAt : null;
  if (expiresAt && expiresAt <= now) throw invalidField("endsWithEvent", "team.errors.eventEnded");
  return { userId, role: "CHECKIN_STAFF" as const, organizationId: null, unitId: null, eventId: event.id, expiresAt };
}
