import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors/app-error";
import { setupTestDatabase } from "@/lib/test/database";
import { seedDemo } from "@/prisma/seed/demo";
import { registerParticipant } from "./register-participant";
import { demoActors, person } from "./testing";

// The promise of registration opening day, on a real PostgreSQL server where requests truly race:
// fifty coordinators press "save" in the same second and the quota and capacity still hold.
// (PGlite runs one statement at a time and cannot show a race; see vitest.config.ts.)

const database = setupTestDatabase();
const ROUNDS = 20;
const CONCURRENT = 200;
let organizer: Actor;
let eventId: string;
let regionalOfficeId: string;
let organizationId: string;
let serial = 100_000;

beforeAll(async () => {
  await seedDemo(database.current.prisma, { log: () => {} });
  ({ organizer } = await demoActors(database.current.prisma));
  eventId = (await database.current.prisma.event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } })).id;
  ({ id: regionalOfficeId, organizationId } = await database.current.prisma.regionalOffice.findFirstOrThrow());
});

async function newUnits(count: number, seats: number, tag: string) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const unit = await database.current.prisma.unit.create({
      data: { code: `UJI-${tag}-${i}`, name: `Lapas Uji ${tag} ${i}`, type: "LAPAS", timeZone: "Asia/Jakarta", regionalOfficeId, organizationId },
    });
    await database.current.prisma.unitQuota.create({ data: { eventId, unitId: unit.id, seats } });
    ids.push(unit.id);
  }
  return ids;
}

type Outcome = "confirmed" | "full" | "other";

async function attempt(unitId: string): Promise<Outcome> {
  try {
    await registerParticipant({ actor: organizer, eventId, unitId, input: person(serial++) });
    return "confirmed";
  } catch (error) {
    const key = error instanceof AppError ? error.fieldErrors._form?.key : undefined;
    if (key === "registrations.errors.unitFull" || key === "registrations.errors.eventFull") return "full";
    console.error(error);
    return "other";
  }
}

const tally = (outcomes: Outcome[]) => ({
  confirmed: outcomes.filter((o) => o === "confirmed").length,
  full: outcomes.filter((o) => o === "full").length,
  other: outcomes.filter((o) => o === "other").length,
});

describe("registration under concurrency (PostgreSQL)", () => {
  it(`${CONCURRENT} simultaneous registrations at a unit with quota 3, ${ROUNDS} times: exactly 3 succeed, the rest are told it is full`, async () => {
    await database.current.prisma.event.update({ where: { id: eventId }, data: { capacity: 100_000 } });
    for (let round = 0; round < ROUNDS; round++) {
      const [unitId] = await newUnits(1, 3, `q${round}`);
      const outcomes = await Promise.all(Array.from({ length: CONCURRENT }, () => attempt(unitId!)));
      expect(tally(outcomes)).toEqual({ confirmed: 3, full: CONCURRENT - 3, other: 0 });
      expect(await database.current.prisma.registration.count({ where: { unitId, status: "CONFIRMED" } })).toBe(3);
    }
  }, 600_000);

  it(`${CONCURRENT} simultaneous registrations at an event 5 seats short of capacity, ${ROUNDS} times: exactly 5 succeed`, async () => {
    const units = await newUnits(20, 1000, "cap");
    for (let round = 0; round < ROUNDS; round++) {
      const taken = await database.current.prisma.registration.count({ where: { eventId, status: { in: ["CONFIRMED", "PENDING"] } } });
      await database.current.prisma.event.update({ where: { id: eventId }, data: { capacity: taken + 5 } });
      const outcomes = await Promise.all(Array.from({ length: CONCURRENT }, (_, i) => attempt(units[i % units.length]!)));
      expect(tally(outcomes)).toEqual({ confirmed: 5, full: CONCURRENT - 5, other: 0 });
      expect(await database.current.prisma.registration.count({ where: { eventId, status: { in: ["CONFIRMED", "PENDING"] } } })).toBe(taken + 5);
    }
  }, 600_000);

  it("the same person submitted by two coordinators at once is registered once; the other is told the NIP is taken", async () => {
    await database.current.prisma.event.update({ where: { id: eventId }, data: { capacity: 100_000 } });
    const units = await newUnits(2, 10, "dup");
    const twin = person(serial++);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => registerParticipant({ actor: organizer, eventId, unitId: units[i % 2]!, input: twin })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const keys = results.flatMap((r) => (r.status === "rejected" && r.reason instanceof AppError ? Object.values(r.reason.fieldErrors).map((e) => e.key) : []));
    expect(keys).toHaveLength(19);
    expect(new Set(keys)).toEqual(new Set(["registrations.errors.nipTaken"]));
  });
});
