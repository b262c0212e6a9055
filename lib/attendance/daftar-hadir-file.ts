import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import type { DocumentFile } from "@/lib/documents/http";
import { loadLetterhead } from "@/lib/documents/load-letterhead";
import { fileSlug } from "@/lib/documents/zip";
import { renderDaftarHadirPdf } from "./daftar-hadir-pdf";
import { parseDaftarHadirRequest } from "./daftar-hadir-request";
import { printableSignatures } from "./daftar-hadir-signatures";
import { renderDaftarHadirXlsx } from "./daftar-hadir-xlsx";
import { getAttendanceSheet } from "./sheet-data";

export interface DaftarHadirFileOptions {
  actor: Actor | null;
  eventId: string;
  format: "pdf" | "xlsx";
  searchParams: URLSearchParams;
  now?: Date;
}

/**
 * GET …/attendance/daftar-hadir.pdf|xlsx?day=…[&session=…][&sheet=onsite|online][&absent=list|omit|blank]:
 * the file, null for an event the reader cannot see, an AppError for a bad parameter (400) or a
 * reader who may not print it.
 */
export async function daftarHadirFile({ actor, eventId, format, searchParams, now = new Date() }: DaftarHadirFileOptions): Promise<DocumentFile | null> {
  // Who asks comes before what they ask: a stranger's bad day is a 401, not a 400.
  const reader = authorize(actor, "event:manage");
  const request = parseDaftarHadirRequest(searchParams);
  const sheet = await getAttendanceSheet(reader, eventId, request);
  if (!sheet) return null;
  // The query above has authorized the reader for this event's organisation.
  const letterhead = await loadLetterhead(sheet.event.organizationId);
  const name = ["daftar-hadir", request.sheet === "online" ? "daring" : "luring", fileSlug(sheet.event.slug), sheet.day, sheet.session ? fileSlug(sheet.session.title) : null]
    .filter(Boolean)
    .join("-");
  if (format === "xlsx") return { bytes: await renderDaftarHadirXlsx(sheet, letterhead), format, name };
  const signatures = printableSignatures(sheet.rows);
  const bytes = await renderDaftarHadirPdf({ sheet, letterhead, signatures, printed: { at: now, by: reader.name, timeZone: sheet.event.timeZone } });
  return { bytes: new Uint8Array(bytes), format, name };
}
