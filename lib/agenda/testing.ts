import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { toZonedInputValue } from "@/lib/time";
import type { SessionFormInput } from "./schema";

// Helpers shared by the agenda, speaker and announcement integration tests.

export async function demoAgenda(prisma: Db) {
  const event = await prisma.event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } });
  const rooms = await prisma.room.findMany({ where: { eventId: event.id }, orderBy: { sortOrder: "asc" } });
  const speakers = await prisma.speaker.findMany({ where: { eventId: event.id }, orderBy: { name: "asc" } });
  const ballroom = rooms.find((r) => r.name === "Ballroom")!;
  const tamanPalem = rooms.find((r) => r.name === "Ruang Rapat Taman Palem")!;
  /** "yyyy-MM-ddTHH:mm" on day `day` (0 = first) of the event, on the event's clock. */
  const local = (day: number, time: string) =>
    `${toZonedInputValue(new Date(event.startsAt.getTime() + day * 86_400_000), event.timeZone).slice(0, 10)}T${time}`;
  return { event, ballroom, tamanPalem, speakers, local };
}

export const sessionForm = (overrides: Partial<SessionFormInput> = {}): SessionFormInput => ({
  title: "Sesi Uji",
  kind: "PANEL",
  description: "",
  startsAt: "2030-01-01T08:00",
  endsAt: "2030-01-01T09:00",
  roomId: "",
  trackId: "",
  capacity: "",
  speakers: [],
  ...overrides,
});

/** The AppError a promise rejects with; fails the test if it resolves. */
export async function refusalOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

/** Row counts that must not move when an operation is refused. */
export async function agendaWrites(prisma: Db) {
  const [sessions, rooms, tracks, speakers, links, audit, announcements, outbox] = await Promise.all([
    prisma.agendaSession.count(),
    prisma.room.count(),
    prisma.track.count(),
    prisma.speaker.count(),
    prisma.sessionSpeaker.count(),
    prisma.auditLog.count(),
    prisma.announcement.count(),
    prisma.outboxEmail.count(),
  ]);
  const sequences = await prisma.agendaSession.aggregate({ _sum: { sequence: true } });
  return { sessions, rooms, tracks, speakers, links, audit, announcements, outbox, sequences: sequences._sum.sequence };
}
