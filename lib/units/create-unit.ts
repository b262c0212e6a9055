import "server-only";
import { authorize, organizationScope, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { invalidField } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/zod";
import { resolveRegionalOffices } from "./regional-offices";
import { retryOnConflict } from "./retry-on-conflict";
import { unitSchema, type UnitFormValues } from "./schema";

export type CreateUnitOptions = UnitFormValues & { actor: Actor | null };

/** Adds a unit to the catalog, creating its province's Kanwil when the province is new. */
export async function createUnit(options: CreateUnitOptions): Promise<{ id: string; code: string }> {
  const { actor: who, ...input } = options;
  const actor = authorize(who, "unit:manage");
  const organizationId = organizationScope(actor, "unit:manage");
  const { province, ...columns } = parseInput(unitSchema, input);

  return retryOnConflict(() =>
    db.$transaction(async (tx) => {
      const taken = await tx.unit.findFirst({ where: { organizationId, code: columns.code }, select: { id: true } });
      if (taken) throw invalidField("code", "units.errors.codeTaken", { code: columns.code });
      const office = (await resolveRegionalOffices(tx, actor, organizationId, [{ province, timeZone: columns.timeZone }])).officeFor(province);
      const created = await tx.unit.create({
        data: { ...columns, organizationId, regionalOfficeId: office.id },
        select: { id: true, code: true },
      });
      await recordAudit(tx, {
        actor,
        organizationId,
        action: "unit.create",
        entityType: "Unit",
        entityId: created.id,
        after: { ...columns, province: office.province },
      });
      return created;
    }),
  );
}
