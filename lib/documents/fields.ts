import { FONT } from "./fonts";
import { documentTexts } from "./labels";
import type { Pdf } from "./pdf";

/** "Hari, tanggal : Senin, 22 Desember 2026" lines, each value wrapping in its own column. */
export function drawFields(pdf: Pdf, entries: readonly (readonly [label: string, value: string])[], options: { labelWidth?: number; fontSize?: number; x?: number; width?: number } = {}) {
  const { doc } = pdf;
  const x = options.x ?? pdf.left;
  const width = options.width ?? pdf.width;
  const labelWidth = options.labelWidth ?? 90;
  doc.font(FONT.regular).fontSize(options.fontSize ?? 10).fillColor("black");
  for (const [label, value] of entries) {
    const y = doc.y;
    doc.text(label, x, y, { width: labelWidth });
    const labelBottom = doc.y;
    doc.text(":", x + labelWidth, y, { lineBreak: false });
    doc.text(value, x + labelWidth + 10, y, { width: width - labelWidth - 10 });
    doc.y = Math.max(doc.y, labelBottom);
    doc.x = x;
  }
}

export interface SignOff {
  /** "Jakarta, 25 Desember 2026"; printed first. */
  placeAndDate?: string | null;
  /** "Mengetahui," / "Ketua Panitia" / "Pejabat Pembuat Komitmen": one line each. */
  roleLines: readonly string[];
  name: string;
  nip?: string | null;
  /** A PNG or JPEG of the signature (and stamp), drawn in the space for the signature. */
  image?: Buffer | null;
}

/**
 * The block an official signs: role above, room for the signature, the name in bold and
 * underlined, "NIP. …" below. Kept on one page; by default in the right half, as letters put it.
 */
export function drawSignOff(pdf: Pdf, signOff: SignOff, options: { x?: number; width?: number; fontSize?: number } = {}) {
  const { doc } = pdf;
  const size = options.fontSize ?? 10;
  const width = options.width ?? pdf.width / 2;
  const x = options.x ?? pdf.left + pdf.width - width;
  const lines = [signOff.placeAndDate, ...signOff.roleLines].filter((line): line is string => Boolean(line));
  const space = 56;
  doc.font(FONT.regular).fontSize(size);
  const height = lines.reduce((sum, line) => sum + doc.heightOfString(line, { width }), 0) + space + size * 2.6;
  pdf.ensureSpace(height);
  doc.fillColor("black");
  for (const line of lines) doc.text(line, x, doc.y, { width, align: "center" });
  const top = doc.y;
  if (signOff.image) doc.image(signOff.image, x + width / 2 - 70, top + 2, { fit: [140, space - 4], align: "center", valign: "center" });
  doc.y = top + space;
  doc.font(FONT.bold).text(signOff.name, x, doc.y, { width, align: "center", underline: true });
  if (signOff.nip) doc.font(FONT.regular).text(documentTexts("documents.signOff")("nip", { nip: signOff.nip }), x, doc.y, { width, align: "center" });
  doc.x = pdf.left;
}
