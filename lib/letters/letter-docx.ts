import { createDocx, docxFields, docxLetterhead, docxSignOff, packDocx, paragraph, run } from "@/lib/documents/docx";
import type { LetterheadData } from "@/lib/documents/letterhead";
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType, type FileChild } from "docx";
import type { LetterContent } from "./letter-content";

// The same letter as a Word document, for offices that number and sign it in their own system.

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const NO_BORDERS = { ...CELL_BORDERS, insideHorizontal: NONE, insideVertical: NONE };

export async function renderLetterDocx(content: LetterContent, letterhead: LetterheadData): Promise<Buffer> {
  const children: FileChild[] = [
    ...docxLetterhead(letterhead),
    headingBlock(content),
    paragraph("", { after: 2 }),
    ...addressBlock(content),
    justified(content.opening),
    docxFields(content.details, { labelShare: 20 }),
    paragraph("", { after: 0 }),
    ...content.body.map(justified),
  ];
  if (content.contacts.length > 0) {
    children.push(justified(content.contactsLead, 0));
    content.contacts.forEach((contact, i) => children.push(paragraph(`– ${contact}`, { indent: 560, after: i === content.contacts.length - 1 ? 6 : 0 })));
  }
  children.push(justified(content.closing, 4), docxSignOff({ roleLines: content.signOff.roleLines, name: content.signOff.name, nip: content.signOff.nip }));
  if (content.copies.length > 0) {
    children.push(paragraph(content.copiesLead, { size: 9, underline: true, before: 10 }));
    content.copies.forEach((copy, i) => children.push(paragraph(`${i + 1}. ${copy}`, { size: 9 })));
  }
  return packDocx(createDocx({ title: content.title, subject: content.heading[3]?.[1], children, pageNumbers: false }));
}

/** A body paragraph, justified as the PDF's. */
function justified(text: string, after = 6): Paragraph {
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: after * 20 }, children: [run(text)] });
}

/** Nomor / Sifat / Lampiran / Hal on the left, place and date on the right, as on the PDF. */
function headingBlock(content: LetterContent): Table {
  const cell = (size: number, text: string, align: "left" | "right" = "left") =>
    new TableCell({ width: { size, type: WidthType.PERCENTAGE }, borders: CELL_BORDERS, children: [paragraph(text, { align })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: content.heading.map(([label, value], i) =>
      new TableRow({ children: [cell(13, label), cell(3, ":"), cell(52, value), cell(32, i === 0 ? content.placeAndDate : "", "right")] }),
    ),
  });
}

function addressBlock(content: LetterContent): Paragraph[] {
  const numbered = content.addressees.length > 1;
  return [
    paragraph(content.dear),
    ...content.addressees.map((addressee, i) => paragraph(numbered ? `${i + 1}. ${addressee}` : addressee, { indent: 560 })),
    paragraph(content.inPlace, { after: 8 }),
  ];
}
