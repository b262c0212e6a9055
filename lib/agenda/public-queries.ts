import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { PUBLIC_EVENT_STATUSES } from "@/lib/events/queries";
import type { PublicAgenda, PublicAgendaEvent } from "./public/model";
import { PUBLIC_AGENDA_TAG, publicAgendaTag } from "./public/cache-tags";

// Public reads of the agenda: no actor, only events the public may see (a draft or archived event
// reads as absent, so its pages are 404). No personal data is selected.

/** The whole public agenda of an event, straight from the database; null when not public. */
export async function loadPublicAgenda(slug: string): Promise<PublicAgenda | null> {
  const event = await db.event.findFirst({
    where: { slug, status: { in: PUBLIC_EVENT_STATUSES } },
    select: {
      id: true, slug: true, title: true, theme: true, timeZone: true, startsAt: true, endsAt: true, status: true,
      venueName: true, venueRoom: true, updatedAt: true,
    },
  });
  if (!event) return null;
  const [rooms, tracks, speakers, sessions] = await Promise.all([
    db.room.findMany({ where: { eventId: event.id }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, capacity: true } }),
    db.track.findMany({ where: { eventId: event.id }, orderBy: { name: "asc" }, select: { id: true, name: true, color: true } }),
    db.speaker.findMany({
      where: { eventId: event.id },
      orderBy: { name: "asc" },
      // The photo bytes stay in the database: the photo route serves them on their own.
      select: { id: true, name: true, title: true, organization: true, bio: true, photoType: true },
    }),
    db.agendaSession.findMany({
      where: { eventId: event.id },
      orderBy: [{ startsAt: "asc" }, { endsAt: "asc" }, { title: "asc" }],
      select: {
        id: true, title: true, kind: true, description: true, startsAt: true, endsAt: true, roomId: true, trackId: true,
        capacity: true, cancelled: true, sequence: true, updatedAt: true,
        speakers: { orderBy: { sortOrder: "asc" }, select: { speakerId: true, role: true } },
      },
    }),
  ]);
  const latest = Math.max(event.updatedAt.getTime(), ...sessions.map((s) => s.updatedAt.getTime()));
  const publicEvent: PublicAgendaEvent = {
    id: event.id,
    slug: event.slug,
    title: event.title,
    theme: event.theme,
    timeZone: event.timeZone,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    status: event.status as PublicAgendaEvent["status"],
    venue: [event.venueRoom, event.venueName].filter(Boolean).join(", "),
    venueName: event.venueName,
  };
  return {
    event: publicEvent,
    rooms,
    tracks,
    speakers: speakers.map(({ photoType, ...speaker }) => ({ ...speaker, hasPhoto: photoType !== null })),
    sessions: sessions.map((s) => ({
      ...s,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    })),
    updatedAt: new Date(latest).toISOString(),
  };
}

// Next.js keeps its data cache on disk across restarts, but a restart may come with another database
// (a fresh demo, the test server): entries are keyed by this process's start so none outlives its data.
const holder = globalThis as { rakorAgendaCacheGeneration?: string };
const generation = (holder.rakorAgendaCacheGeneration ??= randomUUID());

/**
 * The public agenda from Next.js's data cache, refreshed when the editor's write operations call
 * revalidatePublicAgenda (lib/agenda/public-cache.ts), and at the latest after five minutes (a
 * status change made elsewhere, such as archiving the event, is picked up then).
 */
export function getPublicAgenda(slug: string): Promise<PublicAgenda | null> {
  return unstable_cache(() => loadPublicAgenda(slug), ["public-agenda", generation, slug], {
    tags: [PUBLIC_AGENDA_TAG, publicAgendaTag(slug)],
    revalidate: 300,
  })();
}

/** A speaker's photo, only for an event the public may see. */
export async function getPublicSpeakerPhoto(slug: string, speakerId: string) {
  const speaker = await db.speaker.findFirst({
    where: { id: speakerId, event: { slug, status: { in: PUBLIC_EVENT_STATUSES } }, photo: { not: null } },
    select: { photo: true, photoType: true },
  });
  if (!speaker?.photo || !speaker.photoType) return null;
  return { bytes: speaker.photo, type: speaker.photoType };
}
