import "server-only";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/authorize";
import { isAppError, type AppErrorCode } from "@/lib/errors/app-error";

// One way every document route answers: the file with its type and name, or a refusal in the
// reader's language with the right status. The document itself is always Indonesian.

export const DOCUMENT_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  zip: "application/zip",
} as const;

export type DocumentFormat = keyof typeof DOCUMENT_TYPES;

export interface DocumentFile {
  bytes: Uint8Array;
  format: DocumentFormat;
  /** File name without extension; made safe here. */
  name: string;
}

const STATUS: Partial<Record<AppErrorCode, number>> = { unauthenticated: 401, forbidden: 403, not_found: 404, invalid_input: 400, conflict: 409 };

export function fileResponse(file: DocumentFile): Response {
  const name = `${file.name.replace(/[^A-Za-z0-9._-]+/g, "-")}.${file.format}`;
  return new Response(new Blob([file.bytes as Uint8Array<ArrayBuffer>]), {
    headers: {
      "Content-Type": DOCUMENT_TYPES[file.format],
      // PDFs open in the browser's viewer (a phone shows them and offers to share); the rest download.
      "Content-Disposition": `${file.format === "pdf" ? "inline" : "attachment"}; filename="${name}"`,
      "Content-Length": String(file.bytes.byteLength),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export function refusalResponse(text: string, status: number): Response {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * Runs `make` for the signed-in actor and answers with its file; null from `make` is 404, and an
 * AppError (unauthenticated, forbidden, invalid input…) its status with the translated text.
 */
export async function documentResponse(make: (actor: Actor | null) => Promise<DocumentFile | null>): Promise<Response> {
  const [errors, actor] = await Promise.all([getTranslations("errors"), getActor()]);
  try {
    const file = await make(actor);
    return file ? fileResponse(file) : refusalResponse(errors("not_found"), 404);
  } catch (error) {
    if (isAppError(error) && STATUS[error.code]) {
      // A refused query parameter says which and why ("the day is not one of the event's days").
      const field = Object.values(error.fieldErrors)[0];
      const t = await getTranslations();
      const detail = field && t.has(field.key as never) ? t(field.key as never, field.values as never) : null;
      return refusalResponse(detail ?? errors(error.code as never), STATUS[error.code]!);
    }
    throw error;
  }
}
