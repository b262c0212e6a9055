import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { demoActors } from "@/lib/test/actors";
import { setupTestDatabase } from "@/lib/test/database";
import { toZonedInputValue } from "@/lib/time";
import { seedDemo } from "@/prisma/seed/demo";
import { cancelSession } from "./cancel-session";
import { createSession } from "./create-session";
import { deleteSession } from "./delete-session";
import { agendaWrites, demoAgenda, refusalOf, sessionForm } from "./testing";
import { updateSession } from "./update-session";

const database = setupTestDatabase();
let organizer: Actor;
let coordinator: Actor;
let doorStaff: Actor;
let demo: Awaited<ReturnType<typeof demoAgenda>>;

beforeAll(async () => {
  await seedDemo(database.current.prisma, { now: new Date("2026-11-27T03:00:00Z"), log: () => {} });
  ({ organizer, coordinator, doorStaff } = await demoActors(database.current.prisma));
  demo = await demoAgenda(database.current.prisma);
});

const prisma = () => database.current.prisma;
const toLocal = (instant: Date) => toZonedInputValue(instant, demo.event.timeZone);
const saved = (result: Awaited<ReturnType<typeof createSession>>) => {
  if (result.status !== "saved") throw new Error(`expected a save, got ${JSON.stringify(result)}`);
  return result.id;
};

describe("creating a session", () => {
  it("reads the times on the event's clock (WIB), stores speakers with their roles in order, and audits it", async () => {
    const [first, second] = demo.speakers;
    const id = saved(
      await createSession({
        actor: organizer,
        eventId: demo.event.id,
        input: sessionForm({
          title: "Sesi Tanya Jawab Malam",
          startsAt: demo.local(1, "19:00"),
          endsAt: demo.local(1, "20:30"),
          roomId: demo.tamanPalem.id,
          capacity: "40",
          speakers: [
            { speakerId: second!.id, role: "MODERATOR" },
            { speakerId: first!.id, role: "SPEAKER" },
          ],
        }),
      }),
    );
    const row = await prisma().agendaSession.findUniqueOrThrow({ where: { id }, include: { speakers: { orderBy: { sortOrder: "asc" } } } });
    // 19:00 WIB is 12:00 UTC, whatever the test process's own zone.
    expect(row.startsAt.toISOString()).toBe(`${demo.local(1, "12:00").slice(0, 10)}T12:00:00.000Z`);
    expect(row.endsAt.getTime() - row.startsAt.getTime()).toBe(90 * 60_000);
    expect(row.capacity).toBe(40);
    expect(row.sequence).toBe(0);
    expect(row.speakers.map((s) => [s.speakerId, s.role, s.sortOrder])).toEqual([
      [second!.id, "MODERATOR", 0],
      [first!.id, "SPEAKER", 1],
    ]);
    expect(await prisma().auditLog.count({ where: { entityId: id, action: "agenda.session.create", actorId: organizer.userId } })).toBe(1);
  });

  it("returns a room-overlap warning and writes nothing until the organizer confirms", async () => {
    const input = sessionForm({ title: "Bentrok Ballroom", startsAt: demo.local(0, "09:30"), endsAt: demo.local(0, "10:15"), roomId: demo.ballroom.id });
    const before = await agendaWrites(prisma());
    const result = await createSession({ actor: organizer, eventId: demo.event.id, input });
    expect(result.status).toBe("warnings");
    expect(result.status === "warnings" && result.warnings.some((w) => w.kind === "room_overlap")).toBe(true);
    expect(await agendaWrites(prisma())).toEqual(before);
    expect(await prisma().agendaSession.count({ where: { title: "Bentrok Ballroom" } })).toBe(0);

    const id = saved(await createSession({ actor: organizer, eventId: demo.event.id, input, confirmWarnings: true }));
    expect(await prisma().agendaSession.findUnique({ where: { id } })).not.toBeNull();
  });

  it("warns of a speaker booked elsewhere at the same time and of a day outside the event", async () => {
    const busy = await prisma().agendaSession.findFirstOrThrow({
      where: { eventId: demo.event.id, cancelled: false, speakers: { some: {} } },
      include: { speakers: true },
      orderBy: { startsAt: "asc" },
    });
    const speakerId = busy.speakers[0]!.speakerId;
    const result = await createSession({
      actor: organizer,
      eventId: demo.event.id,
      input: sessionForm({
        startsAt: toLocal(busy.startsAt),
        endsAt: toLocal(busy.endsAt),
        speakers: [{ speakerId, role: "SPEAKER" }],
      }),
    });
    expect(result.status === "warnings" && result.warnings.map((w) => w.kind)).toEqual(["speaker_overlap"]);

    const outside = await createSession({ actor: organizer, eventId: demo.event.id, input: sessionForm({ startsAt: demo.local(-1, "15:00"), endsAt: demo.local(-1, "16:00") }) });
    expect(outside.status === "warnings" && outside.warnings.map((w) => w.kind)).toEqual(["outside_event"]);
  });

  it("refuses an end before the start, and a room of another event, at the field, writing nothing", async () => {
    const before = await agendaWrites(prisma());
    const backwards = await refusalOf(createSession({ actor: organizer, eventId: demo.event.id, input: sessionForm({ startsAt: demo.local(0, "10:00"), endsAt: demo.local(0, "09:00") }) }));
    expect(backwards.fieldErrors).toEqual({ endsAt: { key: "agenda.errors.endBeforeStart" } });
    const empty = await refusalOf(createSession({ actor: organizer, eventId: demo.event.id, input: sessionForm({ title: "  " }) }));
    expect(empty.fieldErrors.title?.key).toBe("agenda.errors.titleRequired");
    const foreign = await refusalOf(createSession({ actor: organizer, eventId: demo.event.id, input: sessionForm({ roomId: "not-a-room-of-this-event" }) }));
    expect(foreign.fieldErrors).toEqual({ roomId: { key: "agenda.errors.unknownRoom" } });
    expect(await agendaWrites(prisma())).toEqual(before);
  });
});

describe("changing a session of a published event", () => {
  async function freshSession(title: string) {
    return saved(
      await createSession({
        actor: organizer,
        eventId: demo.event.id,
        input: sessionForm({ title, startsAt: demo.local(2, "20:00"), endsAt: demo.local(2, "21:00") }),
        confirmWarnings: true,
      }),
    );
  }
  const sequenceOf = async (id: string) => (await prisma().agendaSession.findUniqueOrThrow({ where: { id } })).sequence;

  it("raises the iCalendar SEQUENCE by one per real change, not when saved unchanged", async () => {
    const id = await freshSession("Sesi Berubah");
    const moved = sessionForm({ title: "Sesi Berubah", startsAt: demo.local(2, "20:30"), endsAt: demo.local(2, "21:30") });
    await updateSession({ actor: organizer, eventId: demo.event.id, sessionId: id, input: moved });
    expect(await sequenceOf(id)).toBe(1);
    await updateSession({ actor: organizer, eventId: demo.event.id, sessionId: id, input: moved });
    expect(await sequenceOf(id)).toBe(1);
    await updateSession({ actor: organizer, eventId: demo.event.id, sessionId: id, input: { ...moved, speakers: [{ speakerId: demo.speakers[0]!.id, role: "MC" }] } });
    expect(await sequenceOf(id)).toBe(2);
    expect(await prisma().auditLog.count({ where: { entityId: id, action: "agenda.session.update" } })).toBe(2);
  });

  it("cancels a session keeping its row, raising the SEQUENCE, and restores it", async () => {
    const id = await freshSession("Sesi Dibatalkan");
    await cancelSession({ actor: organizer, eventId: demo.event.id, sessionId: id, cancelled: true });
    expect(await prisma().agendaSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ cancelled: true, sequence: 1 });
    await cancelSession({ actor: organizer, eventId: demo.event.id, sessionId: id, cancelled: true });
    expect(await sequenceOf(id)).toBe(1);
    await cancelSession({ actor: organizer, eventId: demo.event.id, sessionId: id, cancelled: false });
    expect(await prisma().agendaSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ cancelled: false, sequence: 2 });
  });

  it("a cancelled session no longer blocks its room", async () => {
    const id = await freshSession("Sesi Ruang Lepas");
    await updateSession({ actor: organizer, eventId: demo.event.id, sessionId: id, input: sessionForm({ title: "Sesi Ruang Lepas", startsAt: demo.local(2, "20:00"), endsAt: demo.local(2, "21:00"), roomId: demo.tamanPalem.id }) });
    const clash = sessionForm({ title: "Pengganti", startsAt: demo.local(2, "20:00"), endsAt: demo.local(2, "21:00"), roomId: demo.tamanPalem.id });
    expect((await createSession({ actor: organizer, eventId: demo.event.id, input: clash })).status).toBe("warnings");
    await cancelSession({ actor: organizer, eventId: demo.event.id, sessionId: id, cancelled: true });
    expect((await createSession({ actor: organizer, eventId: demo.event.id, input: clash })).status).toBe("saved");
  });

  it("deletes a session with its speakers, and audits it", async () => {
    const id = await freshSession("Sesi Dihapus");
    await deleteSession({ actor: organizer, eventId: demo.event.id, sessionId: id });
    expect(await prisma().agendaSession.findUnique({ where: { id } })).toBeNull();
    expect(await prisma().auditLog.count({ where: { entityId: id, action: "agenda.session.delete" } })).toBe(1);
  });

  it("does not raise the SEQUENCE while the event is a draft", async () => {
    await prisma().event.update({ where: { id: demo.event.id }, data: { status: "DRAFT" } });
    try {
      const id = await freshSession("Sesi Draf");
      await updateSession({ actor: organizer, eventId: demo.event.id, sessionId: id, input: sessionForm({ title: "Sesi Draf 2", startsAt: demo.local(2, "20:00"), endsAt: demo.local(2, "21:00") }) });
      await cancelSession({ actor: organizer, eventId: demo.event.id, sessionId: id, cancelled: true });
      expect(await sequenceOf(id)).toBe(0);
    } finally {
      await prisma().event.update({ where: { id: demo.event.id }, data: { status: "PUBLISHED" } });
    }
  });

  it("refuses any change to an archived event's agenda", async () => {
    const id = await freshSession("Sesi Arsip");
    await prisma().event.update({ where: { id: demo.event.id }, data: { status: "ARCHIVED" } });
    try {
      const refusal = await refusalOf(cancelSession({ actor: organizer, eventId: demo.event.id, sessionId: id, cancelled: true }));
      expect(refusal.code).toBe("read_only");
      expect(await prisma().agendaSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ cancelled: false, sequence: 0 });
    } finally {
      await prisma().event.update({ where: { id: demo.event.id }, data: { status: "PUBLISHED" } });
    }
  });
});

describe("who may change the agenda", () => {
  it("refuses anonymous visitors, unit coordinators and door staff, writing nothing", async () => {
    const session = await prisma().agendaSession.findFirstOrThrow({ where: { eventId: demo.event.id } });
    const input = sessionForm({ startsAt: demo.local(0, "06:00"), endsAt: demo.local(0, "07:00") });
    const before = await agendaWrites(prisma());
    for (const [actor, code] of [[null, "unauthenticated"], [coordinator, "forbidden"], [doorStaff, "forbidden"]] as const) {
      const eventId = demo.event.id;
      const sessionId = session.id;
      for (const attempt of [
        createSession({ actor, eventId, input, confirmWarnings: true }),
        updateSession({ actor, eventId, sessionId, input, confirmWarnings: true }),
        cancelSession({ actor, eventId, sessionId, cancelled: true }),
        deleteSession({ actor, eventId, sessionId }),
      ]) {
        expect((await refusalOf(attempt)).code).toBe(code);
      }
    }
    expect(await agendaWrites(prisma())).toEqual(before);
  });
});
