import { drawFields, drawSignOff } from "@/lib/documents/fields";
import { FONT } from "@/lib/documents/fonts";
import { drawLetterhead, type LetterheadData } from "@/lib/documents/letterhead";
import { createPdf, type Pdf } from "@/lib/documents/pdf";
import type { LetterContent } from "./letter-content";

// The surat undangan as Indonesian official letters are laid out: the kop surat, Nomor / Sifat /
// Lampiran / Hal on the left with the place and date on the right, "Yth." and the addressees,
// justified paragraphs with the event's details as label : value lines, the sign-off on the right
// and the tembusan at the foot. One page carries no page number; a longer letter numbers each.

const SIZE = 10.5;
const MARGIN = { top: 36, bottom: 50, left: 64, right: 56 };

export async function renderLetterPdf(content: LetterContent, letterhead: LetterheadData): Promise<Buffer> {
  const pdf = createPdf({ title: content.title, subject: content.heading[3]?.[1], margin: MARGIN });
  drawLetter(pdf, content, letterhead);
  return pdf.finish({ pageNumbers: pdf.doc.bufferedPageRange().count > 1 });
}

function drawLetter(pdf: Pdf, content: LetterContent, letterhead: LetterheadData) {
  const { doc } = pdf;
  drawLetterhead(pdf, letterhead);
  const top = doc.y;
  const dateWidth = pdf.width * 0.3;
  doc.font(FONT.regular).fontSize(SIZE).text(content.placeAndDate, pdf.left + pdf.width - dateWidth, top, { width: dateWidth, align: "right" });
  doc.y = top;
  drawFields(pdf, content.heading, { labelWidth: 52, fontSize: SIZE, width: pdf.width - dateWidth - 12 });
  doc.moveDown(1);

  const indent = 28;
  const dearY = doc.y;
  doc.text(content.dear, pdf.left, dearY);
  doc.y = dearY;
  const numbered = content.addressees.length > 1;
  content.addressees.forEach((addressee, i) => {
    doc.text(numbered ? `${i + 1}. ${addressee}` : addressee, pdf.left + indent, doc.y, { width: pdf.width * 0.75 });
  });
  doc.text(content.inPlace, pdf.left, doc.y);
  doc.moveDown(1);

  const paragraph = (text: string) => {
    doc.font(FONT.regular).fontSize(SIZE);
    pdf.ensureSpace(doc.heightOfString(text, { width: pdf.width }));
    doc.text(text, pdf.left, doc.y, { width: pdf.width, align: "justify" });
    doc.moveDown(0.5);
  };
  paragraph(content.opening);
  drawFields(pdf, content.details, { labelWidth: 90, fontSize: SIZE, x: pdf.left + indent, width: pdf.width - indent });
  doc.moveDown(0.5);
  content.body.forEach(paragraph);
  if (content.contacts.length > 0) {
    paragraph(content.contactsLead);
    doc.moveUp(0.5);
    for (const contact of content.contacts) doc.text(`– ${contact}`, pdf.left + indent, doc.y, { width: pdf.width - indent });
    doc.moveDown(0.5);
  }
  paragraph(content.closing);
  doc.moveDown(0.5);
  drawSignOff(pdf, { roleLines: content.signOff.roleLines, name: content.signOff.name, nip: content.signOff.nip }, { fontSize: SIZE });

  if (content.copies.length > 0) {
    doc.moveDown(1.5);
    doc.font(FONT.regular).fontSize(9);
    const height = doc.heightOfString(content.copiesLead) * (content.copies.length + 1);
    pdf.ensureSpace(height);
    doc.text(content.copiesLead, pdf.left, doc.y, { underline: true });
    content.copies.forEach((copy, i) => doc.text(`${i + 1}. ${copy}`, pdf.left, doc.y, { width: pdf.width * 0.7 }));
  }
}
