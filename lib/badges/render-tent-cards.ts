import { FONT } from "@/lib/documents/fonts";
import { documentTexts } from "@/lib/documents/labels";
import { createPdf } from "@/lib/documents/pdf";
import type { BadgeHeader } from "./draw-badge";
import { drawFitted, fitText } from "./fit-text";
import { MM } from "./layout";
import type { TentCard } from "./types";

// Tent cards for the head table: one A4 landscape sheet per person, folded along the middle. The
// lower half reads upright; the upper half is the same face turned 180°, so standing on the table
// the card reads the same from the hall and from the chair.

export interface TentCardsInput {
  header: BadgeHeader;
  cards: readonly TentCard[];
}

export async function renderTentCards(input: TentCardsInput): Promise<Buffer> {
  const t = documentTexts("badges.pdf");
  const pdf = createPdf({ title: t("tentTitle", { event: input.header.event.title }), layout: "landscape", margin: { top: 0, bottom: 0, left: 0, right: 0 } });
  const { doc } = pdf;
  const width = doc.page.width;
  const height = doc.page.height;
  if (input.cards.length === 0) {
    doc.font(FONT.bold).fontSize(14).text(t("tentEmpty"), 56, 72, { width: width - 112 });
    doc.font(FONT.regular).fontSize(10).moveDown(0.5).text(input.header.event.title, { width: width - 112 });
    return pdf.finish({ pageNumbers: false });
  }
  input.cards.forEach((card, i) => {
    if (i > 0) doc.addPage();
    const half = { x: 0, y: height / 2, width, height: height / 2 };
    drawFace(doc, half, card, input.header);
    doc.save();
    doc.rotate(180, { origin: [width / 2, height / 2] });
    drawFace(doc, half, card, input.header);
    doc.restore();
    // The fold, and a word for whoever folds it.
    doc.save().lineWidth(0.4).strokeColor("#94a3b8").dash(4, { space: 3 }).moveTo(12 * MM, height / 2).lineTo(width - 12 * MM, height / 2).stroke().undash().restore();
    doc.font(FONT.regular).fontSize(6.5).fillColor("#94a3b8").text(t("fold"), 12 * MM, height / 2 + 2, { lineBreak: false });
  });
  return pdf.finish({ pageNumbers: false });
}

/** One face in the lower half: the name large, title and organisation under it, the event at the table's edge. */
function drawFace(doc: PDFKit.PDFDocument, half: { x: number; y: number; width: number; height: number }, card: TentCard, header: BadgeHeader) {
  const pad = 18 * MM;
  const width = half.width - 2 * pad;
  const nameOptions = { font: FONT.bold, width, maxSize: 46, minSize: 20, maxLines: 2 };
  const lineOptions = { font: FONT.regular, width, maxSize: 18, minSize: 11, maxLines: 2 };
  const name = fitText(doc, card.name, nameOptions);
  const lines = card.lines.map((line) => ({ line, fitted: fitText(doc, line, lineOptions) }));
  const block = name.height + lines.reduce((sum, l) => sum + l.fitted.height + 4, 10);
  // Centred a little towards the fold: the lower part of a face is the one the table hides.
  let y = half.y + Math.max(10 * MM, (half.height - 20 * MM - block) / 2);
  drawFitted(doc, card.name, pad, y, name, { ...nameOptions, align: "center" });
  y += name.height + 10;
  doc.save().lineWidth(1.2).strokeColor("#1e3a8a").moveTo(half.width / 2 - 30 * MM, y - 5).lineTo(half.width / 2 + 30 * MM, y - 5).stroke().restore();
  for (const { line, fitted } of lines) {
    drawFitted(doc, line, pad, y, fitted, { ...lineOptions, align: "center", color: "#1e293b" });
    y += fitted.height + 4;
  }
  const footY = half.y + half.height - 14 * MM;
  const logo = header.logo ? 9 * MM : 0;
  doc.font(FONT.regular).fontSize(9);
  const titleWidth = Math.min(doc.widthOfString(header.event.shortTitle), width - logo - 4);
  const startX = (half.width - titleWidth - (logo ? logo + 6 : 0)) / 2;
  if (header.logo) doc.image(header.logo.data, startX, footY - logo / 2 + 4, { fit: [logo, logo], align: "center", valign: "center" });
  doc.fillColor("#475569").text(header.event.shortTitle, startX + (logo ? logo + 6 : 0), footY, { width: titleWidth + 1, lineBreak: false, ellipsis: true });
  doc.fillColor("black");
}
