import "server-only";
import { spreadsheetSafe } from "@/lib/csv/spreadsheet-safe";
import { csvLine } from "@/lib/csv/table";
import { EXPORT_COLUMNS, exportFilename, readParticipantExport, type ReadParticipantExportOptions } from "./export-rows";

export type ExportParticipantsCsvOptions = ReadParticipantExportOptions;

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
