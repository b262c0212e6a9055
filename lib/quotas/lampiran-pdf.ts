import "server-only";
import PDFDocument from "pdfkit";
import { formatRangeInZone } from "@/lib/time";

// The Lampiran (attachment) of a surat undangan: which units are invited and how many people each
// may send. Always in Bahasa Indonesia, as the letter it is attached to. Pure: data in, PDF out.

export interface LampiranInput {
  event: {
    title: string;
    theme: string | null;
    startsAt: Date;
    endsAt: Date;
    timeZone: string;
    venueName: string;
    venueRoom: string | null;
    venueAddress: string | null;
    venueCity: string | null;
  };
  /** Already in print order (province, then unit name). */
  rows: { unitName: string; province: string; seats: number }[];
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface LampiranLabels {
  heading: string;
  letterNumber: string;
  letterDate: string;
  subtitle: string;
  theme: string;
  dates: string;
  venue: string;
  columns: [no: string, unit: string, province: string, seats: string];
  total: (units: number) => string;
  empty: string;
  pageOf: (page: number, pageCount: number) => string;
}

/** The labels from the "quotas.lampiran" messages (always read in Indonesian by the caller). */
export function lampiranLabels(t: Translate): LampiranLabels {
  return {
    heading: t("heading"),
    letterNumber: t("letterNumber"),
    letterDate: t("letterDate"),
    subtitle: t("subtitle"),
    theme: t("theme"),
    dates: t("dates"),
    venue: t("venue"),
    columns: [t("columnNo"), t("columnUnit"), t("columnProvince"), t("columnSeats")],
    total: (units) => t("total", { units }),
    empty: t("empty"),
    pageOf: (page, pageCount) => t("pageOf", { page, pageCount }),
  };
}

const MARGIN = 56; // 2 cm
const PAD = 4;
const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";
const BLANK = "..............................................";

// The standard PDF fonts know only WinAnsi characters: the thin and narrow spaces Intl puts in
// date ranges would print as garbage.
const printable = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, " ").replace(/\u2212/g, "-");

/** "Ballroom, Hotel …, Kawasan Taman Palem …, Jakarta Barat" without repeating the city. */
export function venueLine(event: LampiranInput["event"]): string {
  const parts = [event.venueRoom, event.venueName, event.venueAddress];
  if (event.venueCity && !event.venueAddress?.includes(event.venueCity)) parts.push(event.venueCity);
  return parts.filter((part): part is string => Boolean(part?.trim())).join(", ");
}

interface Cell {
  text: string;
  width: number;
  align?: "left" | "right" | "center";
}

export async function renderLampiranPdf(input: LampiranInput, labels: LampiranLabels): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: "id-ID",
    info: { Title: printable(`${labels.heading} - ${input.event.title}`), Subject: printable(labels.subtitle) },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  drawHeading(doc, input, labels, left, width);

  const [colNo, colUnit, colProvince, colSeats] = labels.columns;
  const widths = [32, 232, 139, width - 32 - 232 - 139] as const;
  const header: Cell[] = [
    { text: colNo, width: widths[0], align: "center" },
    { text: colUnit, width: widths[1] },
    { text: colProvince, width: widths[2] },
    { text: colSeats, width: widths[3], align: "center" },
  ];
  const drawHeader = () => drawRow(doc, left, doc.y, header, { font: BOLD, fill: "#e2e8f0" });

  // A row that does not fit starts a new page, which opens with the column headings again.
  const place = (cells: Cell[], font: string) => {
    if (doc.y + rowHeight(doc, cells, font) > bottom()) {
      doc.addPage();
      drawHeader();
    }
    drawRow(doc, left, doc.y, cells, { font });
  };

  drawHeader();
  if (input.rows.length === 0) place([{ text: labels.empty, width, align: "center" }], FONT);
  input.rows.forEach((row, index) =>
    place(
      [
        { text: String(index + 1), width: widths[0], align: "right" },
        { text: row.unitName, width: widths[1] },
        { text: row.province, width: widths[2] },
        { text: String(row.seats), width: widths[3], align: "right" },
      ],
      FONT,
    ),
  );
  const totalSeats = input.rows.reduce((sum, row) => sum + row.seats, 0);
  place(
    [
      { text: labels.total(input.rows.length), width: widths[0] + widths[1] + widths[2], align: "right" },
      { text: String(totalSeats), width: widths[3], align: "right" },
    ],
    BOLD,
  );

  // Page numbers last, once the number of pages is known; written below the bottom margin, so
  // the margin is lifted meanwhile or pdfkit would start yet another page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONT).fontSize(9).fillColor("#475569");
    doc.text(labels.pageOf(i + 1, range.count), left, doc.page.height - MARGIN / 2 - 9, { width, align: "center", lineBreak: false });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return finished;
}

function drawHeading(doc: PDFKit.PDFDocument, input: LampiranInput, labels: LampiranLabels, left: number, width: number) {
  const { event } = input;
  doc.fillColor("black").font(BOLD).fontSize(12).text(labels.heading, left, doc.page.margins.top);
  doc.font(FONT).fontSize(10);
  keyValue(doc, left, width, labels.letterNumber, BLANK, 90);
  keyValue(doc, left, width, labels.letterDate, BLANK, 90);
  doc.moveDown(1.5);
  doc.font(BOLD).fontSize(12).text(printable(labels.subtitle.toUpperCase()), left, doc.y, { width, align: "center" });
  doc.moveDown(0.2);
  doc.text(printable(event.title), left, doc.y, { width, align: "center" });
  doc.moveDown(1);
  doc.font(FONT).fontSize(10);
  if (event.theme) keyValue(doc, left, width, labels.theme, `"${event.theme}"`, 60);
  keyValue(doc, left, width, labels.dates, formatRangeInZone(event.startsAt, event.endsAt, event.timeZone, "id"), 60);
  keyValue(doc, left, width, labels.venue, venueLine(event), 60);
  doc.moveDown(1);
}

// "Tema    : Sinergi …" with the value wrapping in its own column.
function keyValue(doc: PDFKit.PDFDocument, left: number, width: number, label: string, value: string, labelWidth: number) {
  const y = doc.y;
  const valueX = left + labelWidth + 10;
  doc.text(printable(label), left, y, { width: labelWidth });
  doc.text(":", left + labelWidth, y);
  doc.text(printable(value), valueX, y, { width: width - labelWidth - 10 });
  doc.x = left;
}

function rowHeight(doc: PDFKit.PDFDocument, cells: Cell[], font: string): number {
  doc.font(font).fontSize(10);
  return Math.max(...cells.map((cell) => doc.heightOfString(printable(cell.text), { width: cell.width - 2 * PAD }))) + 2 * PAD;
}

function drawRow(doc: PDFKit.PDFDocument, left: number, y: number, cells: Cell[], options: { font: string; fill?: string }) {
  const height = rowHeight(doc, cells, options.font);
  const total = cells.reduce((sum, cell) => sum + cell.width, 0);
  if (options.fill) doc.rect(left, y, total, height).fill(options.fill);
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
