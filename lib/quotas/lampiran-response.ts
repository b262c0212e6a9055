import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import type { DocumentFile } from "@/lib/documents/http";
import { loadLetterhead } from "@/lib/documents/load-letterhead";
import { renderLampiranDocx } from "./lampiran-docx";
import { renderLampiranPdf } from "./lampiran-pdf";
import { getLampiranData } from "./queries";

/**
 * The Lampiran of the invitation letter as PDF or DOCX, for GET …/lampiran.pdf and the Dokumen page;
 * null when the event is not the organiser's. Kept apart from the route so it is testable.
 */
export async function lampiranFile(actor: Actor | null, eventId: string, format: "pdf" | "docx"): Promise<DocumentFile | null> {
  const data = await getLampiranData(actor, eventId);
  if (!data) return null;
  const { organizationId, letter, slug, ...event } = data.event;
  const input = { event, letter, rows: data.rows };
  const letterhead = await loadLetterhead(organizationId);
  const bytes = format === "pdf" ? await renderLampiranPdf(input, letterhead) : await renderLampiranDocx(input, letterhead);
  return { bytes, format, name: `lampiran-${slug}` };
}
