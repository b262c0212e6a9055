import "server-only";
import { z } from "zod";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/zod";
import { checkUnitRows } from "./check-rows";
import { parseUnitsCsv, type RowProblem, type UnitCsvCells } from "./csv";
import { isSameUnit, provinceKey, unitRecord } from "./unit-record";

export type UnitRowChange = "new" | "update" | "unchanged";

export interface UnitsImportPreviewRow {
  line: number;
  cells: UnitCsvCells;
  problems: RowProblem[];
  /** What importing the row would do; null while it has problems. */
  change: UnitRowChange | null;
}

export interface UnitsImportPreview {
  /** A problem with the file as a whole (too large, no header, no rows); rows is then empty. */
  fileProblem: { key: string; values?: Record<string, string | number> } | null;
  rows: UnitsImportPreviewRow[];
  counts: { rows: number; withProblems: number; new: number; update: number; unchanged: number };
  /** Provinces without a Kanwil yet: importing creates one for each. */
  newProvinces: string[];
}

export interface PreviewUnitsImportOptions {
  actor: Actor | null;
  csvText: string;
}

const inputSchema = z.object({ csvText: z.string() });

/**
 * Reads a units CSV and tells, row by row with line numbers, what is wrong with it and what an
 * import would do compared with the catalog. Writes nothing.
 */
export async function previewUnitsImport(options: PreviewUnitsImportOptions): Promise<UnitsImportPreview> {
  const organizationId = organizationScope(options.actor, "unit:manage");
  const { csvText } = parseInput(inputSchema, { csvText: options.csvText });
  const counts = { rows: 0, withProblems: 0, new: 0, update: 0, unchanged: 0 };

  const parsed = parseUnitsCsv(csvText);
  if (!parsed.ok) return { fileProblem: parsed.problem, rows: [], counts, newProvinces: [] };

  const checked = checkUnitRows(parsed.rows);
  const codes = checked.flatMap((row) => (row.unit ? [row.unit.code] : []));
  const [stored, offices] = await Promise.all([
    db.unit.findMany({
      where: { organizationId, code: { in: codes } },
      select: { code: true, name: true, type: true, class: true, city: true, timeZone: true, regionalOffice: { select: { province: true } } },
    }),
    db.regionalOffice.findMany({ where: { organizationId }, select: { province: true } }),
  ]);
  const storedByCode = new Map(stored.map((unit) => [unit.code, unitRecord(unit)]));
  const knownProvinces = new Set(offices.map((office) => provinceKey(office.province)));
  const newProvinces = new Map<string, string>();

  const rows = checked.map(({ line, cells, problems, unit }): UnitsImportPreviewRow => {
    counts.rows += 1;
    if (!unit) {
      counts.withProblems += 1;
      return { line, cells, problems, change: null };
    }
    const key = provinceKey(unit.province);
    if (!knownProvinces.has(key) && !newProvinces.has(key)) newProvinces.set(key, unit.province);
    const current = storedByCode.get(unit.code);
    const change: UnitRowChange = !current ? "new" : isSameUnit(current, unit) ? "unchanged" : "update";
    counts[change] += 1;
    return { line, cells, problems, change };
  });
  return { fileProblem: null, rows, counts, newProvinces: [...newProvinces.values()] };
}
