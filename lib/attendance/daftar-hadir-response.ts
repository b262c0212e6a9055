import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { isAppError, type AppErrorCode } from "@/lib/errors/app-error";
import { renderDaftarHadirPdf, type Translate } from "./daftar-hadir-pdf";
import { renderDaftarHadirXlsx } from "./daftar-hadir-xlsx";
import { getAttendanceSheet } from "./sheet-data";

export interface DaftarHadirResponseOptions {
  actor: Actor | null;
  eventId: string;
  format: "pdf" | "xlsx";
  searchParams: URLSearchParams;
  /** The sheet's texts, always Indonesian. */
  labels: Translate;
  /** A refusal in the reader's language. */
  errorText: (code: AppErrorCode) => string;
}

const STATUS: Partial<Record<AppErrorCode, number>> = { unauthenticated: 401, forbidden: 403, not_found: 404, invalid_input: 400 };
const TYPES = { pdf: "application/pdf", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };

/** GET …/attendance/daftar-hadir.pdf|xlsx?day=yyyy-MM-dd[&session=id], kept here so it is testable. */
export async function daftarHadirResponse(options: DaftarHadirResponseOptions): Promise<Response> {
  const day = options.searchParams.get("day") ?? "";
  const session = options.searchParams.get("session") || null;
  let sheet;
  try {
    sheet = await getAttendanceSheet(options.actor, options.eventId, day, session);
  } catch (error) {
    if (!isAppError(error) || !STATUS[error.code]) throw error;
    return new Response(options.errorText(error.code), { status: STATUS[error.code], headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  if (!sheet) return new Response(options.errorText("not_found"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = options.format === "pdf" ? new Uint8Array(await renderDaftarHadirPdf(sheet, options.labels)) : await renderDaftarHadirXlsx(sheet, options.labels);
  const name = `daftar-hadir-${sheet.event.slug.replace(/[^a-z0-9-]/gi, "-")}-${day}.${options.format}`;
  return new Response(new Blob([body as Uint8Array<ArrayBuffer>]), {
    headers: {
      "Content-Type": TYPES[options.format],
      "Content-Disposition": `${options.format === "pdf" ? "inline" : "attachment"}; filename="${name}"`,
      "Content-Length": String(body.length),
      "Cache-Control": "private, no-store",
    },
  });
}
