import "server-only";
import { runAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { authorize, type Actor } from "@/lib/auth/authorize";
import type { Permission } from "@/lib/auth/permissions";
import { isAppError, type AppErrorCode } from "@/lib/errors/app-error";
import { PHOTO_CONTENT_SECURITY_POLICY } from "./content-security-policy.mjs";
import { readFormBody } from "./read-body";
import { isSameOrigin } from "./same-origin";

// The HTTP side of an image kept in the database (a speaker's photo, an organisation's logo), so
// the route files stay thin.

const STATUS: Partial<Record<AppErrorCode, 401 | 403 | 404>> = { unauthenticated: 401, forbidden: 403, not_found: 404 };
type Refusal = "unauthenticated" | "forbidden" | "not_found";

/** GET: the bytes as stored, never cached by shared caches, and never run as a document. */
export async function storedImageResponse(
  read: () => Promise<{ bytes: Uint8Array; type: string } | null>,
  errorText: (code: Refusal) => string,
): Promise<Response> {
  const refuse = (code: Refusal) =>
    new Response(errorText(code), { status: STATUS[code], headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  let image;
  try {
    image = await read();
  } catch (error) {
    if (isAppError(error) && (error.code === "unauthenticated" || error.code === "forbidden" || error.code === "not_found")) return refuse(error.code);
    throw error;
  }
  if (!image) return refuse("not_found");
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      "Content-Type": image.type,
      "Content-Length": String(image.bytes.byteLength),
      "Cache-Control": "private, no-cache",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": PHOTO_CONTENT_SECURITY_POLICY,
    },
  });
}

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export interface ImageUploadOptions<T> {
  /** Checked before a byte of the upload is read; the save checks again. */
  permission: Permission;
  /** The multipart field that carries the file. */
  field: string;
  maxBytes: number;
  tooLargeText: string;
  save: (actor: Actor, bytes: Uint8Array) => Promise<T>;
}

/**
 * POST multipart/form-data with one image file. A route rather than a server action because an
 * image can pass an action's default body limit. Same-origin only: the session cookie alone must
 * not be enough for another site to post here. The upload is read no further than the limit
 * (plus the multipart framing), chunked or not. Answers like a server action.
 */
export async function storedImageUpload<T>(request: Request, options: ImageUploadOptions<T>): Promise<{ response: Response; saved?: T }> {
  if (!isSameOrigin(request)) return { response: json({ ok: false, message: "forbidden" }, 403) };
  const result = await runAction(async (actor) => {
    const allowed = authorize(actor, options.permission);
    const form = await readFormBody(request, options.maxBytes + 64 * 1024);
    if (!form.ok && form.status === 413) return { tooLarge: true as const };
    const file = form.ok ? form.value.get(options.field) : null;
    const bytes = file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    return { tooLarge: false as const, saved: await options.save(allowed, bytes) };
  });
  if (!result.ok) return { response: json(result satisfies ActionResult<never>) };
  if (result.data.tooLarge) {
    const text = options.tooLargeText;
    return { response: json({ ok: false, code: "invalid_input", message: text, fieldErrors: { [options.field]: text } }, 413) };
  }
  return { response: json({ ok: true, data: undefined }), saved: result.data.saved };
}
