import "server-only";
import { Workbook } from "exceljs";
import { spreadsheetSafe as safe } from "@/lib/csv/spreadsheet-safe";
import { formatInZone } from "@/lib/time";
import { dayLabel } from "./day-label";
import type { Translate } from "./daftar-hadir-pdf";
import type { AttendanceSheet } from "./sheet-data";

/**
 * The daftar hadir as a workbook: one sheet with the people (arrival time on the event's clock,
 * mode, whether they signed), one with the count per unit. NIPs stay text so no spreadsheet
 * rounds them.
 */
export async function renderDaftarHadirXlsx(sheet: AttendanceSheet, t: Translate): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = "Rakor";
  workbook.title = `${t("heading")} ${sheet.event.title}`;
  const people = workbook.addWorksheet(t("sheetPeople"), { views: [{ state: "frozen", ySplit: 4 }] });
  people.addRow([`${t("heading")} ${sheet.event.title}`]).font = { bold: true };
  people.addRow([dayLabel(sheet.day) + (sheet.session ? ` - ${sheet.session.title}` : "")]);
  people.addRow([]);
  people.columns = [{ width: 6 }, { width: 32 }, { width: 21, style: { numFmt: "@" } }, { width: 34 }, { width: 40 }, { width: 14 }, { width: 12 }, { width: 14 }];
  const header = people.addRow([t("columnNo"), t("columnName"), t("columnNip"), t("columnPosition"), t("columnUnit"), t("columnArrival"), t("columnMode"), t("columnSigned")]);
  header.font = { bold: true };
  sheet.rows.forEach((row, index) =>
    people.addRow([
      index + 1,
      safe(row.name),
      safe(row.nip ?? ""),
      safe(row.position ?? ""),
      safe(row.unitName),
      row.checkedInAt ? formatInZone(row.checkedInAt, sheet.event.timeZone, "id", "time") : "",
      row.mode ? t(`mode.${row.mode}`) : t("absent"),
      row.signature ? t("yes") : "",
    ]),
  );
  const units = workbook.addWorksheet(t("sheetUnits"), { views: [{ state: "frozen", ySplit: 1 }] });
  units.columns = [{ width: 6 }, { width: 44 }, { width: 24 }, { width: 12 }, { width: 12 }];
  units.addRow([t("columnNo"), t("columnUnit"), t("columnProvince"), t("columnRegistered"), t("columnPresent")]).font = { bold: true };
  sheet.units.forEach((unit, index) => units.addRow([index + 1, safe(unit.unitName), safe(unit.province ?? ""), unit.registered, unit.present]));
  units.addRow(["", t("total"), "", sheet.units.reduce((s, u) => s + u.registered, 0), sheet.units.reduce((s, u) => s + u.present, 0)]).font = { bold: true };
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
