import "server-only";
import { drawFields, drawSignOff } from "@/lib/documents/fields";
import { FONT } from "@/lib/documents/fonts";
import { documentTexts } from "@/lib/documents/labels";
import { drawLetterhead, type LetterheadData } from "@/lib/documents/letterhead";
import { createPdf, type Pdf, type PrintedBy } from "@/lib/documents/pdf";
import { drawTable, type Box, type Cell, type Column } from "@/lib/documents/table";
import { venueLine } from "@/lib/tickets/display";
import { clockTime, hoursLine, longDate } from "./daftar-hadir-format";
import { dayLabel } from "./day-label";
import type { AttendanceSheet, SheetRow } from "./sheet-data";

// The daftar hadir as the finance office files it with the SPJ: the organisation's letterhead,
// "DAFTAR HADIR", the activity, day and date, hours and place; then No, Nama, NIP, Pangkat/Gol.,
// Jabatan, Unit Kerja, Jam hadir and the signature (on-site) or how the presence was recorded
// (online), signature spots alternating left (odd numbers) and right (even) as on paper so
// neighbours' signatures do not overlap; the count per unit; and the event's sign-off. Always in
// Bahasa Indonesia. Pure: data in, PDF out.

export interface DaftarHadirPdfInput {
  sheet: AttendanceSheet;
  letterhead: LetterheadData;
  /** Signatures being made ready for the page (see printableSignatures), by row; the raw capture otherwise. */
  signatures?: ReadonlyMap<SheetRow, Promise<Buffer | null>>;
  printed?: PrintedBy;
}

const SIZE = 8;
const SIGNATURE_ROW = 30;

export async function renderDaftarHadirPdf({ sheet, letterhead, signatures, printed }: DaftarHadirPdfInput): Promise<Buffer> {
  const t = documentTexts("daftarHadir.sheet");
  const online = sheet.sheet === "online";
  const pdf = createPdf({ title: `${t("heading")} ${sheet.event.title} ${dayLabel(sheet.day)}`, subject: t(online ? "titleOnline" : "titleOnsite"), layout: "landscape", margin: 36 });
  const { doc } = pdf;
  // Signature images are drawn once everything else is laid out (see printableSignatures).
  const pending: { page: number; area: Box; image: Promise<Buffer | null> }[] = [];
  const pageNumber = () => doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
  drawLetterhead(pdf, letterhead);
  heading(pdf, sheet);

  const blank = sheet.absent === "blank";
  if (sheet.rows.length === 0 || (!blank && sheet.present === 0)) {
    notice(pdf, blank || sheet.units.length === 0 ? t("noneRegistered") : t(online ? "noneOnline" : "noneOnsite", { day: dayLabel(sheet.day) }));
  } else {
    const columns: Column[] = [
      { header: t("columnNo"), weight: 3, align: "right" },
      { header: t("columnName"), weight: 16 },
      { header: t("columnNip"), weight: 12 },
      { header: t("columnRank"), weight: 10 },
      { header: t("columnPosition"), weight: 14 },
      { header: t("columnUnit"), weight: 16 },
      { header: t("columnTime"), weight: 6, align: "center" },
      { header: t(online ? "columnRecorded" : "columnSignature"), weight: 19 },
    ];
    const zone = sheet.event.timeZone;
    const rows = sheet.rows.map((person, index): Cell[] => {
      const number = index + 1;
      const came = person.checkedInAt !== null;
      const time = came ? clockTime(person.checkedInAt!, zone) : blank ? "" : "-";
      const last: Cell = online
        ? { text: blank ? "" : came ? recorded(person, zone) : t("absent") }
        : {
            text: "",
            draw: (box) => {
              const area = signatureSpot(pdf, box, number, blank || came ? null : t("absent"));
              const image = signatures ? signatures.get(person) : person.signature ? Promise.resolve(Buffer.from(person.signature)) : undefined;
              if (image && came) pending.push({ page: pageNumber(), area, image });
            },
          };
      return [String(number), person.name, person.nip ?? "-", person.rank ?? "-", person.position ?? "-", person.unitName, time, last];
    });
    drawTable(pdf, { columns, rows, fontSize: SIZE, minRowHeight: online ? 0 : SIGNATURE_ROW, onNewPage: () => caption(pdf, sheet) });
  }

  summary(pdf, sheet);
  if (sheet.signOff) {
    doc.moveDown(1.2);
    const place = sheet.signOff.place;
    drawSignOff(pdf, {
      placeAndDate: place ? `${place}, ${longDate(sheet.day)}` : longDate(sheet.day),
      roleLines: sheet.signOff.roleLines.split("\n"),
      name: sheet.signOff.name,
      nip: sheet.signOff.nip,
    });
  }
  const images = await Promise.all(pending.map((spot) => spot.image));
  pending.forEach((spot, i) => {
    const image = images[i];
    if (!image) return;
    doc.switchToPage(spot.page);
    doc.image(image, spot.area.x, spot.area.y, { fit: [spot.area.width, spot.area.height], align: "center", valign: "center" });
  });
  return pdf.finish({ printed });
}

function heading(pdf: Pdf, sheet: AttendanceSheet) {
  const t = documentTexts("daftarHadir.sheet");
  const { doc } = pdf;
  doc.font(FONT.bold).fontSize(13).fillColor("black").text(t("heading"), pdf.left, doc.y, { width: pdf.width, align: "center" });
  doc.font(FONT.regular).fontSize(10).text(t(sheet.sheet === "online" ? "headingOnline" : "headingOnsite"), pdf.left, doc.y, { width: pdf.width, align: "center" });
  doc.moveDown(0.6);
  const fields: [string, string][] = [[t("activity"), sheet.event.title], [t("day"), dayLabel(sheet.day)]];
  if (sheet.session) fields.push([t("session"), sheet.session.title]);
  fields.push([t("hours"), hoursLine(sheet.hours, sheet.event.timeZone)], [t("place"), venueLine(sheet.event)]);
  drawFields(pdf, fields, { labelWidth: 90, fontSize: 9.5 });
  if (sheet.absent === "blank") doc.font(FONT.italic).fontSize(8.5).text(t("blankNote"), pdf.left, doc.y + 2, { width: pdf.width });
  doc.moveDown(0.6);
}

/** At the top of each further page: which sheet this is, so a loose page still says so. */
function caption(pdf: Pdf, sheet: AttendanceSheet) {
  const t = documentTexts("daftarHadir.sheet");
  const kind = t(sheet.sheet === "online" ? "headingOnline" : "headingOnsite");
  const session = sheet.session ? ` · ${sheet.session.title}` : "";
  pdf.doc.font(FONT.regular).fontSize(8).fillColor("#334155")
    .text(`${t("heading")} · ${sheet.event.title} · ${dayLabel(sheet.day)}${session} · ${kind}`, pdf.left, pdf.doc.y, { width: pdf.width, lineBreak: false, ellipsis: true });
  pdf.doc.fillColor("black").moveDown(0.4);
}

function recorded(person: SheetRow, timeZone: string): string {
  const t = documentTexts("daftarHadir.sheet");
  const time = clockTime(person.checkedInAt!, timeZone);
  return person.recordedBy ? t("recordedOnline", { name: person.recordedBy, time }) : t("recordedOnlineAnonymous", { time });
}

/**
 * Odd numbers sign in the left half of the cell, even ones in the right, numbered as on the paper
 * form. Returns the area the signature goes in.
 */
function signatureSpot(pdf: Pdf, box: Box, number: number, absent: string | null): Box {
  const { doc } = pdf;
  const half = box.width / 2;
  const x = number % 2 === 1 ? box.x : box.x + half;
  doc.font(FONT.regular).fontSize(7).fillColor("black").text(`${number}.`, x + 3, box.y + 3, { lineBreak: false });
  const area = { x: x + 14, y: box.y + 2, width: half - 16, height: box.height - 4 };
  if (absent) doc.font(FONT.italic).fontSize(7.5).fillColor("#475569").text(absent, area.x, box.y + box.height / 2 - 5, { width: area.width, align: "center", lineBreak: false });
  doc.fillColor("black");
  return area;
}

function notice(pdf: Pdf, text: string) {
  const { doc } = pdf;
  const top = doc.y;
  doc.font(FONT.bold).fontSize(10);
  const height = doc.heightOfString(text, { width: pdf.width - 24 }) + 20;
  doc.lineWidth(0.8).strokeColor("#334155").rect(pdf.left, top, pdf.width, height).stroke();
  doc.fillColor("black").text(text, pdf.left + 12, top + 10, { width: pdf.width - 24, align: "center" });
  doc.x = pdf.left;
  doc.y = top + height;
}

function summary(pdf: Pdf, sheet: AttendanceSheet) {
  const t = documentTexts("daftarHadir.sheet");
  const { doc } = pdf;
  doc.moveDown(1.2);
  pdf.ensureSpace(90);
  doc.font(FONT.bold).fontSize(10.5).fillColor("black").text(t("summaryHeading"), pdf.left, doc.y, { width: pdf.width, align: "center" });
  doc.moveDown(0.4);
  const blank = sheet.absent === "blank";
  const registered = sheet.units.reduce((sum, u) => sum + u.registered, 0);
  const present = sheet.units.reduce((sum, u) => sum + u.present, 0);
  const count = (n: number) => (blank ? "" : String(n));
  drawTable(pdf, {
    columns: [
      { header: t("columnNo"), weight: 3, align: "right" },
      { header: t("columnUnit"), weight: 40 },
      { header: t("columnProvince"), weight: 20 },
      { header: t("columnRegistered"), weight: 9, align: "right" },
      { header: t("columnPresent"), weight: 9, align: "right" },
    ],
    rows: sheet.units.length === 0 ? [] : [
      ...sheet.units.map((unit, index) => [String(index + 1), unit.unitName, unit.province ?? "-", String(unit.registered), count(unit.present)]),
      { cells: [{ text: t("total"), span: 3, align: "right" as const }, String(registered), count(present)], bold: true },
    ],
    fontSize: SIZE,
    empty: t("noneRegistered"),
  });
}
