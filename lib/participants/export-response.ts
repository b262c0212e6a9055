import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { isAppError } from "@/lib/errors/app-error";
import { exportParticipantsCsv } from "./export-participants-csv";
import { exportParticipantsXlsx } from "./export-participants-xlsx";
import type { ParticipantExportLabels } from "./export-rows";

type RefusalCode = "unauthenticated" | "forbidden" | "not_found";

export interface ParticipantsExportResponseOptions {
  actor: Actor | null;
  eventId: string;
  format: "csv" | "xlsx";
  /** The list page's filter, carried by the export link. */
  searchParams: URLSearchParams;
  labels: ParticipantExportLabels;
  /** The text of a refusal, in the reader's language. */
  errorText: (code: RefusalCode) => string;
}

const STATUS: Record<RefusalCode, number> = { unauthenticated: 401, forbidden: 403, not_found: 404 };
const CONTENT_TYPE = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The HTTP answer of GET …/participants/export.csv and export.xlsx, kept here so it is testable. */
export async function participantsExportResponse(options: ParticipantsExportResponseOptions): Promise<Response> {
  const refuse = (code: RefusalCode) =>
    new Response(options.errorText(code), { status: STATUS[code], headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const params = options.searchParams;
  const read = {
    actor: options.actor,
    eventId: options.eventId,
    labels: options.labels,
    filter: { unitId: params.get("unitId"), province: params.get("province"), status: params.get("status"), mode: params.get("mode"), q: params.get("q") },
  };
  let file: { filename: string; body: string | Uint8Array } | null;
  try {
    file = options.format === "csv" ? await exportParticipantsCsv(read) : await exportParticipantsXlsx(read);
  } catch (error) {
    if (isAppError(error) && (error.code === "unauthenticated" || error.code === "forbidden")) return refuse(error.code);
    throw error;
  }
  if (!file) return refuse("not_found");
  return new Response(file.body as BodyInit, {
    headers: {
      "Content-Type": CONTENT_TYPE[options.format],
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
