import "server-only";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

/** The event's speakers with the sessions they appear in; photos are left out (served on their own). */
export async function listSpeakersForEditor(actor: Actor | null, eventId: string) {
  const organizationId = organizationScope(actor, "agenda:manage");
  return db.speaker.findMany({
    where: { eventId, event: { organizationId } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      title: true,
      organization: true,
      bio: true,
      photoType: true,
      sessions: {
        orderBy: { session: { startsAt: "asc" } },
        select: { role: true, session: { select: { id: true, title: true, startsAt: true, endsAt: true, cancelled: true } } },
      },
    },
  });
}

export type EditorSpeaker = Awaited<ReturnType<typeof listSpeakersForEditor>>[number];

/** One speaker of the event, for the edit form; null when not this event's. */
export async function getSpeakerForEditor(actor: Actor | null, eventId: string, speakerId: string) {
  const organizationId = organizationScope(actor, "agenda:manage");
  const speakers = await db.speaker.findMany({
    where: { id: speakerId, eventId, event: { organizationId } },
    select: { id: true, name: true, title: true, organization: true, bio: true, photoType: true },
  });
  return speakers[0] ?? null;
}

/** A speaker's photo bytes for the console; null when there is none. */
export async function getSpeakerPhotoForEditor(actor: Actor | null, eventId: string, speakerId: string) {
  const organizationId = organizationScope(actor, "agenda:manage");
  const speaker = await db.speaker.findFirst({ where: { id: speakerId, eventId, event: { organizationId } }, select: { photo: true, photoType: true } });
  return speaker?.photo && speaker.photoType ? { bytes: speaker.photo, type: speaker.photoType } : null;
}
