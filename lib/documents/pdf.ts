import PDFDocument from "pdfkit";
import { formatInZone } from "@/lib/time";
import { FONT, pdfFont } from "./fonts";
import { documentTexts } from "./labels";

// One way to start and finish every PDF Rakor prints: A4, the embedded Noto Sans (subset by
// pdfkit to the glyphs used), Indonesian metadata, and on every page "Hal. 2 dari 5" and who
// printed it when. The drawing helpers (letterhead, tables, fields, sign-off) take a Pdf.

export interface PdfOptions {
  title: string;
  subject?: string;
  author?: string;
  layout?: "portrait" | "landscape";
  /** Points; one number for all four sides. */
  margin?: number | { top: number; bottom: number; left: number; right: number };
}

export interface PrintedBy {
  at: Date;
  /** The signed-in person's name. */
  by: string;
  /** The event's (or organisation's) zone, in which the time is printed. */
  timeZone: string;
}

export interface FinishOptions {
  /** "Dicetak … oleh …" in the footer of every page. */
  printed?: PrintedBy;
  /** "Hal. 1 dari 3"; on by default, off for a one-page letter. */
  pageNumbers?: boolean;
}

export interface Pdf {
  doc: PDFKit.PDFDocument;
  /** Left edge and width of the text area. */
  left: number;
  width: number;
  /** The lowest y content may reach on the current page. */
  bottom(): number;
  /** Starts a new page when `height` does not fit below the cursor; true when it did. */
  ensureSpace(height: number): boolean;
  finish(options?: FinishOptions): Promise<Buffer>;
}

const FOOTER_SPACE = 14;

export function createPdf(options: PdfOptions): Pdf {
  const margin = options.margin ?? 40;
  const margins = typeof margin === "number" ? { top: margin, bottom: margin + FOOTER_SPACE, left: margin, right: margin } : margin;
  const doc = new PDFDocument({
    size: "A4",
    layout: options.layout ?? "portrait",
    margins,
    bufferPages: true,
    lang: "id-ID",
    displayTitle: true,
    // pdfkit writes every key it is given; an undefined one breaks the file id.
    info: Object.fromEntries(Object.entries({ Title: options.title, Subject: options.subject, Author: options.author, Creator: "Rakor" }).filter(([, value]) => value !== undefined)),
  });
  doc.registerFont(FONT.regular, pdfFont("regular") as unknown as PDFKit.Mixins.PDFFontSource);
  doc.registerFont(FONT.bold, pdfFont("bold") as unknown as PDFKit.Mixins.PDFFontSource);
  doc.registerFont(FONT.italic, pdfFont("italic") as unknown as PDFKit.Mixins.PDFFontSource);
  doc.font(FONT.regular);
  normaliseText(doc);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const left = margins.left;
  const width = doc.page.width - margins.left - margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  return {
    doc,
    left,
    width,
    bottom,
    ensureSpace(height) {
      if (doc.y + height <= bottom()) return false;
      doc.addPage();
      return true;
    },
    finish(finishOptions = {}) {
      stampPages(doc, left, width, finishOptions);
      doc.end();
      return ended;
    },
  };
}

// Text is drawn and measured precomposed (NFC): a name typed with combining marks ("i" and a dot
// below) would otherwise map the plain glyph to the pair, as fonts.ts explains.
function normaliseText(doc: PDFKit.PDFDocument) {
  const nfc = (value: unknown) => (typeof value === "string" ? value.normalize("NFC") : value);
  const text = doc.text.bind(doc) as (...args: unknown[]) => PDFKit.PDFDocument;
  const heightOfString = doc.heightOfString.bind(doc) as (...args: unknown[]) => number;
  const widthOfString = doc.widthOfString.bind(doc) as (...args: unknown[]) => number;
  Object.assign(doc, {
    text: (value: unknown, ...args: unknown[]) => text(nfc(value), ...args),
    heightOfString: (value: unknown, options?: object) => heightOfString(nfc(value), options),
    widthOfString: (value: unknown, options?: object) => widthOfString(nfc(value), options),
  });
}

// Written last, once the number of pages is known, below the bottom margin: the margin is lifted
// meanwhile or pdfkit would start yet another page.
function stampPages(doc: PDFKit.PDFDocument, left: number, width: number, options: FinishOptions) {
  const t = documentTexts("documents.footer");
  const range = doc.bufferedPageRange();
  const printed = options.printed
    ? t("printed", { date: formatInZone(options.printed.at, options.printed.timeZone, "id", "dateShort"), time: formatInZone(options.printed.at, options.printed.timeZone, "id", "time"), name: options.printed.by })
    : null;
  const numbered = options.pageNumbers ?? true;
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - margin + FOOTER_SPACE / 2;
    doc.font(FONT.regular).fontSize(7.5).fillColor("#475569");
    if (printed) doc.text(printed, left, y, { width: width * 0.75, lineBreak: false, ellipsis: true });
    if (numbered) doc.text(t("pageOf", { page: i - range.start + 1, pageCount: range.count }), left, y, { width, align: "right", lineBreak: false });
    doc.page.margins.bottom = margin;
  }
  doc.fillColor("black");
}
