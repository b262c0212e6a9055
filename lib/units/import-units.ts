import "server-only";
import { z } from "zod";
import { authorize, organizationScope, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/zod";
import { checkUnitRows } from "./check-rows";
import { MAX_IMPORT_CHUNK, UNIT_CSV_COLUMNS, type UnitCsvCells } from "./csv";
import { resolveRegionalOffices } from "./regional-offices";
import { retryOnConflict } from "./retry-on-conflict";
import { isSameUnit, unitRecord } from "./unit-record";

export interface UnitsImportRow {
  line: number;
  cells: UnitCsvCells;
}

export interface ImportUnitsOptions {
  actor: Actor | null;
  rows: UnitsImportRow[];
}

export interface UnitsImportResult {
  created: number;
  updated: number;
  unchanged: number;
  regionalOfficesCreated: number;
}

const cell = z.string().max(1_000);
export const importUnitsSchema = z.object({
  rows: z
    .array(
      z.object({
        line: z.number().int().min(2),
        cells: z.object(Object.fromEntries(UNIT_CSV_COLUMNS.map((column) => [column, cell])) as Record<keyof UnitCsvCells, typeof cell>),
      }),
    )
    .min(1)
    .max(MAX_IMPORT_CHUNK),
});

/**
 * Writes import rows (as previewUnitsImport returned them) into the catalog, upserting by code
 * in one transaction. Every row is checked again first; if any has a problem nothing is written.
 * Idempotent: rows equal to the stored units are counted as unchanged and not touched, so sending
 * the same rows twice (or retrying a chunk) changes nothing the second time. Each created or
 * changed unit gets its own audit entry with before and after.
 */
export async function importUnits(options: ImportUnitsOptions): Promise<UnitsImportResult> {
  const actor = authorize(options.actor, "unit:manage");
  const organizationId = organizationScope(actor, "unit:manage");
  const { rows } = parseInput(importUnitsSchema, { rows: options.rows });
  const checked = checkUnitRows(rows);
  const refused = checked.find((row) => row.problems.length > 0);
  if (refused) throw new AppError("invalid_input", {}, { _form: { key: "units.errors.importRefused", values: { line: refused.line } } });
  const units = checked.flatMap((row) => (row.unit ? [row.unit] : []));

  return retryOnConflict(() =>
    db.$transaction(
      async (tx) => {
        const result: UnitsImportResult = { created: 0, updated: 0, unchanged: 0, regionalOfficesCreated: 0 };
        const offices = await resolveRegionalOffices(tx, actor, organizationId, units);
        result.regionalOfficesCreated = offices.created;
        const stored = await tx.unit.findMany({
          where: { organizationId, code: { in: units.map((unit) => unit.code) } },
          select: { id: true, code: true, name: true, type: true, class: true, city: true, timeZone: true, regionalOffice: { select: { province: true } } },
        });
        const storedByCode = new Map(stored.map((unit) => [unit.code, unit]));

        for (const { province, ...columns } of units) {
          const current = storedByCode.get(columns.code);
          const before = current ? unitRecord(current) : null;
          if (current && before && isSameUnit(before, { ...columns, province })) {
            result.unchanged += 1;
            continue;
          }
          const office = offices.officeFor(province);
          const data = { ...columns, organizationId, regionalOfficeId: office.id };
          const saved = current
            ? await tx.unit.update({ where: { id: current.id }, data, select: { id: true } })
            : await tx.unit.create({ data, select: { id: true } });
          await recordAudit(tx, {
            actor,
            organizationId,
            action: current ? "unit.update" : "unit.create",
            entityType: "Unit",
            entityId: saved.id,
            before: before ?? undefined,
            after: { ...columns, province: office.province },
            reason: "csv-import",
          });
          result[current ? "updated" : "created"] += 1;
        }
        return result;
      },
      // A chunk of a few hundred rows on the embedded database can take longer than the default 5 s.
      { maxWait: 10_000, timeout: 60_000 },
    ),
  );
}
