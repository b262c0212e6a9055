import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { invalidField } from "@/lib/errors/app-error";
import { reachOf } from "@/lib/events/reach";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/zod";
import { applyQuotaTargets, inQuotaTransaction, lockEventForQuotaChange, type QuotaChangeResult } from "./quota-changes";
import { inviteUnitsByFilterSchema, type InviteUnitsByFilterInput } from "./schema";

export interface InviteUnitsByFilterOptions extends InviteUnitsByFilterInput {
  actor: Actor | null;
}

/**
 * "Every Lapas in Jawa Tengah, 3 seats each": gives every unit of the province and/or type the
 * same quota. Units not yet invited are invited; units already invited are set to the same number
 * (that is what "N seats each" means), but never below what they have registered: if any unit
 * would go below, the whole batch is refused and the message names those units. Without a
 * province or a type, the batch covers every unit of the event's organisation.
 */
export async function inviteUnitsByFilter({ actor, ...input }: InviteUnitsByFilterOptions): Promise<QuotaChangeResult> {
  const organizer = authorize(actor, "quota:manage");
  const { eventId, province, type, seats, confirmOverAllocation } = parseInput(inviteUnitsByFilterSchema, input);
  const where: Prisma.UnitWhereInput = {
    ...(province ? { regionalOffice: { province } } : {}),
    ...(type ? { type } : {}),
  };
  return inQuotaTransaction(async (tx) => {
    // Event first, so the set of units and their quotas is read under the same lock as the write.
    const event = await lockEventForQuotaChange(tx, eventId, reachOf(organizer, "quota:manage"));
    const units = await tx.unit.findMany({ where: { ...where, organizationId: event.organizationId }, select: { id: true, name: true }, orderBy: { id: "asc" } });
    if (units.length === 0) throw invalidField("_form", "quotas.errors.noUnitsMatch");
    const targets = units.map((unit) => ({ unitId: unit.id, unitName: unit.name, seats }));
    return applyQuotaTargets(tx, { actor: organizer, event, targets, confirmOverAllocation });
  });
}
