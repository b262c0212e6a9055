import "server-only";
import { revalidateAgenda } from "@/lib/agenda/revalidate-agenda";
import type { Actor } from "@/lib/auth/authorize";
import { storedImageResponse, storedImageUpload } from "@/lib/http/image-route";
import { getSpeakerPhotoForEditor } from "./queries";
import { PHOTO_MAX_BYTES } from "./schema";
import { setSpeakerPhoto } from "./set-speaker-photo";

// The HTTP side of a speaker's photo in the console, kept here so the route files stay thin.

/** GET: the photo bytes as stored (see storedImageResponse). */
export function speakerPhotoResponse(actor: Actor | null, eventId: string, speakerId: string, errorText: (code: string) => string): Promise<Response> {
  return storedImageResponse(() => getSpeakerPhotoForEditor(actor, eventId, speakerId), errorText);
}

/** POST multipart/form-data with a "photo" file (see storedImageUpload); the public agenda shows it at once. */
export async function uploadSpeakerPhoto(request: Request, eventId: string, speakerId: string, tooLargeText: string): Promise<Response> {
  const { response, saved } = await storedImageUpload(request, {
    permission: "agenda:manage",
    field: "photo",
    maxBytes: PHOTO_MAX_BYTES,
    tooLargeText,
    save: (actor, photo) => setSpeakerPhoto({ eventId, speakerId, photo, actor }),
  });
  if (saved) revalidateAgenda(saved.event);
  return response;
}
