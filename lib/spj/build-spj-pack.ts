import "server-only";
import { daftarHadirFile } from "@/lib/attendance/daftar-hadir-file";
import { dayLabel } from "@/lib/attendance/day-label";
import type { Actor } from "@/lib/auth/authorize";
import { documentTexts } from "@/lib/documents/labels";
import { loadLetterhead } from "@/lib/documents/load-letterhead";
import type { PrintedBy } from "@/lib/documents/pdf";
import { fileSlug, zipFiles, type ZipEntry } from "@/lib/documents/zip";
import { letterFile } from "@/lib/letters/letter-files";
import { lampiranFile } from "@/lib/quotas/lampiran-response";
import { getReportFacts } from "@/lib/reports/queries";
import { renderReportDocx, renderReportPdf } from "@/lib/reports/render-report";
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
  const add = (path: string, title: string, data: Uint8Array, titleValues?: Record<string, string>) => files.push({ path, title, data, titleValues });
  const sheetName = (sheet: "onsite" | "online") => documentTexts("spj.pack")(`sheets.${sheet}`);

  // What went out first: the letter (PDF as signed, DOCX to edit) and its Lampiran.
  for (const [format, title] of [["pdf", "letter"], ["docx", "letterDocx"]] as const) {
    const letter = await letterFile(actor, eventId, format);
    if (letter) add(`01-surat-undangan.${format}`, title, letter.bytes);
  }
  const lampiran = await lampiranFile(actor, eventId, "pdf");
  if (lampiran) add("02-lampiran-surat-undangan.pdf", "lampiran", lampiran.bytes);
  // The daftar hadir of every day; the online sheet only where someone followed online that day.
  for (const [index, day] of summary.days.entries()) {
    const online = summary.units.some((unit) => unit.onlineByDay[index]! > 0);
    for (const sheet of online ? (["onsite", "online"] as const) : (["onsite"] as const)) {
      for (const format of ["pdf", "xlsx"] as const) {
        const file = await daftarHadirFile({ actor, eventId, format, now, searchParams: new URLSearchParams({ day, sheet }) });
        if (file) add(`03-daftar-hadir/${file.name}.${format}`, format === "pdf" ? "daftarHadirPdf" : "daftarHadirXlsx", file.bytes, { day: dayLabel(day), sheet: sheetName(sheet) });
      }
    }
  }
  add("04-rekap-kehadiran-per-unit.pdf", "summaryPdf", await renderAttendanceSummaryPdf(summary, letterhead, printed));
  add("04-rekap-kehadiran-per-unit.xlsx", "summaryXlsx", await renderAttendanceSummaryXlsx(summary));
  const facts = await getReportFacts(actor, eventId);
  if (facts) {
    add("05-laporan-kegiatan.pdf", "report", await renderReportPdf(facts, { letterhead, printed }));
    add("05-laporan-kegiatan.docx", "reportDocx", await renderReportDocx(facts, { letterhead, printed }));
  }

  const manifest = await renderManifest({ event, letterhead, printed, files });
  const entries: ZipEntry[] = [...manifest, ...files.map(({ path, data }) => ({ path, data }))];
  return { bytes: zipFiles(entries), name: `spj-${fileSlug(event.slug)}` };
}
