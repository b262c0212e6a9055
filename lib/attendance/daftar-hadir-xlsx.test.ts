import { Workbook } from "exceljs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import messages from "@/messages/id.json";
import { renderDaftarHadirXlsx } from "./daftar-hadir-xlsx";
import type { AttendanceSheet } from "./sheet-data";

const sheetT = createTranslator({ locale: "id", messages, namespace: "attendance.sheet" });
const labels = (key: string, values?: Record<string, string | number>) => sheetT(key as never, values as never);

const FORMULA = '=HYPERLINK("http://jahat.test","klik")';

function sheetWith(text: string): AttendanceSheet {
  return {
    event: { id: "e", slug: "uji", title: "Rakor Uji", timeZone: "Asia/Jakarta" },
    day: "2024-03-12",
    session: null,
    rows: [{ name: text, nip: "199001012015011001", position: `-${text}`, unitName: `@${text}`, province: null, checkedInAt: null, mode: null, signature: null }],
    units: [{ unitName: `+${text}`, province: text, registered: 1, present: 0 }],
  } as unknown as AttendanceSheet;
}

describe("the daftar hadir workbook", () => {
  it("a name, position or unit typed as a formula is written as text, never run when the sheet opens", async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await renderDaftarHadirXlsx(sheetWith(FORMULA), labels)) as never);
    const person = (workbook.worksheets[0]!.getRow(5).values as unknown[]).slice(1);
    expect(person.slice(1, 5)).toEqual([`'${FORMULA}`, "199001012015011001", `'-${FORMULA}`, `'@${FORMULA}`]);
    const unit = (workbook.worksheets[1]!.getRow(2).values as unknown[]).slice(1);
    expect(unit.slice(1, 3)).toEqual([`'+${FORMULA}`, `'${FORMULA}`]);
    const cells = [...workbook.worksheets[0]!.getRow(5).values as unknown[], ...workbook.worksheets[1]!.getRow(2).values as unknown[]];
    expect(cells.some((cell) => typeof cell === "object" && cell !== null && "formula" in cell)).toBe(false);
  });
});
