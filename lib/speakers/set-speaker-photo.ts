import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { reachOf } from "@/lib/events/reach";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { lockAgendaEvent } from "@/lib/agenda/agenda-event";
import { sniffPhotoType } from "./photo-type";
import { PHOTO_MAX_BYTES } from "./schema";

export interface SetSpeakerPhotoOptions {
  actor: Actor | null;
  eventId: string;
  speakerId: string;
  /** The uploaded file's bytes; null removes the photo. */
  photo: Uint8Array | null;
}

/**
 * Stores a speaker's photo in the database, so every app instance serves the same file. Only real
 * JPEG, PNG or WebP images up to 2 MB are kept, judged by their bytes, not by the declared type.
 */
export async function setSpeakerPhoto({ actor, eventId, speakerId, photo }: SetSpeakerPhotoOptions): Promise<{ event: { id: string; slug: string } }> {
  const organizer = authorize(actor, "agenda:manage");
  let photoType: string | null = null;
  if (photo) {
    if (photo.byteLength === 0) throw invalidField("photo", "speakers.errors.photoEmpty");
    if (photo.byteLength > PHOTO_MAX_BYTES) throw invalidField("photo", "speakers.errors.photoTooLarge", { max: "2 MB" });
    photoType = sniffPhotoType(photo);
    if (!photoType) throw invalidField("photo", "speakers.errors.photoType");
  }
  return inTransaction(async (tx) => {
    const event = await lockAgendaEvent(tx, eventId, reachOf(organizer, "agenda:manage"));
    const speaker = await tx.speaker.findFirst({ where: { id: speakerId, eventId }, select: { id: true, photoType: true } });
    if (!speaker) throw new AppError("not_found");
    await tx.speaker.update({ where: { id: speakerId }, data: { photo: photo ? new Uint8Array(photo) : null, photoType } });
    await recordAudit(tx, {
      actor: organizer,
      action: photo ? "speaker.photo.set" : "speaker.photo.remove",
      entityType: "Speaker",
      entityId: speakerId,
      eventId,
      before: { photoType: speaker.photoType },
      after: { photoType, bytes: photo?.byteLength ?? 0 },
    });
    return { event: { id: event.id, slug: event.slug } };
  });
}
