import "server-only";
import ExcelJS from "exceljs";
import { spreadsheetSafe as safe } from "@/lib/csv/spreadsheet-safe";
import { documentTexts } from "@/lib/documents/labels";
import type { LetterheadData } from "@/lib/documents/letterhead";
import { venueLine } from "@/lib/tickets/display";
import { offsetMsAt } from "@/lib/time/wall-clock";
import { clockTime, hoursLine, longDate } from "./daftar-hadir-format";
import { dayLabel } from "./day-label";
import type { AttendanceSheet } from "./sheet-data";

/**
 * The daftar hadir as a workbook, with the PDF's columns: the letterhead and the sheet's heading
 * in the rows above the table, the sign-off below it, and the count per unit on a second sheet.
 * The check-in is a real date-time on the event's clock (a spreadsheet has no time zones, so the
 * cell holds the wall-clock time the door saw); NIPs stay text so no spreadsheet rounds them.
 */
export async function renderDaftarHadirXlsx(sheet: AttendanceSheet, letterhead: LetterheadData): Promise<Uint8Array> {
  const t = documentTexts("daftarHadir.sheet");
  const online = sheet.sheet === "online";
  const blank = sheet.absent === "blank";
  const zone = sheet.event.timeZone;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Rakor";
  workbook.title = `${t("heading")} ${sheet.event.title} ${dayLabel(sheet.day)}`;
  const people = workbook.addWorksheet(t("sheetPeople"), { pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  people.columns = [
    { width: 6 }, { width: 32 }, { width: 21, style: { numFmt: "@" } }, { width: 22 }, { width: 30 }, { width: 36 }, { width: 17 }, { width: online ? 44 : 18 },
  ];
  const width = 8;
  const centred = (text: string, bold = false, size = 11) => {
    const row = people.addRow([safe(text)]);
    people.mergeCells(row.number, 1, row.number, width);
    row.getCell(1).alignment = { horizontal: "center", wrapText: true };
    row.getCell(1).font = { bold, size };
  };
  for (const line of letterhead.parentLines) centred(line.toUpperCase(), true);
  centred(letterhead.name.toUpperCase(), true, 13);
  if (letterhead.address) centred(letterhead.address, false, 9);
  if (letterhead.contact) centred(letterhead.contact, false, 9);
  people.addRow([]);
  centred(t("heading"), true, 13);
  centred(t(online ? "headingOnline" : "headingOnsite"));
  const fields: [string, string][] = [[t("activity"), sheet.event.title], [t("day"), dayLabel(sheet.day)]];
  if (sheet.session) fields.push([t("session"), sheet.session.title]);
  fields.push([t("hours"), hoursLine(sheet.hours, zone)], [t("place"), venueLine(sheet.event)]);
  for (const [label, value] of fields) {
    const row = people.addRow([safe(label), safe(value)]);
    people.mergeCells(row.number, 2, row.number, width);
  }
  if (blank) people.addRow([safe(t("blankNote"))]).font = { italic: true };
  people.addRow([]);

  const header = people.addRow([t("columnNo"), t("columnName"), t("columnNip"), t("columnRank"), t("columnPosition"), t("columnUnit"), t("columnTime"), t(online ? "columnRecorded" : "columnSignature")]);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } }));
  people.views = [{ state: "frozen", ySplit: header.number }];
  if (sheet.rows.length === 0 || (!blank && sheet.present === 0)) {
    const row = people.addRow([safe(blank || sheet.units.length === 0 ? t("noneRegistered") : t(online ? "noneOnline" : "noneOnsite", { day: dayLabel(sheet.day) }))]);
    people.mergeCells(row.number, 1, row.number, width);
  } else {
    sheet.rows.forEach((person, index) => {
      const came = person.checkedInAt !== null;
      const last = blank ? "" : !came ? t("absent") : online ? recordedText(person.recordedBy, clockTime(person.checkedInAt!, zone)) : person.signature ? t("signed") : "";
      const row = people.addRow([
        index + 1,
        safe(person.name),
        orDash(person.nip),
        orDash(person.rank),
        orDash(person.position),
        safe(person.unitName),
        came ? onEventClock(person.checkedInAt!, zone) : blank ? "" : "-",
        safe(last),
      ]);
      row.getCell(7).numFmt = "dd/mm/yyyy hh:mm";
      row.alignment = { vertical: "top", wrapText: true };
    });
  }
  if (sheet.signOff) signOffRows(people, sheet, width);

  const units = workbook.addWorksheet(t("sheetUnits"), { views: [{ state: "frozen", ySplit: 1 }] });
  units.columns = [{ width: 6 }, { width: 44 }, { width: 24 }, { width: 12 }, { width: 12 }];
  units.addRow([t("columnNo"), t("columnUnit"), t("columnProvince"), t("columnRegistered"), t("columnPresent")]).font = { bold: true };
  sheet.units.forEach((unit, index) => units.addRow([index + 1, safe(unit.unitName), safe(unit.province ?? ""), unit.registered, blank ? "" : unit.present]));
  units.addRow(["", t("total"), "", sheet.units.reduce((s, u) => s + u.registered, 0), blank ? "" : sheet.units.reduce((s, u) => s + u.present, 0)]).font = { bold: true };
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** "-" where a guest has no NIP, rank or position (as printed, not a formula). */
const orDash = (text: string | null) => (text ? safe(text) : "-");

function recordedText(by: string | null, time: string): string {
  const t = documentTexts("daftarHadir.sheet");
  return by ? t("recordedOnline", { name: by, time }) : t("recordedOnlineAnonymous", { time });
}

/** The wall-clock time of the event's zone as a date-time cell: Excel counts it as UTC. */
function onEventClock(at: Date, timeZone: string): Date {
  return new Date(at.getTime() + offsetMsAt(at, timeZone));
}

/** In the right-hand columns below the table, as on the printed sheet. */
function signOffRows(people: ExcelJS.Worksheet, sheet: AttendanceSheet, width: number) {
  const signOff = sheet.signOff!;
  const from = 6;
  const line = (text: string, bold = false) => {
    const row = people.addRow([]);
    row.getCell(from).value = safe(text);
    people.mergeCells(row.number, from, row.number, width);
    row.getCell(from).alignment = { horizontal: "center" };
    row.getCell(from).font = { bold, underline: bold };
  };
  people.addRow([]);
  line(signOff.place ? `${signOff.place}, ${longDate(sheet.day)}` : longDate(sheet.day));
  for (const role of signOff.roleLines.split("\n")) line(role);
  people.addRow([]);
  people.addRow([]);
  people.addRow([]);
  line(signOff.name, true);
  if (signOff.nip) line(documentTexts("documents.signOff")("nip", { nip: signOff.nip }));
}
