import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors/app-error";
import { setupTestDatabase } from "@/lib/test/database";
import { seedDemo } from "@/prisma/seed/demo";
import { changeEventStatus } from "./change-event-status";
import { createEvent } from "./create-event";
import { duplicateEvent } from "./duplicate-event";
import type { EventFormInput } from "./schema";
import { updateEvent } from "./update-event";
import { demoActors } from "@/lib/test/actors";

const database = setupTestDatabase();
let organizer: Actor;
let coordinator: Actor;
let doorStaff: Actor;
let demoEventId: string;

beforeAll(async () => {
  await seedDemo(database.current.prisma, { now: new Date("2026-11-27T03:00:00Z"), log: () => {} });
  const actors = await demoActors(database.current.prisma);
  organizer = actors.organizer;
  coordinator = actors.coordinator;
  doorStaff = actors.doorStaff;
  demoEventId = (await database.current.prisma.event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } })).id;
});

const form = (overrides: Partial<EventFormInput> = {}): EventFormInput => ({
  title: "Rakor Teknis Bapas 2027",
  slug: "rakor-teknis-bapas-2027",
  theme: "Pembimbingan yang Berdampak",
  slogan: "",
  description: "",
  venueName: "Hotel Santika Makassar",
  venueRoom: "Ruang Losari",
  venueAddress: "",
  venueCity: "Makassar",
  venueMapUrl: "",
  timeZone: "Asia/Makassar",
  startsAt: "2027-03-02T08:00",
  endsAt: "2027-03-04T16:00",
  registrationOpensAt: "2027-01-10T08:00",
  registrationClosesAt: "2027-02-20T23:59",
  capacity: "120",
  mode: "IN_PERSON",
  ...overrides,
});

async function fieldErrorsOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, fields: error.fieldErrors };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("creating an event", () => {
  it("saves a draft with its times read on the event's clock (WITA for Makassar), and audits it", async () => {
    const { id } = await createEvent({ actor: organizer, input: form() });
    const event = await database.current.prisma.event.findUniqueOrThrow({ where: { id } });
    expect(event.status).toBe("DRAFT");
    expect(event.startsAt.toISOString()).toBe("2027-03-02T00:00:00.000Z"); // 08:00 WITA = 00:00 UTC
    expect(event.capacity).toBe(120);
    expect(event.slogan).toBeNull();
    const audit = await database.current.prisma.auditLog.findFirst({ where: { entityId: id, action: "event.create" } });
    expect(audit?.actorId).toBe(organizer.userId);
  });

  it("refuses an end before the start, a deadline after the end and a taken address, each at its field, saving nothing", async () => {
    const before = await database.current.prisma.event.count();
    expect(await fieldErrorsOf(createEvent({ actor: organizer, input: form({ slug: "lain-1", endsAt: "2027-03-01T16:00" }) }))).toEqual({
      code: "invalid_input",
      fields: { endsAt: { key: "events.errors.endBeforeStart" } },
    });
    expect(
      (await fieldErrorsOf(createEvent({ actor: organizer, input: form({ slug: "lain-2", registrationClosesAt: "2027-03-05T08:00" }) }))).fields,
    ).toEqual({ registrationClosesAt: { key: "events.errors.closesAfterEnd" } });
    expect((await fieldErrorsOf(createEvent({ actor: organizer, input: form() }))).fields).toEqual({ slug: { key: "events.errors.slugTaken" } });
    expect((await fieldErrorsOf(createEvent({ actor: organizer, input: form({ slug: "Bukan Alamat!" }) }))).fields.slug?.key).toBe(
      "events.errors.slugFormat",
    );
    expect(await database.current.prisma.event.count()).toBe(before);
  });
});

describe("editing an event", () => {
  it("refuses a capacity below the people already registered, with both numbers", async () => {
    const event = await database.current.prisma.event.findUniqueOrThrow({ where: { id: demoEventId } });
    const registered = await database.current.prisma.registration.count({ where: { eventId: demoEventId, status: "CONFIRMED" } });
    const result = await fieldErrorsOf(
      updateEvent({
        actor: organizer,
        eventId: demoEventId,
        input: form({ slug: event.slug, title: event.title, timeZone: "Asia/Jakarta", capacity: String(registered - 1) }),
      }),
    );
    expect(result.fields).toEqual({
      capacity: { key: "events.errors.capacityBelowRegistered", values: { capacity: registered - 1, registered } },
    });
    const unchanged = await database.current.prisma.event.findUniqueOrThrow({ where: { id: demoEventId } });
    expect(unchanged.capacity).toBe(150);
    expect(unchanged.title).toBe(event.title);
  });
});

describe("event status", () => {
  it("moves draft → published → closed → finished → archived, and an archived event is read-only", async () => {
    const { id } = await createEvent({ actor: organizer, input: form({ slug: "siklus-status" }) });
    for (const status of ["PUBLISHED", "CLOSED", "FINISHED", "ARCHIVED"]) {
      await changeEventStatus({ actor: organizer, eventId: id, status });
    }
    // Archiving is final: neither a way back nor an edit.
    expect((await fieldErrorsOf(changeEventStatus({ actor: organizer, eventId: id, status: "PUBLISHED" }))).code).toBe("read_only");
    expect((await fieldErrorsOf(updateEvent({ actor: organizer, eventId: id, input: form({ slug: "siklus-status" }) }))).code).toBe("read_only");
    const audits = await database.current.prisma.auditLog.count({ where: { entityId: id, action: "event.status" } });
    expect(audits).toBe(4);
  });

  it("will not unpublish an event that people have registered for", async () => {
    const result = await fieldErrorsOf(changeEventStatus({ actor: organizer, eventId: demoEventId, status: "DRAFT" }));
    expect(result.fields._form?.key).toBe("events.errors.unpublishWithRegistrations");
    expect((await database.current.prisma.event.findUniqueOrThrow({ where: { id: demoEventId } })).status).toBe("PUBLISHED");
  });
});

describe("duplicating an event", () => {
  it("copies venue, agenda skeleton and invited units, moved to the new start, without participants", async () => {
    const source = await database.current.prisma.event.findUniqueOrThrow({
      where: { id: demoEventId },
      include: { _count: { select: { sessions: true, quotas: true, rooms: true } } },
    });
    const { id } = await duplicateEvent({
      actor: organizer,
      eventId: demoEventId,
      input: { title: "Rakor Humas Pemasyarakatan 2027", slug: "rakor-humas-2027", startsAt: "2027-09-20T08:00" },
    });
    const copy = await database.current.prisma.event.findUniqueOrThrow({
      where: { id },
      include: { _count: { select: { sessions: true, quotas: true, rooms: true, registrations: true, speakers: true } } },
    });
    expect(copy.status).toBe("DRAFT");
    expect(copy.venueName).toBe(source.venueName);
    expect(copy.startsAt.toISOString()).toBe("2027-09-20T01:00:00.000Z");
    expect(copy.endsAt.getTime() - copy.startsAt.getTime()).toBe(source.endsAt.getTime() - source.startsAt.getTime());
    expect(copy._count).toMatchObject({
      sessions: source._count.sessions,
      quotas: source._count.quotas,
      rooms: source._count.rooms,
      registrations: 0,
      speakers: 0,
    });
  });
});

describe("authorization", () => {
  it("refuses every event operation to anonymous visitors, coordinators and door staff, writing nothing", async () => {
    const counts = async () => [await database.current.prisma.event.count(), await database.current.prisma.auditLog.count()];
    const before = await counts();
    for (const actor of [null, coordinator, doorStaff]) {
      const expected = actor ? "forbidden" : "unauthenticated";
      const attempts = [
        createEvent({ actor, input: form({ slug: "tidak-boleh" }) }),
        updateEvent({ actor, eventId: demoEventId, input: form({ slug: "tidak-boleh" }) }),
        changeEventStatus({ actor, eventId: demoEventId, status: "CLOSED" }),
        duplicateEvent({ actor, eventId: demoEventId, input: { title: "x", slug: "tidak-boleh", startsAt: "2027-01-01T08:00" } }),
      ];
      for (const attempt of attempts) await expect(attempt).rejects.toMatchObject({ code: expected });
    }
    expect(await counts()).toEqual(before);
  });
});
