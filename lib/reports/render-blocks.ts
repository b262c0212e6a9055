import "server-only";
import { createDocx, docxFields, docxLetterhead, docxSignOff, docxTable, packDocx, paragraph } from "@/lib/documents/docx";
import { drawFields, drawSignOff } from "@/lib/documents/fields";
import { FONT } from "@/lib/documents/fonts";
import { drawLetterhead, type LetterheadData } from "@/lib/documents/letterhead";
import { createPdf, type PrintedBy } from "@/lib/documents/pdf";
import { drawTable } from "@/lib/documents/table";
import type { Block } from "./blocks";

export interface RenderOptions {
  title: string;
  letterhead: LetterheadData;
  printed?: PrintedBy;
}

/** The blocks under the organisation's letterhead, numbered "Hal. 1 dari N", with who printed it. */
export async function renderBlocksPdf(blocks: readonly Block[], options: RenderOptions): Promise<Buffer> {
  const pdf = createPdf({ title: options.title, author: options.letterhead.name });
  const { doc } = pdf;
  drawLetterhead(pdf, options.letterhead);
  for (const block of blocks) {
    doc.x = pdf.left;
    switch (block.kind) {
      case "title":
        block.lines.forEach((line, i) => doc.font(FONT.bold).fontSize(i === 0 ? 13 : 11).text(line, pdf.left, doc.y, { width: pdf.width, align: "center" }));
        doc.moveDown(0.8);
        break;
      case "heading":
        pdf.ensureSpace(60);
        doc.moveDown(0.5).font(FONT.bold).fontSize(11).text(block.text, pdf.left, doc.y, { width: pdf.width });
        doc.moveDown(0.3);
        break;
      case "subheading":
        pdf.ensureSpace(50);
        doc.moveDown(0.3).font(FONT.bold).fontSize(10).text(block.text, pdf.left, doc.y, { width: pdf.width });
        doc.moveDown(0.2);
        break;
      case "paragraph":
        doc.font(block.italic ? FONT.italic : FONT.regular).fontSize(10).text(block.text, pdf.left, doc.y, { width: pdf.width, align: block.align ?? "justify" });
        doc.moveDown(0.4);
        break;
      case "fields":
        drawFields(pdf, block.entries, { labelWidth: 120 });
        doc.moveDown(0.4);
        break;
      case "table":
        drawTable(pdf, {
          columns: block.columns,
          rows: block.totals ? [...block.rows, { cells: block.totals, bold: true }] : block.rows,
          empty: block.empty,
          fontSize: 8.5,
        });
        doc.moveDown(0.6);
        break;
      case "signOff":
        doc.moveDown(1);
        drawSignOff(pdf, block.signOff);
        break;
    }
  }
  return pdf.finish({ printed: options.printed });
}

/** The same blocks as a Word document, with the same letterhead and Noto Sans embedded. */
export async function renderBlocksDocx(blocks: readonly Block[], options: RenderOptions): Promise<Buffer> {
  const children = [...docxLetterhead(options.letterhead)];
  for (const block of blocks) {
    switch (block.kind) {
      case "title":
        block.lines.forEach((line, i) => children.push(paragraph(line, { bold: true, size: i === 0 ? 13 : 11, align: "center", after: i === block.lines.length - 1 ? 10 : 0 })));
        break;
      case "heading":
        children.push(paragraph(block.text, { bold: true, size: 11, before: 8, after: 4 }));
        break;
      case "subheading":
        children.push(paragraph(block.text, { bold: true, before: 4, after: 2 }));
        break;
      case "paragraph":
        children.push(paragraph(block.text, { italics: block.italic, after: 6, align: block.align }));
        break;
      case "fields":
        children.push(docxFields(block.entries, { labelShare: 26 }), paragraph("", { after: 4 }));
        break;
      case "table":
        children.push(docxTable(block.columns, block.totals ? [...block.rows, block.totals.map((cell) => (typeof cell === "string" ? { text: cell, bold: true } : { ...cell, bold: true }))] : block.rows, { empty: block.empty }), paragraph("", { after: 6 }));
        break;
      case "signOff":
        children.push(paragraph("", { after: 10 }), docxSignOff(block.signOff));
        break;
    }
  }
  return packDocx(createDocx({ title: options.title, children }));
}
