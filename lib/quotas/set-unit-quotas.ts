import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { invalidField } from "@/lib/errors/app-error";
import { reachOf } from "@/lib/events/reach";
import { parseInput } from "@/lib/validation/zod";
import { applyQuotaTargets, inQuotaTransaction, lockEventForQuotaChange, type QuotaChangeResult } from "./quota-changes";
import { setUnitQuotasSchema, type SetUnitQuotasInput } from "./schema";

export interface SetUnitQuotasOptions extends SetUnitQuotasInput {
  actor: Actor | null;
}

/**
 * Invites units to an event or changes their seats, one unit (the row editor, the invite picker)
 * or many at once. All or nothing: if one entry is refused, no quota changes.
 */
export async function setUnitQuotas({ actor, ...input }: SetUnitQuotasOptions): Promise<QuotaChangeResult> {
  const organizer = authorize(actor, "quota:manage");
  const { eventId, entries, confirmOverAllocation } = parseInput(setUnitQuotasSchema, input);
  return inQuotaTransaction(async (tx) => {
    const event = await lockEventForQuotaChange(tx, eventId, reachOf(organizer, "quota:manage"));
    // Another organisation's unit is as unknown as one that does not exist.
    const units = await tx.unit.findMany({
      where: { id: { in: entries.map((e) => e.unitId) }, organizationId: event.organizationId },
      select: { id: true, name: true },
    });
    const names = new Map(units.map((u) => [u.id, u.name]));
    const unknown = entries.findIndex((e) => !names.has(e.unitId));
    if (unknown >= 0) throw invalidField(`entries.${unknown}.unitId`, "quotas.errors.unknownUnit");
    const targets = entries.map((entry, index) => ({
      unitId: entry.unitId,
      unitName: names.get(entry.unitId)!,
      seats: entry.seats,
      field: `entries.${index}.seats`,
    }));
    return applyQuotaTargets(tx, { actor: organizer, event, targets, confirmOverAllocation });
  });
}
