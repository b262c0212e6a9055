import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { reachOf } from "@/lib/events/reach";
import { parseInput } from "@/lib/validation/zod";
import { countRegistrationsByUnit, inQuotaTransaction, lockEventForQuotaChange, lockUnitQuotas } from "./quota-changes";
import { removeUnitInvitationSchema } from "./schema";

export interface RemoveUnitInvitationOptions {
  actor: Actor | null;
  eventId: string;
  unitId: string;
}

/** Withdraws a unit's invitation (its quota). Refused while the unit has participants holding seats. */
export async function removeUnitInvitation({ actor, ...input }: RemoveUnitInvitationOptions): Promise<{ unitId: string }> {
  const organizer = authorize(actor, "quota:manage");
  const { eventId, unitId } = parseInput(removeUnitInvitationSchema, input);
  return inQuotaTransaction(async (tx) => {
    await lockEventForQuotaChange(tx, eventId, reachOf(organizer, "quota:manage"));
    const quota = (await lockUnitQuotas(tx, eventId, [unitId])).get(unitId);
    if (!quota) throw new AppError("not_found", {}, { _form: { key: "quotas.errors.notInvited" } });
    const unit = await tx.unit.findUniqueOrThrow({ where: { id: unitId }, select: { name: true } });
    const registered = (await countRegistrationsByUnit(tx, eventId, [unitId])).get(unitId) ?? 0;
    if (registered > 0) {
      const reason = { key: "quotas.errors.removeWithRegistrations", values: { unit: unit.name, registered } };
      throw new AppError("conflict", {}, { _form: reason });
    }
    await tx.unitQuota.delete({ where: { id: quota.id } });
    await recordAudit(tx, {
      actor: organizer,
      action: "quota.remove",
      entityType: "UnitQuota",
      entityId: quota.id,
      eventId,
      before: { unitId, unitName: unit.name, seats: quota.seats },
    });
    return { unitId };
  });
}
