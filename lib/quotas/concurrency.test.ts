import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/test/database";
import { setUnitQuotas } from "./set-unit-quotas";
import { createBareEvent, refusal, seedQuotaFixtures, type QuotaFixtures } from "./testing";
import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";

// On PostgreSQL these calls really overlap, and only the locks keep the numbers right. On the
// embedded database they run one after another, and the same assertions must hold there too.

const database = setupTestDatabase();
let fx: QuotaFixtures;
const prisma = () => database.current.prisma;

beforeAll(async () => {
  fx = await seedQuotaFixtures(prisma());
});

const unitIds = () => [...fx.unitsByCode.values()].map((u) => u.id);

describe("quota changes at the same moment", () => {
  it("organizers inviting units at once never push the total past capacity without confirmation", async () => {
    const eventId = await createBareEvent(prisma(), fx, { capacity: 10 });
    const [first, ...others] = unitIds();
    await setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: first!, seats: 4 }] });

    // Eight invitations of 3 seats each race for the 6 seats left: exactly two fit.
    const results = await Promise.allSettled(
      others.slice(0, 8).map((unitId) => setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId, seats: 3 }] })),
    );
    const accepted = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(accepted).toHaveLength(2);
    for (const reason of refused) {
      expect(reason).toBeInstanceOf(AppError);
      expect((reason as AppError).code).toBe("over_allocation");
      expect((reason as AppError).fieldErrors._form?.values).toMatchObject({ sum: 13, capacity: 10 });
    }
    const total = await prisma().unitQuota.aggregate({ where: { eventId }, _sum: { seats: true }, _count: true });
    expect(total).toMatchObject({ _sum: { seats: 10 }, _count: 3 });
    expect(await prisma().auditLog.count({ where: { eventId } })).toBe(3);
  });

  it("a registration that holds the locks first is counted before a quota is lowered", async () => {
    const eventId = await createBareEvent(prisma(), fx);
    const unitId = unitIds()[0]!;
    await setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId, seats: 3 }] });

    // Stands in for the registration operation, taking the locks in the documented order.
    let locked!: () => void;
    const hasLocks = new Promise<void>((resolve) => (locked = resolve));
    const registration = prisma().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "Event" WHERE "id" = ${eventId} FOR UPDATE`;
      await tx.$queryRaw`SELECT "id" FROM "UnitQuota" WHERE "eventId" = ${eventId} AND "unitId" = ${unitId} FOR UPDATE`;
      locked();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tx.registration.createMany({
        data: [1, 2].map((n) => ({ eventId, unitId, name: `Peserta ${n}`, ticketToken: randomBytes(16).toString("base64url") })),
      });
    });
    await hasLocks;
    const lowering = refusal(setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId, seats: 1 }] }));
    await registration;
    expect((await lowering).fieldErrors._form?.values).toMatchObject({ registered: 2, seats: 1 });
    expect((await prisma().unitQuota.findFirstOrThrow({ where: { eventId, unitId } })).seats).toBe(3);
  });

  it("concurrent edits of one quota apply one after another, each audited against the value it replaced", async () => {
    const eventId = await createBareEvent(prisma(), fx);
    const unitId = unitIds()[0]!;
    await setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId, seats: 2 }] });
    const values = [3, 4, 5, 6, 7, 8];
    await Promise.all(values.map((seats) => setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId, seats }] })));

    const updates = await prisma().auditLog.findMany({ where: { eventId, action: "quota.update" } });
    expect(updates).toHaveLength(values.length);
    // The before/after pairs form one unbroken chain from 2 to the final value: no lost update.
    const next = new Map(updates.map((u) => [(u.before as { seats: number }).seats, (u.after as { seats: number }).seats]));
    expect(next.size).toBe(values.length);
    let seats = 2;
    for (let step = 0; step < values.length; step += 1) seats = next.get(seats) ?? Number.NaN;
    expect((await prisma().unitQuota.findFirstOrThrow({ where: { eventId, unitId } })).seats).toBe(seats);
  });
});
