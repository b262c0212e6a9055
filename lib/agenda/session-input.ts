import "server-only";
import { invalidField } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInZone } from "@/lib/time";
import type { AgendaEvent } from "./agenda-event";
import { detectConflicts, type Conflict } from "./detect-conflicts";
import type { SessionFormValues } from "./schema";

export interface SessionData {
  title: string;
  kind: SessionFormValues["kind"];
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  roomId: string | null;
  trackId: string | null;
  capacity: number | null;
  speakers: SessionFormValues["speakers"];
}

/**
 * The stored form of a validated session form: times read on the event's clock, and the room,
 * track and speakers checked to belong to this event (ids from the browser are not trusted).
 */
export async function toSessionData(tx: Prisma.TransactionClient, event: AgendaEvent, values: SessionFormValues): Promise<SessionData> {
  const startsAt = parseInZone(values.startsAt, event.timeZone);
  const endsAt = parseInZone(values.endsAt, event.timeZone);
  if (!startsAt) throw invalidField("startsAt", "validation.dateTime");
  if (!endsAt) throw invalidField("endsAt", "validation.dateTime");
  if (endsAt <= startsAt) throw invalidField("endsAt", "agenda.errors.endBeforeStart");
  if (values.roomId && !(await tx.room.findFirst({ where: { id: values.roomId, eventId: event.id }, select: { id: true } }))) {
    throw invalidField("roomId", "agenda.errors.unknownRoom");
  }
  if (values.trackId && !(await tx.track.findFirst({ where: { id: values.trackId, eventId: event.id }, select: { id: true } }))) {
    throw invalidField("trackId", "agenda.errors.unknownTrack");
  }
  const speakerIds = values.speakers.map((s) => s.speakerId);
  if (speakerIds.length) {
    const found = await tx.speaker.count({ where: { id: { in: speakerIds }, eventId: event.id } });
    if (found !== speakerIds.length) throw invalidField("speakers", "agenda.errors.unknownSpeaker");
  }
  const { title, kind, description, roomId, trackId, capacity, speakers } = values;
  return { title, kind, description, startsAt, endsAt, roomId, trackId, capacity, speakers };
}

/** The conflicts of a session with the live sessions of its event that overlap it in time. */
export async function findConflicts(
  tx: Prisma.TransactionClient,
  event: AgendaEvent,
  session: SessionData & { id?: string; cancelled?: boolean },
): Promise<Conflict[]> {
  const overlapping = await tx.agendaSession.findMany({
    where: { eventId: event.id, cancelled: false, startsAt: { lt: session.endsAt }, endsAt: { gt: session.startsAt } },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      roomId: true,
      cancelled: true,
      room: { select: { name: true } },
      speakers: { select: { speaker: { select: { id: true, name: true } } } },
    },
    orderBy: { startsAt: "asc" },
  });
  return detectConflicts(
    { ...session, speakerIds: session.speakers.map((s) => s.speakerId) },
    overlapping.map((s) => ({ ...s, roomName: s.room?.name ?? null, speakers: s.speakers.map((x) => x.speaker) })),
    event,
  );
}

export const speakerRows = (speakers: SessionData["speakers"]) =>
  speakers.map((speaker, index) => ({ speakerId: speaker.speakerId, role: speaker.role, sortOrder: index }));

export type SaveSessionResult =
  | { status: "saved"; id: string; event: { id: string; slug: string } }
  | { status: "warnings"; warnings: Conflict[]; timeZone: string };
