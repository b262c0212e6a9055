import "server-only";
import { authorize, organizationScope, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/zod";
import { resolveRegionalOffices } from "./regional-offices";
import { retryOnConflict } from "./retry-on-conflict";
import { updateUnitSchema, type UnitFormValues } from "./schema";
import { isSameUnit, unitRecord } from "./unit-record";

export type UpdateUnitOptions = UnitFormValues & { actor: Actor | null; unitId: string };

/**
 * Changes a unit's details; a new province moves it to that province's Kanwil (created if new).
 * Saving without a change writes nothing, not even an audit entry.
 */
export async function updateUnit(options: UpdateUnitOptions): Promise<{ id: string; code: string; changed: boolean }> {
  const { actor: who, ...input } = options;
  const actor = authorize(who, "unit:manage");
  const organizationId = organizationScope(actor, "unit:manage");
  const { unitId, ...unit } = parseInput(updateUnitSchema, input);
  const { province, ...columns } = unit;

  return retryOnConflict(() =>
    db.$transaction(async (tx) => {
      const current = await tx.unit.findFirst({
        where: { id: unitId, organizationId },
        select: { id: true, code: true, name: true, type: true, class: true, city: true, timeZone: true, regionalOffice: { select: { province: true } } },
      });
      if (!current) throw new AppError("not_found");
      const before = unitRecord(current);
      if (isSameUnit(before, unit)) return { id: current.id, code: current.code, changed: false };

      if (columns.code !== current.code) {
        const taken = await tx.unit.findFirst({ where: { organizationId, code: columns.code }, select: { id: true } });
        if (taken) throw invalidField("code", "units.errors.codeTaken", { code: columns.code });
      }
      const office = (await resolveRegionalOffices(tx, actor, organizationId, [{ province, timeZone: columns.timeZone }])).officeFor(province);
      const updated = await tx.unit.update({
        where: { id: current.id },
        data: { ...columns, regionalOfficeId: office.id },
        select: { id: true, code: true },
      });
      await recordAudit(tx, {
        actor,
        organizationId,
        action: "unit.update",
        entityType: "Unit",
        entityId: current.id,
        before,
        after: { ...columns, province: office.province },
      });
      return { ...updated, changed: true };
    }),
  );
}
