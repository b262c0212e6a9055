import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import type { DocumentFile } from "@/lib/documents/http";
import { loadLetterhead } from "@/lib/documents/load-letterhead";
import { fileSlug } from "@/lib/documents/zip";
import { renderAttendanceSummaryPdf, renderAttendanceSummaryXlsx } from "./attendance-summary-document";
import { getAttendanceSummary } from "./queries";

/** The attendance summary per unit as a file to download, for the event's organisers. */
export async function attendanceSummaryFile(actor: Actor | null, eventId: string, format: "pdf" | "xlsx"): Promise<DocumentFile | null> {
  const summary = await getAttendanceSummary(actor, eventId);
  if (!summary || !actor) return null;
  const name = `rekap-kehadiran-${fileSlug(summary.event.slug)}`;
  if (format === "xlsx") return { bytes: await renderAttendanceSummaryXlsx(summary), format, name };
  const letterhead = await loadLetterhead(summary.event.organizationId);
  const bytes = await renderAttendanceSummaryPdf(summary, letterhead, { at: new Date(), by: actor.name, timeZone: summary.event.timeZone });
  return { bytes, format, name };
}
