import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { setupTestDatabase } from "@/lib/test/database";
import { demoActors } from "@/lib/test/actors";
import { seedDemo } from "@/prisma/seed/demo";
import { checkInAttendee } from "./check-in-attendee";
import { refusal } from "@/lib/test/refusal";
import { syncCheckIns } from "./sync-check-ins";
import { demoEvent, participant, scanId } from "./testing";
import { undoCheckIn } from "./undo-check-in";

// Two doors scanning one person in the same instant, on a real PostgreSQL server where the
// requests truly race (PGlite runs one statement at a time and cannot show it).

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let doorStaff: Actor;
let organizer: Actor;
let event: Awaited<ReturnType<typeof demoEvent>>;
const ROUNDS = 30;

beforeAll(async () => {
  await seedDemo(prisma(), { log: () => {} });
  ({ doorStaff, organizer } = await demoActors(prisma()));
  event = await demoEvent(prisma());
});

describe("check-in under concurrency (PostgreSQL)", () => {
  it(`two concurrent scans of one ticket yield one check-in and one "already", ${ROUNDS} times`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const person = await participant(prisma(), event.id);
      const scan = (actor: Actor, device: string) =>
        checkInAttendee({ actor, eventId: event.id, day: event.days[0]!, clientScanId: scanId(), ticket: person.ticketToken, device });
      const results = await Promise.all([scan(doorStaff, "Pintu 1"), scan(organizer, "Pintu 2")]);
      expect(results.map((r) => r.kind).sort()).toEqual(["already", "checked_in"]);
      expect(await prisma().checkIn.count({ where: { registrationId: person.id } })).toBe(1);
      expect(await prisma().checkInScan.count({ where: { registrationId: person.id } })).toBe(1);
    }
  }, 120_000);

  it("the same offline batch sent by a device twice at once is applied once", async () => {
    const people = await Promise.all(Array.from({ length: 10 }, () => participant(prisma(), event.id)));
    // Synced on the second day of the event, a few minutes after the scans were made offline.
    const now = new Date(event.startsAt.getTime() + 86_400_000);
    const scans = people.map((p, i) => ({ clientScanId: scanId(), ticket: p.ticketToken, day: event.days[1]!, scannedAt: new Date(now.getTime() - (i + 1) * 60_000), device: "Pintu 3" }));
    const sync = () => syncCheckIns({ actor: doorStaff, eventId: event.id, scans, now });
    const [a, b] = await Promise.all([sync(), sync()]);
    expect([...a!, ...b!].every((r) => r.ok && r.result.kind === "checked_in")).toBe(true);
    expect(await prisma().checkIn.count({ where: { registrationId: { in: people.map((p) => p.id) } } })).toBe(10);
    expect(await prisma().checkInScan.count({ where: { registrationId: { in: people.map((p) => p.id) } } })).toBe(0);
  }, 60_000);

  it("twenty devices scanning one person at once: one check-in, nineteen logged duplicates", async () => {
    const person = await participant(prisma(), event.id);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        checkInAttendee({ actor: doorStaff, eventId: event.id, day: event.days[2]!, clientScanId: scanId(), ticket: person.ticketToken, device: `Pintu ${i}` }),
      ),
    );
    expect(results.filter((r) => r.kind === "checked_in")).toHaveLength(1);
    expect(results.filter((r) => r.kind === "already")).toHaveLength(19);
    expect(await prisma().checkIn.count({ where: { registrationId: person.id } })).toBe(1);
    expect(await prisma().checkInScan.count({ where: { registrationId: person.id, outcome: "DUPLICATE" } })).toBe(19);
  }, 60_000);

  it(`two taps on "undo" at once: one undoes, the other answers "already undone", ${ROUNDS} times`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const person = await participant(prisma(), event.id);
      const made = await checkInAttendee({ actor: doorStaff, eventId: event.id, day: event.days[3]!, clientScanId: scanId(), ticket: person.ticketToken, device: "Pintu 1" });
      if (made.kind !== "checked_in") throw new Error("not checked in");
      const outcomes = await Promise.all(
        [doorStaff, organizer].map((actor) =>
          undoCheckIn({ actor, eventId: event.id, checkInId: made.checkInId }).then(
            () => "undone",
            async (error: unknown) => refusal(Promise.reject(error)),
          ),
        ),
      );
      expect(outcomes).toContainEqual("undone");
      expect(outcomes).toContainEqual({ code: "conflict", fields: { _form: { key: "attendance.errors.alreadyUndone" } } });
      expect(await prisma().checkIn.count({ where: { registrationId: person.id } })).toBe(0);
      expect(await prisma().checkInScan.count({ where: { registrationId: person.id, outcome: "UNDONE" } })).toBe(1);
      expect(await prisma().auditLog.count({ where: { entityId: made.checkInId, action: "checkin.undo" } })).toBe(1);
    }
  }, 120_000);
});
