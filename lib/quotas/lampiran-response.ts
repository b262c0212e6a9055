import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { isAppError, type AppErrorCode } from "@/lib/errors/app-error";
import { renderLampiranPdf, type LampiranLabels } from "./lampiran-pdf";
import { getLampiranData } from "./queries";

export interface LampiranPdfResponseOptions {
  actor: Actor | null;
  eventId: string;
  labels: LampiranLabels;
  /** The text of a refusal, in the reader's language. */
  errorText: (code: "unauthenticated" | "forbidden" | "not_found") => string;
}

const STATUS: Partial<Record<AppErrorCode, 401 | 403 | 404>> = { unauthenticated: 401, forbidden: 403, not_found: 404 };

/** The HTTP answer of GET /console/events/[eventId]/lampiran.pdf, kept here so it is testable. */
export async function lampiranPdfResponse({ actor, eventId, labels, errorText }: LampiranPdfResponseOptions): Promise<Response> {
  const refuse = (code: "unauthenticated" | "forbidden" | "not_found") =>
    new Response(errorText(code), { status: STATUS[code], headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  let data;
  try {
    data = await getLampiranData(actor, eventId);
  } catch (error) {
    if (isAppError(error) && (error.code === "unauthenticated" || error.code === "forbidden")) return refuse(error.code);
    throw error;
  }
  if (!data) return refuse("not_found");
  const pdf = await renderLampiranPdf(data, labels);
  const slug = data.event.slug.replace(/[^a-z0-9-]/gi, "-");
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="lampiran-${slug}.pdf"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
    },
  });
}
