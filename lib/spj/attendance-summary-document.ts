import { Workbook } from "exceljs";
import { shortDayLabel } from "@/lib/attendance/day-label";
import { spreadsheetSafe as safe } from "@/lib/csv/spreadsheet-safe";
import { drawFields } from "@/lib/documents/fields";
import { FONT } from "@/lib/documents/fonts";
import { documentTexts } from "@/lib/documents/labels";
import { drawLetterhead, type LetterheadData } from "@/lib/documents/letterhead";
import { createPdf, type PrintedBy } from "@/lib/documents/pdf";
import { drawTable, type Cell, type Column } from "@/lib/documents/table";
import { venueLine } from "@/lib/tickets/display";
import { formatRangeInZone } from "@/lib/time";
import type { AttendanceSummary } from "./queries";

// The rekapitulasi kehadiran the SPJ files beside the daily sheets: per invited unit its seats,
// registered people and how many were present each day (of whom online), and the totals. Pure:
// data in, PDF or XLSX out.

function table(summary: AttendanceSummary) {
  const t = documentTexts("spj.summary");
  const headers = [t("columnNo"), t("columnUnit"), t("columnProvince"), t("columnSeats"), t("columnRegistered"), ...summary.days.map((day) => shortDayLabel(day))];
  const sum = (pick: (unit: AttendanceSummary["units"][number]) => number) => summary.units.reduce((total, unit) => total + pick(unit), 0);
  const present = (count: number, online: number) => (online > 0 ? t("presentWithOnline", { count, online }) : String(count));
  const rows = summary.units.map((unit, index) => [
    String(index + 1),
    unit.unitName,
    unit.province ?? "-",
    unit.seats === null ? "-" : String(unit.seats),
    String(unit.registered),
    ...unit.presentByDay.map((count, day) => present(count, unit.onlineByDay[day]!)),
  ]);
  const totals = [
    t("total", { units: summary.units.length }),
    String(sum((unit) => unit.seats ?? 0)),
    String(sum((unit) => unit.registered)),
    ...summary.days.map((_, day) => present(sum((unit) => unit.presentByDay[day]!), sum((unit) => unit.onlineByDay[day]!))),
  ];
  return { t, headers, rows, totals };
}

export async function renderAttendanceSummaryPdf(summary: AttendanceSummary, letterhead: LetterheadData, printed: PrintedBy): Promise<Buffer> {
  const { t, headers, rows, totals } = table(summary);
  const { event } = summary;
  const pdf = createPdf({ title: `${t("heading")} - ${event.title}`, layout: summary.days.length > 3 ? "landscape" : "portrait" });
  drawLetterhead(pdf, letterhead);
  pdf.doc.font(FONT.bold).fontSize(12).text(t("heading"), pdf.left, pdf.doc.y, { width: pdf.width, align: "center" });
  pdf.doc.font(FONT.bold).fontSize(10.5).text(event.title, pdf.left, pdf.doc.y + 2, { width: pdf.width, align: "center" });
  pdf.doc.moveDown(0.8);
  drawFields(pdf, [
    [t("dates"), formatRangeInZone(event.startsAt, event.endsAt, event.timeZone, "id")],
    [t("place"), venueLine(event)],
  ], { labelWidth: 80, fontSize: 9.5 });
  pdf.doc.moveDown(0.6);
  const columns: Column[] = [
    { header: headers[0]!, weight: 3, align: "right" },
    { header: headers[1]!, weight: 26 },
    { header: headers[2]!, weight: 14 },
    { header: headers[3]!, weight: 6, align: "right" },
    { header: headers[4]!, weight: 7, align: "right" },
    ...headers.slice(5).map((header): Column => ({ header, weight: 8, align: "right" })),
  ];
  const totalRow: Cell[] = [{ text: totals[0]!, span: 3, align: "right" }, ...totals.slice(1)];
  drawTable(pdf, { columns, rows: [...rows.map((cells) => ({ cells })), { cells: totalRow, bold: true, fill: "#f1f5f9" }], fontSize: 8, empty: t("empty") });
  pdf.doc.moveDown(0.5);
  pdf.doc.font(FONT.regular).fontSize(8).fillColor("#334155").text(t("note"), pdf.left, pdf.doc.y, { width: pdf.width });
  return pdf.finish({ printed });
}

export async function renderAttendanceSummaryXlsx(summary: AttendanceSummary): Promise<Uint8Array> {
  const { t, headers, totals } = table(summary);
  const workbook = new Workbook();
  workbook.creator = "Rakor";
  workbook.title = `${t("heading")} ${summary.event.title}`;
  const sheet = workbook.addWorksheet(t("sheet"), { views: [{ state: "frozen", ySplit: 4 }] });
  sheet.addRow([safe(`${t("heading")} - ${summary.event.title}`)]).font = { bold: true };
  sheet.addRow([formatRangeInZone(summary.event.startsAt, summary.event.endsAt, summary.event.timeZone, "id")]);
  sheet.addRow([]);
  sheet.columns = [{ width: 6 }, { width: 44 }, { width: 24 }, { width: 8 }, { width: 11 }, ...summary.days.map(() => ({ width: 14 }))];
  sheet.addRow(headers).font = { bold: true };
  // Counts stay numbers, so the finance office can sum them; online shares go in their own columns.
  summary.units.forEach((unit, index) => sheet.addRow([index + 1, safe(unit.unitName), safe(unit.province ?? ""), unit.seats ?? "", unit.registered, ...unit.presentByDay]));
  const total = sheet.addRow(["", safe(totals[0]!), "", ...totals.slice(1, 3).map(Number), ...summary.days.map((_, day) => summary.units.reduce((sum, unit) => sum + unit.presentByDay[day]!, 0))]);
  total.font = { bold: true };
  sheet.addRow([]);
  sheet.addRow(["", t("onlineHeading")]).font = { bold: true };
  sheet.addRow(["", t("columnUnit"), "", "", "", ...summary.days.map((day) => shortDayLabel(day))]).font = { bold: true };
  summary.units.filter((unit) => unit.onlineByDay.some(Boolean)).forEach((unit) => sheet.addRow(["", safe(unit.unitName), "", "", "", ...unit.onlineByDay]));
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
