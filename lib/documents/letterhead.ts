import sharp from "sharp";
import { FONT } from "./fonts";
import { documentTexts } from "./labels";
import type { Pdf } from "./pdf";

/** What a kop surat prints: the organisation as its organiser set it in Console → Organisasi. */
export interface LetterheadSource {
  name: string;
  parentLines: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  logo: Uint8Array | null;
  logoType: string | null;
}

export interface LetterheadData {
  name: string;
  /** "KEMENTERIAN …" lines above the name. */
  parentLines: string[];
  address: string | null;
  /** "Telp. … · humas@… · https://…" or null. */
  contact: string | null;
  /** PNG or JPEG (a WebP logo is converted), as PDF and DOCX accept. */
  logo: { data: Buffer; type: "png" | "jpg"; width: number; height: number } | null;
}

/** Ready to print: lines split, contact joined, the logo in a format every document format takes. */
export async function printableLetterhead(source: LetterheadSource): Promise<LetterheadData> {
  const t = documentTexts("documents.letterhead");
  const contact = [source.phone && t("phone", { phone: source.phone }), source.email, source.website].filter(Boolean).join(" · ");
  return {
    name: source.name,
    parentLines: (source.parentLines ?? "").split("\n").map((line) => line.trim()).filter(Boolean),
    address: source.address?.trim() || null,
    contact: contact || null,
    logo: source.logo && source.logo.byteLength > 0 ? await printableLogo(source.logo) : null,
  };
}

/**
 * The logo as an 8-bit PNG of at most 400 px: every PDF and DOCX reader takes it (pdfkit reads
 * neither WebP nor 16-bit or CMYK images), and a 1 MB photo does not weigh on every badge sheet.
 * An image that cannot be read prints no logo rather than no document.
 */
async function printableLogo(bytes: Uint8Array): Promise<LetterheadData["logo"]> {
  try {
    const { data, info } = await sharp(Buffer.from(bytes)).resize({ width: 400, height: 400, fit: "inside", withoutEnlargement: true }).png().toBuffer({ resolveWithObject: true });
    return { data, type: "png", width: info.width, height: info.height };
  } catch {
    return null;
  }
}

const LOGO = 62;

/**
 * Draws the kop surat at the top of the current page: the logo on the left, the ministry lines
 * and the name centred on the page, address and contact below, and the thick-and-thin double
 * rule Indonesian letters have. Leaves the cursor under the rule.
 */
export function drawLetterhead(pdf: Pdf, letterhead: LetterheadData) {
  const { doc } = pdf;
  const top = doc.page.margins.top;
  // The text is centred on the page, so it keeps clear of the logo on both sides.
  const inset = letterhead.logo ? LOGO + 8 : 0;
  const x = pdf.left + inset;
  const width = pdf.width - 2 * inset;
  if (letterhead.logo) doc.image(letterhead.logo.data, pdf.left, top, { fit: [LOGO, LOGO], align: "center", valign: "center" });
  doc.fillColor("black").y = top;
  for (const line of letterhead.parentLines) doc.font(FONT.bold).fontSize(11).text(line.toUpperCase(), x, doc.y, { width, align: "center" });
  doc.font(FONT.bold).fontSize(13.5).text(letterhead.name.toUpperCase(), x, doc.y, { width, align: "center" });
  doc.font(FONT.regular).fontSize(8.5);
  if (letterhead.address) doc.text(letterhead.address, x, doc.y + 1, { width, align: "center" });
  if (letterhead.contact) doc.text(letterhead.contact, x, doc.y, { width, align: "center" });
  const ruleY = Math.max(doc.y, letterhead.logo ? top + LOGO : 0) + 4;
  doc.lineWidth(2).strokeColor("black").moveTo(pdf.left, ruleY).lineTo(pdf.left + pdf.width, ruleY).stroke();
  doc.lineWidth(0.6).moveTo(pdf.left, ruleY + 3).lineTo(pdf.left + pdf.width, ruleY + 3).stroke();
  doc.x = pdf.left;
  doc.y = ruleY + 14;
}
