import "server-only";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import { spreadsheetSafe } from "@/lib/csv/spreadsheet-safe";
import { db } from "@/lib/db";
import { UNIT_CSV_HEADER, unitCsvLine, type UnitCsvRecord } from "./csv";
import { unitRecord } from "./unit-record";

export interface ExportUnitsCsvOptions {
  actor: Actor | null;
}

const LINES_PER_CHUNK = 500;

const safeRecord = (unit: UnitCsvRecord): UnitCsvRecord => ({
  ...unit,
  code: spreadsheetSafe(unit.code),
  name: spreadsheetSafe(unit.name),
  class: unit.class === null ? null : spreadsheetSafe(unit.class),
  province: spreadsheetSafe(unit.province),
  city: unit.city === null ? null : spreadsheetSafe(unit.city),
});

/**
 * The whole catalog in the import format (so an export imports back with no change), ordered by
 * province and name, UTF-8 with a BOM so Excel reads the accents, formula-like cells kept as text
 * (spreadsheet-safe.ts). Authorizes and reads before the stream starts: a refusal is an error,
 * never half a file, and the file is one consistent snapshot.
 */
export async function exportUnitsCsv(options: ExportUnitsCsvOptions): Promise<ReadableStream<Uint8Array>> {
  const organizationId = organizationScope(options.actor, "unit:manage");
  const units = await db.unit.findMany({
    where: { organizationId },
    orderBy: [{ regionalOffice: { province: "asc" } }, { name: "asc" }, { code: "asc" }],
    select: { code: true, name: true, type: true, class: true, city: true, timeZone: true, regionalOffice: { select: { province: true } } },
  });
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${UNIT_CSV_HEADER}`));
    },
    pull(controller) {
      const chunk = units.slice(next, next + LINES_PER_CHUNK);
      next += LINES_PER_CHUNK;
      if (chunk.length > 0) controller.enqueue(encoder.encode(chunk.map((unit) => unitCsvLine(safeRecord(unitRecord(unit)))).join("")));
      if (next >= units.length) controller.close();
    },
  });
}
