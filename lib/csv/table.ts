import Papa from "papaparse";
import { spreadsheetText } from "./spreadsheet-safe";

// Reading and writing the CSV files people make in spreadsheets, shared by every import and
// export (units, participants). Used on both sides (import pages check the file size before
// sending it), so nothing here touches the server.

export interface CsvMessage {
  key: string;
  values?: Record<string, string | number>;
}

export interface CsvRowProblem<C extends string> extends CsvMessage {
  /** The column the problem is in, or null for the row as a whole. */
  column: C | null;
}

export interface CsvTableRow<C extends string> {
  /** Line in the file, the header being line 1. */
  line: number;
  cells: Record<C, string>;
  problems: CsvRowProblem<C>[];
}

export type ParsedCsvTable<C extends string> = { ok: true; rows: CsvTableRow<C>[] } | { ok: false; problem: CsvMessage };

export interface CsvTableFormat<C extends string> {
  columns: readonly C[];
  maxBytes: number;
  /** The size limit as people read it, e.g. "1 MB". */
  maxBytesText: string;
  maxRows: number;
  /** Full message keys of the area that owns the format. */
  keys: {
    tooLarge: string;
    empty: string;
    missingColumns: string;
    tooManyRows: string;
    malformed: string;
    columnCount: string;
  };
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Splits a CSV into rows of named cells with their line numbers. Accepts a UTF-8 BOM, CRLF or LF
 * line endings, quoted cells, columns in any order and ";" as separator (what Excel writes under
 * an Indonesian locale). Header names compare case-insensitively; cells are trimmed and lose the
 * apostrophe an export put before a formula-like text (spreadsheet-safe.ts); blank lines
 * are skipped but still counted, so line numbers match an editor's.
 */
export function parseCsvTable<C extends string>(input: string, format: CsvTableFormat<C>): ParsedCsvTable<C> {
  const { columns, keys } = format;
  const fail = (key: string, values?: Record<string, string | number>): ParsedCsvTable<C> => ({ ok: false, problem: { key, values } });
  if (byteLength(input) > format.maxBytes) return fail(keys.tooLarge, { max: format.maxBytesText });
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
  if (!header) return fail(keys.empty);
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const missing = columns.filter((column) => !names.includes(column));
  if (missing.length > 0) return fail(keys.missingColumns, { columns: missing.join(", "), expected: columns.join(",") });
  if (data.length === 0) return fail(keys.empty);
  if (data.length > format.maxRows) return fail(keys.tooManyRows, { max: format.maxRows, found: data.length });

  const indexOf = new Map(columns.map((column) => [column, names.indexOf(column)]));
  const rows = data.map(({ line, fields, malformed }): CsvTableRow<C> => {
    const cells = Object.fromEntries(columns.map((column) => [column, spreadsheetText((fields[indexOf.get(column) ?? -1] ?? "").trim())])) as Record<C, string>;
    const problems: CsvRowProblem<C>[] = [];
    if (malformed) problems.push({ column: null, key: keys.malformed });
    else if (fields.length !== names.length) {
      problems.push({ column: null, key: keys.columnCount, values: { expected: names.length, found: fields.length } });
    }
    return { line, cells, problems };
  });
  return { ok: true, rows };
}

/** One cell, quoted only when needed so simple files stay readable; a doubled quote escapes a quote. */
export function csvCell(value: string): string {
  return /[",;\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CRLF-terminated line of cells. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
