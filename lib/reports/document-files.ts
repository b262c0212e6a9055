import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { loadLetterhead } from "@/lib/documents/load-letterhead";
import type { DocumentFile } from "@/lib/documents/http";
import { fileSlug } from "@/lib/documents/zip";
import { getPressReleaseDraft, getReportFacts } from "./queries";
import { renderPressReleaseDocx, renderPressReleasePdf } from "./render-press-release";
import { renderReportDocx, renderReportPdf } from "./render-report";

// What the download routes answer: the file for an organiser of the event's organisation, null
// (404) for anyone else's event. The queries authorize before the letterhead is read.

export async function reportFile(actor: Actor | null, eventId: string, format: "pdf" | "docx", now = new Date()): Promise<DocumentFile | null> {
  const facts = await getReportFacts(actor, eventId);
  if (!facts || !actor) return null;
  const options = { letterhead: await loadLetterhead(facts.event.organizationId), printed: { at: now, by: actor.name, timeZone: facts.event.timeZone } };
  const bytes = format === "pdf" ? await renderReportPdf(facts, options) : await renderReportDocx(facts, options);
  return { bytes, format, name: `laporan-kegiatan-${fileSlug(facts.event.slug)}` };
}

export async function pressReleaseFile(actor: Actor | null, eventId: string, format: "pdf" | "docx", now = new Date()): Promise<DocumentFile | null> {
  const draft = await getPressReleaseDraft(actor, eventId);
  if (!draft || !actor) return null;
  const text = draft.saved ?? draft.template;
  const options = { letterhead: await loadLetterhead(draft.facts.event.organizationId), printed: { at: now, by: actor.name, timeZone: draft.facts.event.timeZone } };
  const bytes = format === "pdf" ? await renderPressReleasePdf(text, options) : await renderPressReleaseDocx(text, options);
  return { bytes, format, name: `siaran-pers-${fileSlug(draft.facts.event.slug)}` };
}
