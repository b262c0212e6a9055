import { Workbook, type Worksheet } from "exceljs";
import { describe, expect, it } from "vitest";
import type { LetterheadData } from "@/lib/documents/letterhead";
import { sampleLetterhead, sampleRows, sampleSheet } from "./daftar-hadir-samples";
import { renderDaftarHadirXlsx } from "./daftar-hadir-xlsx";

const FORMULA = '=HYPERLINK("http://jahat.test","klik")';
let letterhead: LetterheadData;

async function load(bytes: Uint8Array) {
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return workbook;
}
const values = (sheet: Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
const rowWith = (sheet: Worksheet, text: string) => {
  let found = 0;
  sheet.eachRow((row, number) => {
    if (!found && (row.values as unknown[]).some((v) => v === text)) found = number;
  });
  return found;
};

describe("the daftar hadir workbook", () => {
  it("has the PDF's columns, the check-in as a date-time on the event's clock, NIPs as text, the letterhead above and the sign-off below", async () => {
    letterhead = await sampleLetterhead();
    const rows = sampleRows(3, null);
    rows[2]!.checkedInAt = null;
    rows[0]!.nip = null;
    const sheet = sampleSheet(rows);
    const workbook = await load(await renderDaftarHadirXlsx(sheet, letterhead));
    const people = workbook.worksheets[0]!;
    expect(values(people, 1)[0]).toBe("KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN");
    expect(values(people, 3)[0]).toBe("DIREKTORAT JENDERAL PEMASYARAKATAN");
    expect(rowWith(people, "DAFTAR HADIR")).toBeGreaterThan(3);
    const header = rowWith(people, "Pangkat/Gol.");
    expect(values(people, header)).toEqual(["No", "Nama", "NIP", "Pangkat/Gol.", "Jabatan", "Unit Kerja", "Jam hadir", "Tanda Tangan"]);
    const first = people.getRow(header + 1);
    // The cell holds the Jakarta clock the door used: seven hours ahead of UTC.
    const checkIn = first.getCell(7).value as Date;
    expect(checkIn).toBeInstanceOf(Date);
    expect(checkIn.getTime() - sheet.rows[0]!.checkedInAt!.getTime()).toBe(7 * 3_600_000);
    expect(first.getCell(7).numFmt).toBe("dd/mm/yyyy hh:mm");
    expect(first.getCell(3).value).toBe(sheet.rows[0]!.nip);
    expect(typeof first.getCell(3).value).toBe("string");
    expect(sheet.rows.map((r) => r.nip === null)).toEqual([false, true, false]);
    expect(people.getRow(header + 2).getCell(3).value).toBe("-");
    expect(values(people, header + 3).slice(6)).toEqual(["-", "tidak hadir"]);
    const signOff = rowWith(people, "Jakarta, 22 Desember 2026");
    expect(signOff).toBeGreaterThan(header + 3);
    expect(values(people, signOff + 1)).toContain("Mengetahui,");
    expect(rowWith(people, "NIP. 198001012005012001")).toBeGreaterThan(signOff);
    expect(values(workbook.worksheets[1]!, 1)).toEqual(["No", "Unit Kerja", "Provinsi", "Terdaftar", "Hadir"]);
  });

  it("a name, position or unit typed as a formula is written as text, never run when the sheet opens", async () => {
    const [row] = sampleRows(1, null);
    const sheet = sampleSheet([{ ...row!, name: FORMULA, position: `-${FORMULA}`, unitName: `@${FORMULA}`, province: `+${FORMULA}` }]);
    const workbook = await load(await renderDaftarHadirXlsx(sheet, letterhead));
    const people = workbook.worksheets[0]!;
    const person = values(people, rowWith(people, `'${FORMULA}`));
    expect(person.slice(1, 6)).toEqual([`'${FORMULA}`, row!.nip, "Penata Muda Tingkat I, III/b", `'-${FORMULA}`, `'@${FORMULA}`]);
    const unit = values(workbook.worksheets[1]!, 2);
    expect(unit.slice(1, 3)).toEqual([`'@${FORMULA}`, `'+${FORMULA}`]);
    const cells: unknown[] = [];
    for (const worksheet of workbook.worksheets) worksheet.eachRow((r) => cells.push(...(r.values as unknown[])));
    expect(cells.some((cell) => typeof cell === "object" && cell !== null && "formula" in cell)).toBe(false);
  });

  it("the online sheet says who marked each person present", async () => {
    const workbook = await load(await renderDaftarHadirXlsx(sampleSheet(sampleRows(2, null, { online: true }), { sheet: "online" }), letterhead));
    const people = workbook.worksheets[0]!;
    const header = rowWith(people, "Keterangan Kehadiran");
    expect(values(people, header + 1).at(-1)).toBe("Ditandai hadir daring oleh Panitia Rakor Humas pukul 07.30");
  });
});
