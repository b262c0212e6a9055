import { issueKey } from "@/lib/validation/zod";
import { unitTypeFromCsv, type RowProblem, type UnitCsvCells, type UnitCsvColumn } from "./csv";
import { unitSchema, type UnitInput } from "./schema";

// The checks every import row goes through, in the preview and again on the server when the
// rows are written: the unit form's schema, then codes that appear more than once.

export interface CheckedRow {
  line: number;
  cells: UnitCsvCells;
  /** The row as it will be stored; null when it has problems. */
  unit: UnitInput | null;
  problems: RowProblem[];
}

const COLUMN_OF_FIELD: Record<keyof UnitInput, UnitCsvColumn> = {
  code: "code",
  name: "name",
  type: "type",
  class: "class",
  province: "province",
  city: "city",
  timeZone: "timezone",
};

function checkCells(cells: UnitCsvCells): { unit: UnitInput | null; problems: RowProblem[] } {
  const result = unitSchema.safeParse({
    code: cells.code,
    name: cells.name,
    type: unitTypeFromCsv(cells.type) ?? cells.type,
    class: cells.class,
    province: cells.province,
    city: cells.city,
    timeZone: cells.timezone,
  });
  if (result.success) return { unit: result.data, problems: [] };
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const column = COLUMN_OF_FIELD[issue.path[0] as keyof UnitInput] ?? null;
    if (column && seen.has(column)) continue;
    if (column) seen.add(column);
    problems.push({ column, ...issueKey(issue) });
  }
  return { unit: null, problems };
}

export function checkUnitRows(rows: { line: number; cells: UnitCsvCells; problems?: RowProblem[] }[]): CheckedRow[] {
  const checked = rows.map((row): CheckedRow => {
    const { unit, problems } = checkCells(row.cells);
    return { line: row.line, cells: row.cells, unit, problems: [...(row.problems ?? []), ...problems] };
  });

  const linesByCode = new Map<string, number[]>();
  for (const row of checked) {
    const code = row.cells.code.trim().toUpperCase();
    if (code !== "") linesByCode.set(code, [...(linesByCode.get(code) ?? []), row.line]);
  }
  for (const row of checked) {
    const code = row.cells.code.trim().toUpperCase();
    const lines = linesByCode.get(code) ?? [];
    if (lines.length > 1) {
      row.problems.push({ column: "code", key: "units.problems.duplicateCode", values: { code, lines: lines.join(", ") } });
    }
  }
  for (const row of checked) if (row.problems.length > 0) row.unit = null;
  return checked;
}
