import { FONT } from "@/lib/documents/fonts";
import { documentTexts } from "@/lib/documents/labels";
import { createPdf } from "@/lib/documents/pdf";
import { drawBadge, drawCutMarks, type BadgeHeader } from "./draw-badge";
import { BADGE_FORMATS, pageCells, perPage } from "./layout";
import type { BadgeSize } from "./schema";
import type { BadgePerson } from "./types";

export interface BadgeSheetInput {
  header: BadgeHeader;
  badges: readonly BadgePerson[];
  size: BadgeSize;
  /** What the filter was, printed on the page that says no one matched it. */
  filterLine: string;
}

/** A4 sheets of badges with cut marks, `size` per page; one page saying so when the filter gives no one. */
export async function renderBadgeSheet(input: BadgeSheetInput): Promise<Buffer> {
  const t = documentTexts("badges.pdf");
  const format = BADGE_FORMATS[input.size];
  // No margins: the grid places itself, and pdfkit must never start a page on its own.
  const pdf = createPdf({ title: t("sheetTitle", { event: input.header.event.title }), margin: { top: 0, bottom: 0, left: 0, right: 0 } });
  const { doc } = pdf;
  if (input.badges.length === 0) {
    doc.font(FONT.bold).fontSize(14).text(t("emptyTitle"), 56, 72, { width: doc.page.width - 112 });
    doc.font(FONT.regular).fontSize(10).moveDown(0.5).text(input.header.event.title, { width: doc.page.width - 112 });
    doc.text(input.filterLine, { width: doc.page.width - 112 });
    return pdf.finish({ pageNumbers: false });
  }
  const cells = pageCells(format);
  input.badges.forEach((badge, i) => {
    if (i > 0 && i % perPage(format) === 0) doc.addPage();
    const cell = cells[i % perPage(format)]!;
    drawCutMarks(doc, cell);
    drawBadge(doc, cell, badge, input.header, t);
  });
  return pdf.finish({ pageNumbers: false });
}
