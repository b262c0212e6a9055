import "server-only";
import { runAction } from "@/lib/actions/define-action";
import { revalidateAgenda } from "@/lib/agenda/revalidate-agenda";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { isAppError, type AppErrorCode } from "@/lib/errors/app-error";
import { readFormBody } from "@/lib/http/read-body";
import { PHOTO_CONTENT_SECURITY_POLICY } from "@/lib/http/content-security-policy.mjs";
import { isSameOrigin } from "@/lib/http/same-origin";
import { getSpeakerPhotoForEditor } from "./queries";
import { PHOTO_MAX_BYTES } from "./schema";
import { setSpeakerPhoto } from "./set-speaker-photo";

// The HTTP side of a speaker's photo in the console, kept here so the route files stay thin.

const STATUS: Partial<Record<AppErrorCode, 401 | 403 | 404>> = { unauthenticated: 401, forbidden: 403, not_found: 404 };

/** GET: the photo bytes as stored, never cached by shared caches, and never run as a document. */
export async function speakerPhotoResponse(actor: Actor | null, eventId: string, speakerId: string, errorText: (code: string) => string): Promise<Response> {
  const refuse = (code: "unauthenticated" | "forbidden" | "not_found") =>
    new Response(errorText(code), { status: STATUS[code], headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  let photo;
  try {
    photo = await getSpeakerPhotoForEditor(actor, eventId, speakerId);
  } catch (error) {
    if (isAppError(error) && (error.code === "unauthenticated" || error.code === "forbidden")) return refuse(error.code);
    throw error;
  }
  if (!photo) return refuse("not_found");
  return new Response(new Uint8Array(photo.bytes), {
    headers: {
      "Content-Type": photo.type,
      "Content-Length": String(photo.bytes.byteLength),
      "Cache-Control": "private, no-cache",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": PHOTO_CONTENT_SECURITY_POLICY,
    },
  });
}

// Multipart framing around the file is small; reading stops as soon as the body passes this.
const MAX_REQUEST_BYTES = PHOTO_MAX_BYTES + 64 * 1024;

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * POST multipart/form-data with a "photo" file. A route rather than a server action because a
 * 2 MB photo passes an action's default body limit. Same-origin only: the session cookie alone
 * must not be enough for another site to post here. Who is asking is settled before a byte of the
 * upload is read, and the upload is read no further than the limit, chunked or not.
 */
export async function uploadSpeakerPhoto(request: Request, eventId: string, speakerId: string, tooLargeText: string): Promise<Response> {
  if (!isSameOrigin(request)) return json({ ok: false, message: "forbidden" }, 403);
  const result = await runAction(async (actor) => {
    // A stranger's upload is refused here, before a byte of it is read; setSpeakerPhoto checks again.
    authorize(actor, "agenda:manage");
    const form = await readFormBody(request, MAX_REQUEST_BYTES);
    if (!form.ok && form.status === 413) return { tooLarge: true as const };
    const file = form.ok ? form.value.get("photo") : null;
    const bytes = file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    return { tooLarge: false as const, saved: await setSpeakerPhoto({ eventId, speakerId, photo: bytes, actor }) };
  });
  // Like a server action: a refusal is an answer ({ ok: false }) for the form, not a transport error.
  if (!result.ok) return json(result);
  if (result.data.tooLarge) return json({ ok: false, message: tooLargeText, fieldErrors: { photo: tooLargeText } }, 413);
  revalidateAgenda(result.data.saved.event);
  return json({ ok: true, data: undefined });
}
