import "server-only";
import { isAppError, type AppErrorCode } from "@/lib/errors/app-error";

// Codes not named here are refusals of the request's content: 409 Conflict.
const STATUS: Partial<Record<AppErrorCode, number>> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  rate_limited: 429,
  read_only: 409,
};

/** A refusal at the HTTP level, before any domain operation runs (a body too large, not JSON). */
export class HttpRefusal extends Error {
  override name = "HttpRefusal";
  constructor(
    readonly status: 413 | 415,
    readonly code: "too_large" | "unsupported_media_type",
  ) {
    super(code);
  }
}

/**
 * The scanner's JSON endpoints answer with data or `{ error: code }` and a status, never an
 * exception's text. The device needs the code only (to tell "signed out" from "offline").
 */
export async function jsonAnswer(work: () => Promise<unknown>): Promise<Response> {
  const headers = { "Cache-Control": "no-store" };
  try {
    return Response.json(await work(), { headers });
  } catch (error) {
    if (error instanceof HttpRefusal) return Response.json({ error: error.code }, { status: error.status, headers });
    if (isAppError(error)) return Response.json({ error: error.code }, { status: STATUS[error.code] ?? 409, headers });
    console.error("check-in endpoint failed", error);
    return Response.json({ error: "unexpected" }, { status: 500, headers });
  }
}
