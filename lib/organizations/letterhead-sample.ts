import "server-only";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import type { DocumentFile } from "@/lib/documents/http";
import { FONT } from "@/lib/documents/fonts";
import { documentTexts } from "@/lib/documents/labels";
import { drawLetterhead, printableLetterhead } from "@/lib/documents/letterhead";
import { createPdf } from "@/lib/documents/pdf";
import { fileSlug } from "@/lib/documents/zip";
import { getLetterhead } from "./queries";

/**
 * One page with the organisation's kop surat as every document prints it, for its organiser to
 * check the logo and lines on paper before the first letter goes out.
 */
export async function letterheadSample(actor: Actor | null, now = new Date()): Promise<DocumentFile | null> {
  const organizationId = organizationScope(actor, "organization:manage");
  if (!actor) return null;
  const source = await getLetterhead(organizationId);
  const t = documentTexts("organization.sample");
  const pdf = createPdf({ title: t("title", { name: source.name }) });
  drawLetterhead(pdf, await printableLetterhead(source));
  pdf.doc.font(FONT.bold).fontSize(12).text(t("heading"), pdf.left, pdf.doc.y + 6, { width: pdf.width, align: "center" });
  pdf.doc.moveDown(0.8).font(FONT.regular).fontSize(10.5).text(t("body"), pdf.left, pdf.doc.y, { width: pdf.width, align: "justify" });
  const bytes = await pdf.finish({ printed: { at: now, by: actor.name, timeZone: source.timeZone }, pageNumbers: false });
  return { bytes, format: "pdf", name: `kop-surat-${fileSlug(source.shortName ?? source.name)}` };
}
