import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors/app-error";
import { readJsonBody } from "@/lib/http/read-body";
import { isSameOrigin } from "@/lib/http/same-origin";
import { HttpRefusal } from "./http";
import type { ScanInput } from "./schema";

/**
 * A full batch (MAX_SYNC_BATCH scans, each field at its longest, non-Latin text included) is about
 * 650 KB of JSON; anything past 1 MB is not from the scanner page.
 */
export const MAX_SYNC_BODY_BYTES = 1024 * 1024;

/**
 * The scans a door device posts, read only once the post is known to come from a page of this
 * site and from someone who may scan at this event: a stranger's upload is refused before a byte
 * of it is read, and nobody's is read past the limit. The session cookie alone is not enough,
 * as for every cookie-authenticated route.
 */
export async function readScanBatch(request: Request, actor: Actor | null, eventId: string): Promise<ScanInput[]> {
  const site = request.headers.get("sec-fetch-site");
  if (!isSameOrigin(request) || (site !== null && site !== "same-origin")) throw new AppError("forbidden");
  authorize(actor, "checkin:scan", { eventId });
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") throw new HttpRefusal(415, "unsupported_media_type");
  const read = await readJsonBody(request, MAX_SYNC_BODY_BYTES);
  if (!read.ok) throw read.status === 413 ? new HttpRefusal(413, "too_large") : new AppError("invalid_input");
  const body = read.value as { scans?: unknown } | null;
  if (!body || typeof body !== "object" || !Array.isArray(body.scans)) throw new AppError("invalid_input");
  // Each scan is parsed by syncCheckIns' schema; here only the envelope is checked.
  return body.scans as ScanInput[];
}
