import "server-only";
import { createDocx, docxFields, docxLetterhead, docxTable, packDocx, paragraph } from "@/lib/documents/docx";
import { documentTexts } from "@/lib/documents/labels";
import type { LetterheadData } from "@/lib/documents/letterhead";
import { lampiranContent, type LampiranInput } from "./lampiran-content";

/** The Lampiran as a Word document, with the same content as the PDF. */
export async function renderLampiranDocx(input: LampiranInput, letterhead: LetterheadData): Promise<Buffer> {
  const content = lampiranContent(input);
  const t = documentTexts("quotas.lampiran");
  const rows = content.rows.map((row) => row.map(String));
  const table = docxTable(
    [
      { header: t("columnNo"), weight: 1.3, align: "right" },
      { header: t("columnUnit"), weight: 9 },
      { header: t("columnProvince"), weight: 5.5 },
      { header: t("columnSeats"), weight: 2.6, align: "right" },
    ],
    [...rows, [{ text: content.total[0], span: 3, bold: true, align: "right" }, { text: content.total[1], bold: true, align: "right" }]],
    { fontSize: 9.5 },
  );
  const children = [
    ...docxLetterhead(letterhead),
    paragraph(content.heading, { bold: true, indent: 4800 }),
    ...content.reference.map(([label, value]) => paragraph(`${label} : ${value}`, { indent: 4800 })),
    paragraph(content.subtitle.toUpperCase(), { bold: true, align: "center", before: 12 }),
    paragraph(content.eventTitle, { bold: true, align: "center", after: 8 }),
    docxFields(content.details, { labelShare: 14 }),
    paragraph("", { after: 6 }),
    table,
  ];
  if (content.rows.length === 0) children.push(paragraph(t("empty"), { italics: true, align: "center", before: 6 }));
  return packDocx(createDocx({ title: content.title, subject: content.subtitle, children }));
}
