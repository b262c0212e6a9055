import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { loadLetterhead } from "@/lib/documents/load-letterhead";
import type { PrintedBy } from "@/lib/documents/pdf";
import { fileSlug, zipFiles, type ZipEntry } from "@/lib/documents/zip";
import { renderAttendanceSummaryPdf, renderAttendanceSummaryXlsx } from "./attendance-summary-document";
import { renderManifest, type PackFile } from "./manifest";
import { getAttendanceSummary } from "./queries";

export interface BuildSpjPackOptions {
  actor: Actor | null;
  eventId: string;
  now?: Date;
}

/**
 * The SPJ pack of an event: one ZIP with every accountability document, numbered in the order
 * the finance office files them, a table of contents (PDF), manifest.json and SHA256SUMS.
 * For the event's organisers; null when the event is not theirs.
 */
export async function buildSpjPack({ actor, eventId, now = new Date() }: BuildSpjPackOptions): Promise<{ bytes: Uint8Array; name: string } | null> {
  const summary = await getAttendanceSummary(actor, eventId);
  if (!summary || !actor) return null;
  const { event } = summary;
  const letterhead = await loadLetterhead(event.organizationId);
  const printed: PrintedBy = { at: now, by: actor.name, timeZone: event.timeZone };
  const files: PackFile[] = [];
  const add = (path: string, title: string, data: Uint8Array) => files.push({ path, title, data });

  add("04-rekap-kehadiran-per-unit.pdf", "summaryPdf", await renderAttendanceSummaryPdf(summary, letterhead, printed));
  add("04-rekap-kehadiran-per-unit.xlsx", "summaryXlsx", await renderAttendanceSummaryXlsx(summary));

  const manifest = await renderManifest({ event, letterhead, printed, files });
  const entries: ZipEntry[] = [...manifest, ...files.map(({ path, data }) => ({ path, data }))];
  return { bytes: zipFiles(entries), name: `spj-${fileSlug(event.slug)}` };
}
