// A cell starting with = + - @ (or a tab or CR before one) is run as a formula when a CSV is opened
// in a spreadsheet, and becomes one when a text cell of a workbook is edited: a name typed as
// "=HYPERLINK(…)" must stay text. A leading apostrophe is what spreadsheets themselves use to mark
// text. Every CSV and XLSX export passes its text cells through spreadsheetSafe; imports read them
// back with spreadsheetText, so an exported file imports back unchanged. Browser-safe.

const FORMULA_START = /^[=+\-@\t\r]/;
// A WhatsApp number (+62…) is a number a spreadsheet keeps as it is, not a formula.
const PLAIN_NUMBER = /^\+?\d+$/;

export function spreadsheetSafe(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The text before spreadsheetSafe: drops the apostrophe only where the export would have added it. */
export function spreadsheetText(cell: string): string {
  const rest = cell.slice(1);
  return cell.startsWith("'") && spreadsheetSafe(rest) === cell ? rest : cell;
}
