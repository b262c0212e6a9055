import "server-only";
import sharp from "sharp";
import type { SheetRow } from "./sheet-data";

// The door's signature pad saves a 480×200 RGBA PNG. pdfkit would split the alpha channel of
// every one pixel by pixel in JavaScript (seconds for a thousand people); flattened on white and
// grey, the PNG goes into the PDF as it is. Not resized: that would double the time of each.
const PARALLEL = 8;

/** Each row's signature ready for the page; one that cannot be read is left out (an empty spot). */
export async function printableSignatures(rows: readonly SheetRow[]): Promise<Map<SheetRow, Buffer>> {
  const signed = rows.filter((row) => row.signature && row.signature.byteLength > 0);
  const ready = new Map<SheetRow, Buffer>();
  for (let from = 0; from < signed.length; from += PARALLEL) {
    await Promise.all(
      signed.slice(from, from + PARALLEL).map(async (row) => {
        try {
          const png = await sharp(row.signature!).flatten({ background: "#ffffff" }).greyscale().png({ compressionLevel: 6 }).toBuffer();
          ready.set(row, png);
        } catch {
          // A damaged capture prints as an unsigned spot rather than failing the whole sheet.
        }
      }),
    );
  }
  return ready;
}
