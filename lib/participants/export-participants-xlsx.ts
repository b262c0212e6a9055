import "server-only";
import { Workbook } from "exceljs";
import { spreadsheetSafe } from "@/lib/csv/spreadsheet-safe";
import { EXPORT_COLUMNS, exportFilename, readParticipantExport, type ExportColumn, type ReadParticipantExportOptions } from "./export-rows";

export type ExportParticipantsXlsxOptions = ReadParticipantExportOptions;

const WIDTHS: Record<ExportColumn, number> = {
  no: 6,
  name: 32,
  nip: 21,
  position: 36,
  rank: 20,
  unit: 40,
  province: 22,
  email: 30,
  phone: 18,
  status: 20,
  mode: 12,
  registeredAt: 22,
};

// Kept as text so a spreadsheet never turns an 18-digit NIP into 1.97604E+17 or drops the + of a number.
const TEXT_COLUMNS = new Set<ExportColumn>(["nip", "phone", "registeredAt"]);

/**
 * The filtered participants as a real .xlsx workbook: one sheet, a bold header row that stays in
 * view while scrolling, an auto-filter, sensible column widths; every cell is text (dates on the
 * event's clock with its label). Null for an unknown event.
 */
export async function exportParticipantsXlsx(options: ExportParticipantsXlsxOptions): Promise<{ filename: string; body: Uint8Array } | null> {
  const data = await readParticipantExport(options);
  if (!data) return null;
  const workbook = new Workbook();
  workbook.creator = "Rakor";
  workbook.title = data.event.title;
  const sheet = workbook.addWorksheet(options.labels.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((column) => ({
    header: options.labels.headers[column],
    key: column,
    width: WIDTHS[column],
    style: TEXT_COLUMNS.has(column) ? { numFmt: "@" } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };
  for (const cells of data.rows) {
    // "No" is a number so the sheet sorts it as one; everything else stays text.
    sheet.addRow([Number(cells[0]), ...cells.slice(1).map(spreadsheetSafe)]);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return { filename: exportFilename(data.event.slug, "xlsx"), body: new Uint8Array(buffer as ArrayBuffer) };
}
