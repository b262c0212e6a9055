import { csvLine, parseCsvTable, type CsvMessage, type CsvRowProblem, type CsvTableFormat, type CsvTableRow } from "@/lib/csv/table";
import type { UnitType } from "@/lib/generated/prisma/enums";

export { byteLength } from "@/lib/csv/table";

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

export type RowProblem = CsvRowProblem<UnitCsvColumn>;
export type UnitCsvRow = CsvTableRow<UnitCsvColumn>;
export type ParsedUnitsCsv = { ok: true; rows: UnitCsvRow[] } | { ok: false; problem: CsvMessage };

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

const UNITS_CSV_FORMAT: CsvTableFormat<UnitCsvColumn> = {
  columns: UNIT_CSV_COLUMNS,
  maxBytes: MAX_IMPORT_BYTES,
  maxBytesText: "1 MB",
  maxRows: MAX_IMPORT_ROWS,
  keys: {
    tooLarge: "units.errors.csvTooLarge",
    empty: "units.errors.csvEmpty",
    missingColumns: "units.errors.csvMissingColumns",
    tooManyRows: "units.errors.csvTooManyRows",
    malformed: "units.problems.malformed",
    columnCount: "units.problems.columnCount",
  },
};

/** Splits a units CSV into rows with their line numbers (see parseCsvTable for what it accepts). */
export function parseUnitsCsv(input: string): ParsedUnitsCsv {
  return parseCsvTable(input, UNITS_CSV_FORMAT);
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
  return csvLine(cells);
}
