import { describe, expect, it } from "vitest";
import { checkUnitRows } from "./check-rows";
import { MAX_IMPORT_ROWS, parseUnitsCsv, unitCsvLine, UNIT_CSV_HEADER } from "./csv";

const HEADER = "code,name,type,class,province,city,timezone";

function rowsOf(text: string) {
  const parsed = parseUnitsCsv(text);
  if (!parsed.ok) throw new Error(`unexpected file problem ${parsed.problem.key}`);
  return parsed.rows;
}

describe("reading a units CSV", () => {
  it("numbers rows by their line in the file, counting the header, blank lines and line breaks inside quotes", () => {
    const text = [HEADER, "A-1,Lapas A,Lapas,I,Bali,Denpasar,Asia/Makassar", "", '"B-2","Rutan\nB",Rutan,,Bali,,Asia/Makassar', "C-3,Bapas C,Bapas,,Bali,,Asia/Makassar", ""].join("\n");
    expect(rowsOf(text).map((row) => [row.line, row.cells.code])).toEqual([
      [2, "A-1"],
      [4, "B-2"],
      [6, "C-3"],
    ]);
  });

  it("accepts a byte order mark, CRLF line endings, semicolons, columns in any order and untrimmed cells", () => {
    const text = `\uFEFFname;CODE;type;class;province;city;timezone\r\n  Lapas A ; a-1 ;lapas; I ;Bali; Denpasar ;Asia/Makassar\r\n`;
    const [row] = rowsOf(text);
    expect(row).toMatchObject({ line: 2, problems: [] });
    expect(row!.cells).toEqual({ code: "a-1", name: "Lapas A", type: "lapas", class: "I", province: "Bali", city: "Denpasar", timezone: "Asia/Makassar" });
    expect(checkUnitRows([row!])[0]!.unit).toEqual({
      code: "A-1",
      name: "Lapas A",
      type: "LAPAS",
      class: "I",
      province: "Bali",
      city: "Denpasar",
      timeZone: "Asia/Makassar",
    });
  });

  it("refuses files without the expected columns, without rows, or beyond the size limits", () => {
    expect(parseUnitsCsv("kode,nama\nA,B\n")).toMatchObject({ ok: false, problem: { key: "units.errors.csvMissingColumns", values: { columns: "code, name, type, class, province, city, timezone" } } });
    expect(parseUnitsCsv(`${HEADER}\n\n`)).toMatchObject({ ok: false, problem: { key: "units.errors.csvEmpty" } });
    expect(parseUnitsCsv("")).toMatchObject({ ok: false, problem: { key: "units.errors.csvEmpty" } });
    const line = "A-1,Lapas A,Lapas,I,Bali,Denpasar,Asia/Makassar\n";
    expect(parseUnitsCsv(HEADER + "\n" + line.repeat(MAX_IMPORT_ROWS)).ok).toBe(true);
    expect(parseUnitsCsv(HEADER + "\n" + line.repeat(MAX_IMPORT_ROWS + 1))).toMatchObject({
      ok: false,
      problem: { key: "units.errors.csvTooManyRows", values: { max: MAX_IMPORT_ROWS, found: MAX_IMPORT_ROWS + 1 } },
    });
    expect(parseUnitsCsv(HEADER + "\n" + "x".repeat(1_000_001))).toMatchObject({ ok: false, problem: { key: "units.errors.csvTooLarge" } });
  });

  it("flags a row with a wrong number of cells, as an unquoted comma in a name gives", () => {
    const [row] = rowsOf(`${HEADER}\nA-1,Lapas A, Bali,Lapas,I,Bali,Denpasar,Asia/Makassar\n`);
    expect(row!.problems).toEqual([{ column: null, key: "units.problems.columnCount", values: { expected: 7, found: 8 } }]);
  });

  it("writes lines that read back as the same cells, quoting only where needed", () => {
    const unit = { code: "BL-RT-1", name: 'Rutan "Baru", Denpasar', type: "OTHER" as const, class: null, province: "Bali", city: null, timeZone: "Asia/Makassar" };
    const line = unitCsvLine(unit);
    expect(line).toBe('BL-RT-1,"Rutan ""Baru"", Denpasar",Lainnya,,Bali,,Asia/Makassar\r\n');
    const [row] = rowsOf(UNIT_CSV_HEADER + line);
    expect(checkUnitRows([row!])[0]!.unit).toEqual(unit);
  });
});
