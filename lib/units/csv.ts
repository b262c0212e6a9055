import Papa from "papaparse";
import type { UnitType } from "@/lib/generated/prisma/enums";

// The unit catalog's CSV format, shared by import and export so an exported file imports back
// unchanged: code,name,type,class,province,city,timezone. Used on both sides (the import page
// checks the file size before sending it), so nothing here touches the server.

export const UNIT_CSV_COLUMNS = ["code", "name", "type", "class", "province", "city", "timezone"] as const;
export type UnitCsvColumn = (typeof UNIT_CSV_COLUMNS)[number];
export type UnitCsvCells = Record<UnitCsvColumn, string>;

// Server actions accept 1 MB bodies by default; 5,000 rows of this format take about half of that.
export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_IMPORT_ROWS = 5_000;
/** Rows the import page sends per request, each request its own transaction. */
export const IMPORT_CHUNK_SIZE = 200;
/** The most rows one importUnits call accepts. */
export const MAX_IMPORT_CHUNK = 500;

export interface RowProblem {
  /** The column the problem is in, or null for the row as a whole. */
  column: UnitCsvColumn | null;
  /** Full message key, e.g. "validation.required" or "units.problems.duplicateCode". */
  key: string;
  values?: Record<string, string | number>;
}

export interface UnitCsvRow {
  /** Line in the file, the header being line 1. */
  line: number;
  cells: UnitCsvCells;
  problems: RowProblem[];
}

export type ParsedUnitsCsv =
  | { ok: true; rows: UnitCsvRow[] }
  | { ok: false; problem: { key: string; values?: Record<string, string | number> } };

const TYPE_TEXT: Record<UnitType, string> = {
  LAPAS: "Lapas",
  RUTAN: "Rutan",
  BAPAS: "Bapas",
  LPKA: "LPKA",
  RUPBASAN: "Rupbasan",
  OTHER: "Lainnya",
};

const TYPE_FROM_TEXT = new Map<string, UnitType>([
  ...Object.entries(TYPE_TEXT).map(([type, text]) => [text.toLowerCase(), type as UnitType] as const),
  ["other", "OTHER"],
]);

export function unitTypeFromCsv(text: string): UnitType | null {
  return TYPE_FROM_TEXT.get(text.trim().toLowerCase()) ?? null;
}

export function unitTypeToCsv(type: UnitType): string {
  return TYPE_TEXT[type];
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

const fail = (key: string, values?: Record<string, string | number>): ParsedUnitsCsv => ({ ok: false, problem: { key, values } });

/**
 * Splits a units CSV into rows with their line numbers. Accepts a UTF-8 BOM, CRLF or LF line
 * endings, quoted cells, and ";" as separator (what Excel writes under an Indonesian locale).
 * Cells are trimmed; blank lines are skipped but still counted, so line numbers match an editor's.
 */
export function parseUnitsCsv(input: string): ParsedUnitsCsv {
  if (byteLength(input) > MAX_IMPORT_BYTES) return fail("units.errors.csvTooLarge", { max: "1 MB" });
  const text = input.replace(/^\uFEFF/, "");
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? "";
  const delimiter = !firstLine.includes(",") && firstLine.includes(";") ? ";" : ",";
  const newline = text.includes("\n") ? "\n" : "\r";

  const records: { line: number; fields: string[]; malformed: boolean }[] = [];
  let newlinesBefore = 0;
  let countedTo = 0;
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    step(result) {
      for (let i = countedTo; i < start; i++) if (text[i] === newline) newlinesBefore++;
      countedTo = start;
      if (result.data.some((cell) => cell.trim() !== "")) {
        records.push({ line: newlinesBefore + 1, fields: result.data, malformed: result.errors.length > 0 });
      }
      start = result.meta.cursor;
    },
  });

  const [header, ...data] = records;
  if (!header) return fail("units.errors.csvEmpty");
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const missing = UNIT_CSV_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    return fail("units.errors.csvMissingColumns", { columns: missing.join(", "), expected: UNIT_CSV_COLUMNS.join(",") });
  }
  if (data.length === 0) return fail("units.errors.csvEmpty");
  if (data.length > MAX_IMPORT_ROWS) return fail("units.errors.csvTooManyRows", { max: MAX_IMPORT_ROWS, found: data.length });

  const indexOf = Object.fromEntries(UNIT_CSV_COLUMNS.map((column) => [column, names.indexOf(column)])) as Record<UnitCsvColumn, number>;
  const rows = data.map(({ line, fields, malformed }): UnitCsvRow => {
    const cells = Object.fromEntries(
      UNIT_CSV_COLUMNS.map((column) => [column, (fields[indexOf[column]] ?? "").trim()]),
    ) as UnitCsvCells;
    const problems: RowProblem[] = [];
    if (malformed) problems.push({ column: null, key: "units.problems.malformed" });
    else if (fields.length !== names.length) {
      problems.push({ column: null, key: "units.problems.columnCount", values: { expected: names.length, found: fields.length } });
    }
    return { line, cells, problems };
  });
  return { ok: true, rows };
}

// Quoted only when needed, so simple files stay readable; a doubled quote escapes a quote.
function csvCell(value: string): string {
  return /[",;\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export interface UnitCsvRecord {
  code: string;
  name: string;
  type: UnitType;
  class: string | null;
  province: string;
  city: string | null;
  timeZone: string;
}

export const UNIT_CSV_HEADER = `${UNIT_CSV_COLUMNS.join(",")}\r\n`;

export function unitCsvLine(unit: UnitCsvRecord): string {
  const cells = [unit.code, unit.name, unitTypeToCsv(unit.type), unit.class ?? "", unit.province, unit.city ?? "", unit.timeZone];
  return `${cells.map(csvCell).join(",")}\r\n`;
}
