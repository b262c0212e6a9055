import "server-only";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

// The organizer's reads of an event's programme (the public side has its own, cached reads).

const sessionSelect = {
  id: true,
  title: true,
  kind: true,
  description: true,
  startsAt: true,
  endsAt: true,
  roomId: true,
  trackId: true,
  capacity: true,
  cancelled: true,
  sequence: true,
  updatedAt: true,
  speakers: {
    orderBy: { sortOrder: "asc" },
    select: { role: true, speaker: { select: { id: true, name: true } } },
  },
} as const;

/** Everything the agenda editor shows: the event's span and zone, rooms, tracks, speakers and sessions. */
export async function getAgendaForEditor(actor: Actor | null, eventId: string) {
  const organizationId = organizationScope(actor, "agenda:manage");
  const event = await db.event.findFirst({
    where: { id: eventId, organizationId },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      timeZone: true,
      startsAt: true,
      endsAt: true,
      rooms: { orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, capacity: true, sortOrder: true, _count: { select: { sessions: true } } } },
      tracks: { orderBy: { name: "asc" }, select: { id: true, name: true, color: true, _count: { select: { sessions: true } } } },
      speakers: { orderBy: { name: "asc" }, select: { id: true, name: true, title: true } },
      sessions: { orderBy: [{ startsAt: "asc" }, { endsAt: "asc" }], select: sessionSelect },
    },
  });
  return event;
}

export type AgendaForEditor = NonNullable<Awaited<ReturnType<typeof getAgendaForEditor>>>;
export type EditorSession = AgendaForEditor["sessions"][number];

/** One session of the event, for its edit form; null when it is not this event's. */
export async function getSessionForEditor(actor: Actor | null, eventId: string, sessionId: string) {
  const organizationId = organizationScope(actor, "agenda:manage");
  return db.agendaSession.findFirst({ where: { id: sessionId, eventId, event: { organizationId } }, select: sessionSelect });
}
