import "server-only";
import { csvLine } from "@/lib/csv/table";
import { EXPORT_COLUMNS, exportFilename, readParticipantExport, type ReadParticipantExportOptions } from "./export-rows";

export type ExportParticipantsCsvOptions = ReadParticipantExportOptions;

// A cell starting with = + - @ is run as a formula when the file is opened in a spreadsheet; a
// name typed as "=HYPERLINK(…)" must stay text. A WhatsApp number (+62…) is a number, not a formula.
function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^\+?\d+$/.test(value) ? `'${value}` : value;
}

/**
 * The filtered participants as CSV: UTF-8 with a byte order mark (so Excel reads the accents),
 * CRLF line endings, a header row in Bahasa Indonesia. Null for an unknown event.
 */
export async function exportParticipantsCsv(options: ExportParticipantsCsvOptions): Promise<{ filename: string; body: string } | null> {
  const data = await readParticipantExport(options);
  if (!data) return null;
  const header = csvLine(EXPORT_COLUMNS.map((column) => options.labels.headers[column]));
  const lines = data.rows.map((cells) => csvLine(cells.map(spreadsheetSafe)));
  return { filename: exportFilename(data.event.slug, "csv"), body: `\uFEFF${header}${lines.join("")}` };
}
