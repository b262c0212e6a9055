import "server-only";
import { FONT } from "@/lib/documents/fonts";
import { drawFields } from "@/lib/documents/fields";
import { documentTexts } from "@/lib/documents/labels";
import { drawLetterhead, type LetterheadData } from "@/lib/documents/letterhead";
import { createPdf } from "@/lib/documents/pdf";
import { drawTable } from "@/lib/documents/table";
import { lampiranContent, type LampiranInput } from "./lampiran-content";

// The Lampiran (attachment) of a surat undangan: which units are invited and how many people each
// may send, under the organisation's letterhead. Always in Bahasa Indonesia, as the letter it is
// attached to. Pure: data in, PDF out.

export async function renderLampiranPdf(input: LampiranInput, letterhead: LetterheadData): Promise<Buffer> {
  const content = lampiranContent(input);
  const t = documentTexts("quotas.lampiran");
  const pdf = createPdf({ title: content.title, subject: content.subtitle, margin: { top: 36, bottom: 54, left: 56, right: 56 } });
  const { doc } = pdf;
  drawLetterhead(pdf, letterhead);
  // The heading block sits top right, as a Lampiran's reference to its letter does.
  const blockWidth = pdf.width * 0.5;
  const x = pdf.left + pdf.width - blockWidth;
  doc.font(FONT.bold).fontSize(10).text(content.heading, x, doc.y, { width: blockWidth });
  drawFields(pdf, content.reference, { x, width: blockWidth, labelWidth: 78, fontSize: 10 });
  doc.moveDown(1.2);
  doc.font(FONT.bold).fontSize(11.5).text(content.subtitle.toUpperCase(), pdf.left, doc.y, { width: pdf.width, align: "center" });
  doc.text(content.eventTitle, pdf.left, doc.y, { width: pdf.width, align: "center" });
  doc.moveDown(0.8);
  drawFields(pdf, content.details, { labelWidth: 60, fontSize: 10 });
  doc.moveDown(0.8);
  drawTable(pdf, {
    columns: [
      { header: t("columnNo"), weight: 1.3, align: "right" },
      { header: t("columnUnit"), weight: 9 },
      { header: t("columnProvince"), weight: 5.5 },
      { header: t("columnSeats"), weight: 2.6, align: "right" },
    ],
    rows: [
      ...content.rows.map((row) => row.map(String)),
      { bold: true, cells: [{ text: content.total[0], span: 3, align: "right" as const }, content.total[1]] },
    ],
    empty: undefined,
    fontSize: 9.5,
    padding: 4,
  });
  if (content.rows.length === 0) {
    // The total row says 0; the reader is told why.
    doc.moveDown(0.5).font(FONT.italic).fontSize(9.5).text(t("empty"), pdf.left, doc.y, { width: pdf.width, align: "center" });
  }
  return pdf.finish();
}
