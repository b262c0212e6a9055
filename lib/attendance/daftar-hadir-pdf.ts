import "server-only";
import PDFDocument from "pdfkit";
import { venueLine } from "@/lib/tickets/display";
import { formatInZone } from "@/lib/time";
import { dayLabel } from "./day-label";
import type { AttendanceSheet } from "./sheet-data";

// The daftar hadir as the finance office files it with the SPJ: letterhead, title, day and date,
// place; No, Nama, NIP, Jabatan, Unit Kerja, Tanda Tangan, the signature cells alternating left
// (odd numbers) and right (even) as on paper so neighbours' signatures do not overlap; then the
// count per unit. Always in Bahasa Indonesia. Pure: data in, PDF out.

export type Translate = (key: string, values?: Record<string, string | number>) => string;

const MARGIN = 40;
const PAD = 3;
const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";
const ROW_MIN = 34;
const SIZE = 8;
// The standard PDF fonts know only WinAnsi characters.
const printable = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, " ").replace(/[\u2212\u2013]/g, "-");

interface Cell {
  text: string;
  width: number;
  align?: "left" | "center" | "right";
}

export async function renderDaftarHadirPdf(sheet: AttendanceSheet, t: Translate): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }, bufferPages: true, lang: "id-ID", info: { Title: printable(`${t("heading")} - ${sheet.event.title}`) } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - 12;

  heading(doc, sheet, t, left, width);
  const widths = [22, 105, 88, 82, 90, width - 387];
  const header = [t("columnNo"), t("columnName"), t("columnNip"), t("columnPosition"), t("columnUnit"), t("columnSignature")].map((text, i): Cell => ({ text, width: widths[i]!, align: "center" }));
  const drawHeader = () => row(doc, left, header, BOLD, 0, "#e2e8f0");
  drawHeader();
  sheet.rows.forEach((person, index) => {
    const cells: Cell[] = [
      { text: String(index + 1), width: widths[0]!, align: "right" },
      { text: person.name, width: widths[1]! },
      { text: person.nip ?? "-", width: widths[2]! },
      { text: person.position ?? "-", width: widths[3]! },
      { text: person.unitName, width: widths[4]! },
      { text: "", width: widths[5]! },
    ];
    const height = Math.max(ROW_MIN, rowHeight(doc, cells, FONT));
    if (doc.y + height > bottom()) {
      doc.addPage();
      drawHeader();
    }
    const top = doc.y;
    row(doc, left, cells, FONT, ROW_MIN);
    signatureCell(doc, { x: left + width - widths[5]!, y: top, width: widths[5]!, height }, index + 1, person, t);
  });
  if (sheet.rows.length === 0) row(doc, left, [{ text: t("empty"), width, align: "center" }], FONT, 0);

  unitSummary(doc, sheet, t, left, width, bottom);

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONT).fontSize(8).fillColor("#475569");
    doc.text(t("pageOf", { page: i + 1, pageCount: range.count }), left, doc.page.height - MARGIN / 2 - 8, { width, align: "center", lineBreak: false });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return finished;
}

function heading(doc: PDFKit.PDFDocument, sheet: AttendanceSheet, t: Translate, left: number, width: number) {
  const { event, session } = sheet;
  doc.fillColor("black").font(BOLD).fontSize(11).text(printable(event.organization.name.toUpperCase()), left, MARGIN, { width, align: "center" });
  doc.moveTo(left, doc.y + 3).lineTo(left + width, doc.y + 3).lineWidth(1).stroke();
  doc.moveDown(1);
  doc.font(BOLD).fontSize(13).text(t("heading"), left, doc.y, { width, align: "center" });
  doc.font(BOLD).fontSize(11).text(printable(event.title), left, doc.y + 2, { width, align: "center" });
  doc.moveDown(0.8);
  doc.font(FONT).fontSize(10);
  keyValue(doc, left, width, t("day"), dayLabel(sheet.day));
  if (session) {
    const times = `${formatInZone(session.startsAt, event.timeZone, "id", "time")} - ${formatInZone(session.endsAt, event.timeZone, "id", "time")}`;
    keyValue(doc, left, width, t("session"), `${session.title} (${times})`);
  }
  keyValue(doc, left, width, t("place"), venueLine(event));
  doc.moveDown(0.8);
}

function keyValue(doc: PDFKit.PDFDocument, left: number, width: number, label: string, value: string) {
  const y = doc.y;
  doc.text(printable(label), left, y, { width: 80 });
  doc.text(":", left + 80, y);
  doc.text(printable(value), left + 90, y, { width: width - 90 });
  doc.x = left;
}

function rowHeight(doc: PDFKit.PDFDocument, cells: Cell[], font: string): number {
  doc.font(font).fontSize(SIZE);
  return Math.max(...cells.map((cell) => doc.heightOfString(printable(cell.text), { width: cell.width - 2 * PAD }))) + 2 * PAD;
}

function row(doc: PDFKit.PDFDocument, left: number, cells: Cell[], font: string, minHeight: number, fill?: string) {
  const y = doc.y;
  const height = Math.max(minHeight, rowHeight(doc, cells, font));
  const total = cells.reduce((sum, cell) => sum + cell.width, 0);
  if (fill) doc.rect(left, y, total, height).fill(fill);
  doc.fillColor("black").strokeColor("#334155").lineWidth(0.5);
  let x = left;
  for (const cell of cells) {
    doc.rect(x, y, cell.width, height).stroke();
    doc.text(printable(cell.text), x + PAD, y + PAD, { width: cell.width - 2 * PAD, align: cell.align ?? "left" });
    x += cell.width;
  }
  doc.x = left;
  doc.y = y + height;
}

/** Odd numbers sign in the left half, even in the right, each half numbered as on the paper form. */
function signatureCell(doc: PDFKit.PDFDocument, box: { x: number; y: number; width: number; height: number }, number: number, person: AttendanceSheet["rows"][number], t: Translate) {
  const half = box.width / 2;
  const x = number % 2 === 1 ? box.x : box.x + half;
  doc.font(FONT).fontSize(7).fillColor("black").text(`${number}.`, x + PAD, box.y + PAD, { lineBreak: false });
  const area = { x: x + 12, y: box.y + 2, width: half - 14, height: box.height - 4 };
  if (person.signature) {
    doc.image(Buffer.from(person.signature), area.x, area.y, { fit: [area.width, area.height], align: "center", valign: "center" });
  } else if (person.mode === "ONLINE") {
    doc.fontSize(7).fillColor("#334155").text(t("online"), area.x, box.y + box.height / 2 - 4, { width: area.width, align: "center", lineBreak: false });
  }
  doc.x = box.x;
  doc.y = box.y + box.height;
}

function unitSummary(doc: PDFKit.PDFDocument, sheet: AttendanceSheet, t: Translate, left: number, width: number, bottom: () => number) {
  doc.addPage();
  doc.font(BOLD).fontSize(11).fillColor("black").text(t("summaryHeading"), left, MARGIN, { width, align: "center" });
  doc.font(FONT).fontSize(10).text(printable(`${sheet.event.title} - ${dayLabel(sheet.day)}`), left, doc.y + 2, { width, align: "center" });
  doc.moveDown(0.8);
  const widths = [22, width - 22 - 140, 70, 70];
  const header = [t("columnNo"), t("columnUnit"), t("columnRegistered"), t("columnPresent")].map((text, i): Cell => ({ text, width: widths[i]!, align: "center" }));
  row(doc, left, header, BOLD, 0, "#e2e8f0");
  sheet.units.forEach((unit, index) => {
    if (doc.y + 20 > bottom()) {
      doc.addPage();
      row(doc, left, header, BOLD, 0, "#e2e8f0");
    }
    row(doc, left, [
      { text: String(index + 1), width: widths[0]!, align: "right" },
      { text: unit.unitName, width: widths[1]! },
      { text: String(unit.registered), width: widths[2]!, align: "right" },
      { text: String(unit.present), width: widths[3]!, align: "right" },
    ], FONT, 0);
  });
  const registered = sheet.units.reduce((sum, u) => sum + u.registered, 0);
  const present = sheet.units.reduce((sum, u) => sum + u.present, 0);
  row(doc, left, [
    { text: t("total"), width: widths[0]! + widths[1]!, align: "right" },
    { text: String(registered), width: widths[2]!, align: "right" },
    { text: String(present), width: widths[3]!, align: "right" },
  ], BOLD, 0);
}
