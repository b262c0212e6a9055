import { describe, expect, it } from "vitest";
import { spreadsheetSafe, spreadsheetText } from "./spreadsheet-safe";

describe("cells a spreadsheet could run as a formula", () => {
  it("a cell starting with = + - @ tab or CR is kept as text by a leading apostrophe", () => {
    for (const value of ['=HYPERLINK("http://jahat.test")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"]) {
      expect(spreadsheetSafe(value)).toBe(`'${value}`);
    }
  });

  it("ordinary text and a WhatsApp number stay as they are", () => {
    for (const value of ["Lapas Kelas I Semarang", "+6281234567890", "", "Budi = Santoso", "'sudah berkutip"]) {
      expect(spreadsheetSafe(value)).toBe(value);
    }
  });

  it("reading a file back removes only the apostrophe that the export added", () => {
    for (const value of ['=HYPERLINK("x")', "-2+3", "@SUM(A1)", "Lapas Kelas I Semarang", "'sudah berkutip", "+6281234567890"]) {
      expect(spreadsheetText(spreadsheetSafe(value))).toBe(value);
    }
  });
});
