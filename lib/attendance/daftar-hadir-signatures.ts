import "server-only";
import sharp from "sharp";
import type { SheetRow } from "./sheet-data";

// The door's signature pad saves a 480×200 RGBA PNG. pdfkit would split the alpha channel of
// every one pixel by pixel in JavaScript (seconds for a thousand people); flattened on white and
// grey, the PNG goes into the PDF as it is. Not resized: that would double the time of each.

/**
 * Starts making each row's signature ready for the page, all at once: sharp works on its own
 * threads while the PDF's text is laid out, and the renderer draws the signatures last. A capture
 * that cannot be read becomes null (an unsigned spot) rather than failing the whole sheet.
 */
export function printableSignatures(rows: readonly SheetRow[]): Map<SheetRow, Promise<Buffer | null>> {
  const ready = new Map<SheetRow, Promise<Buffer | null>>();
  for (const row of rows) {
    if (!row.signature || row.signature.byteLength === 0) continue;
    ready.set(row, sharp(row.signature).flatten({ background: "#ffffff" }).greyscale().png({ compressionLevel: 6 }).toBuffer().catch(() => null));
  }
  return ready;
}
