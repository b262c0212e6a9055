import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { setupTestDatabase } from "@/lib/test/database";
import { inviteUnitsByFilter } from "./invite-units-by-filter";
import { removeUnitInvitation } from "./remove-unit-invitation";
import { setUnitQuotas } from "./set-unit-quotas";
import { createBareEvent, refusal, registerParticipants, seedQuotaFixtures, unit, type QuotaFixtures } from "./testing";

const database = setupTestDatabase();
let fx: QuotaFixtures;
const prisma = () => database.current.prisma;

beforeAll(async () => {
  fx = await seedQuotaFixtures(prisma());
});

const quotasOf = async (eventId: string) =>
  Object.fromEntries((await prisma().unitQuota.findMany({ where: { eventId }, include: { unit: true } })).map((q) => [q.unit.code, q.seats]));
const auditOf = (eventId: string) => prisma().auditLog.findMany({ where: { eventId }, orderBy: { createdAt: "asc" } });

/** Quotas and audit entries of the event, to show that a refusal wrote nothing. */
const snapshot = async (eventId: string) => ({ quotas: await quotasOf(eventId), audit: (await auditOf(eventId)).length });

describe("inviting units one at a time", () => {
  it("invites a unit with its seats and records who did it, with before and after", async () => {
    const eventId = await createBareEvent(prisma(), fx);
    const semarang = unit(fx, "JTG-LP-SMG");
    const result = await setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: semarang.id, seats: 3 }] });
    expect(result).toMatchObject({ created: 1, updated: 0, unchanged: 0, totalSeats: 3, capacity: 100 });
    expect(await quotasOf(eventId)).toEqual({ "JTG-LP-SMG": 3 });

    await setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: semarang.id, seats: "5" }] });
    expect(await quotasOf(eventId)).toEqual({ "JTG-LP-SMG": 5 });

    const audit = await auditOf(eventId);
    expect(audit.map((a) => [a.action, a.actorId, a.before, a.after])).toEqual([
      ["quota.invite", fx.organizer.userId, null, { unitId: semarang.id, unitName: semarang.name, seats: 3 }],
      ["quota.update", fx.organizer.userId, { unitId: semarang.id, unitName: semarang.name, seats: 3 }, { unitId: semarang.id, unitName: semarang.name, seats: 5 }],
    ]);
  });

  it("saving the same seats again changes nothing and records nothing", async () => {
    const eventId = await createBareEvent(prisma(), fx);
    const { id } = unit(fx, "JTG-LP-SMG");
    await setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: id, seats: 2 }] });
    const result = await setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: id, seats: 2 }] });
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(await auditOf(eventId)).toHaveLength(1);
  });

  it("accepts 1 to 1000 seats and refuses 0, fractions and more, naming the field", async () => {
    const eventId = await createBareEvent(prisma(), fx);
    const { id } = unit(fx, "JTG-LP-SMG");
    for (const seats of [0, 2.5, 1001, "", "tiga"]) {
      const error = await refusal(setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: id, seats }] }));
      expect(error.code).toBe("invalid_input");
      expect(Object.keys(error.fieldErrors)).toEqual(["entries.0.seats"]);
    }
    expect(await snapshot(eventId)).toEqual({ quotas: {}, audit: 0 });
  });

  it("refuses an unknown unit or event without writing anything", async () => {
    const eventId = await createBareEvent(prisma(), fx);
    const { id } = unit(fx, "JTG-LP-SMG");
    const unknownUnit = await refusal(setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: id, seats: 2 }, { unitId: "nope", seats: 2 }] }));
    expect(unknownUnit.fieldErrors["entries.1.unitId"]?.key).toBe("quotas.errors.unknownUnit");
    expect((await refusal(setUnitQuotas({ actor: fx.organizer, eventId: "nope", entries: [{ unitId: id, seats: 2 }] }))).code).toBe("not_found");
    expect(await snapshot(eventId)).toEqual({ quotas: {}, audit: 0 });
  });
});

describe("inviting many units at once", () => {
  it("gives every unit of a province N seats, then every unit of a type, updating those already invited", async () => {
    const eventId = await createBareEvent(prisma(), fx);
    const centralJava = [...fx.unitsByCode].filter(([, u]) => u.province === "Jawa Tengah").map(([code]) => code);
    expect(centralJava.length).toBeGreaterThan(3);

    const byProvince = await inviteUnitsByFilter({ actor: fx.organizer, eventId, province: "Jawa Tengah", type: "", seats: 2 });
    expect(byProvince).toMatchObject({ created: centralJava.length, updated: 0, totalSeats: 2 * centralJava.length });
    expect(Object.keys(await quotasOf(eventId)).sort()).toEqual(centralJava.sort());

    const bapas = [...fx.unitsByCode].filter(([, u]) => u.type === "BAPAS").map(([code]) => code);
    const byType = await inviteUnitsByFilter({ actor: fx.organizer, eventId, type: "BAPAS", seats: 3 });
    // Bapas Semarang is in Jawa Tengah: already invited, so it is updated rather than invited again.
    expect(byType).toMatchObject({ created: bapas.length - 1, updated: 1 });
    const quotas = await quotasOf(eventId);
    for (const code of bapas) expect(quotas[code]).toBe(3);
    expect(quotas["JTG-LP-SMG"]).toBe(2);
    expect((await auditOf(eventId)).length).toBe(centralJava.length + bapas.length);
  });

  it("narrows by province and type together", async () => {
    const eventId = await createBareEvent(prisma(), fx);
    await inviteUnitsByFilter({ actor: fx.organizer, eventId, province: "Jawa Tengah", type: "LAPAS", seats: 4 });
    const expected = [...fx.unitsByCode].filter(([, u]) => u.province === "Jawa Tengah" && u.type === "LAPAS").map(([code]) => code);
    expect(Object.keys(await quotasOf(eventId)).sort()).toEqual(expected.sort());
  });

  it("refuses a filter that matches no unit", async () => {
    const eventId = await createBareEvent(prisma(), fx);
    const error = await refusal(inviteUnitsByFilter({ actor: fx.organizer, eventId, province: "Atlantis", seats: 2 }));
    expect(error.fieldErrors._form?.key).toBe("quotas.errors.noUnitsMatch");
  });
});

describe("quotas never go below what a unit has registered", () => {
  it("refuses to lower a quota below the unit's registrations, with the numbers, and writes nothing", async () => {
    const eventId = await createBareEvent(prisma(), fx);
    const semarang = unit(fx, "JTG-LP-SMG");
    await setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: semarang.id, seats: 4 }] });
    await registerParticipants(prisma(), eventId, semarang.id, 2, "CONFIRMED");
    await registerParticipants(prisma(), eventId, semarang.id, 1, "PENDING");
    // Cancelled and replaced registrations hold no seat.
    await registerParticipants(prisma(), eventId, semarang.id, 2, "CANCELLED");
    const before = await snapshot(eventId);

    const error = await refusal(setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: semarang.id, seats: 2 }] }));
    expect(error.code).toBe("conflict");
    const expected = { key: "quotas.errors.belowRegistrations", values: { unit: semarang.name, registered: 3, seats: 2 } };
    expect(error.fieldErrors._form).toEqual(expected);
    expect(error.fieldErrors["entries.0.seats"]).toEqual(expected);
    expect(await snapshot(eventId)).toEqual(before);

    await setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: semarang.id, seats: 3 }] });
    expect((await quotasOf(eventId))["JTG-LP-SMG"]).toBe(3);
  });

  it("refuses a whole bulk change if one unit would go below, naming the units", async () => {
    const eventId = await createBareEvent(prisma(), fx);
    await inviteUnitsByFilter({ actor: fx.organizer, eventId, province: "Jawa Tengah", seats: 3 });
    const semarang = unit(fx, "JTG-LP-SMG");
    const batu = unit(fx, "JTG-LP-BATU");
    await registerParticipants(prisma(), eventId, semarang.id, 3);
    await registerParticipants(prisma(), eventId, batu.id, 2);
    const before = await snapshot(eventId);

    const error = await refusal(inviteUnitsByFilter({ actor: fx.organizer, eventId, province: "Jawa Tengah", seats: 1 }));
    expect(error.fieldErrors._form?.key).toBe("quotas.errors.belowRegistrationsMany");
    expect(error.fieldErrors._form?.values).toMatchObject({ count: 2, more: 0 });
    const units = String(error.fieldErrors._form?.values?.units);
    expect(units).toContain(`${semarang.name} (3)`);
    expect(units).toContain(`${batu.name} (2)`);
    expect(await snapshot(eventId)).toEqual(before);
  });
  it("lets a unit already over its quota keep or raise it, but not lower it further", async () => {
    const eventId = await createBareEvent(prisma(), fx);
    await inviteUnitsByFilter({ actor: fx.organizer, eventId, province: "Jawa Tengah", seats: 1 });
    const semarang = unit(fx, "JTG-LP-SMG");
    await registerParticipants(prisma(), eventId, semarang.id, 3);

    const same = await inviteUnitsByFilter({ actor: fx.organizer, eventId, province: "Jawa Tengah", seats: 1 });
    expect(same).toMatchObject({ created: 0, updated: 0 });
    await setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: semarang.id, seats: 2 }] });
    const lower = await refusal(setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: semarang.id, seats: 1 }] }));
    expect(lower.fieldErrors._form?.values).toMatchObject({ registered: 3, seats: 1 });
    expect((await quotasOf(eventId))["JTG-LP-SMG"]).toBe(2);
  });
});

describe("over-allocation", () => {
  it("asks for confirmation with the numbers before the quotas pass the capacity, and accepts it once confirmed", async () => {
    const eventId = await createBareEvent(prisma(), fx, { capacity: 10 });
    const a = unit(fx, "JTG-LP-SMG").id;
    const b = unit(fx, "JTG-LP-BATU").id;
    await setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: a, seats: 6 }] });
    const before = await snapshot(eventId);

    const error = await refusal(setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: b, seats: 6 }] }));
    const expected = { key: "quotas.errors.overAllocation", values: { sum: 12, capacity: 10, over: 2 } };
    expect(error.code).toBe("over_allocation");
    expect(error.fieldErrors._form).toEqual(expected);
    expect(await snapshot(eventId)).toEqual(before);

    const confirmed = await setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: b, seats: 6 }], confirmOverAllocation: true });
    expect(confirmed).toMatchObject({ created: 1, totalSeats: 12, capacity: 10 });

    // Lowering an over-allocated total needs no confirmation; raising it again does.
    await setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: b, seats: 5 }] });
    expect(await quotasOf(eventId)).toEqual({ "JTG-LP-SMG": 6, "JTG-LP-BATU": 5 });
    await refusal(setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: b, seats: 6 }] }));
  });

  it("applies to bulk invitations too", async () => {
    const eventId = await createBareEvent(prisma(), fx, { capacity: 5 });
    const error = await refusal(inviteUnitsByFilter({ actor: fx.organizer, eventId, province: "Jawa Tengah", seats: 1 }));
    expect(error.code).toBe("over_allocation");
    expect(error.fieldErrors._form?.values).toMatchObject({ capacity: 5 });
    expect(await snapshot(eventId)).toEqual({ quotas: {}, audit: 0 });
    await inviteUnitsByFilter({ actor: fx.organizer, eventId, province: "Jawa Tengah", seats: 1, confirmOverAllocation: true });
    expect(Object.keys(await quotasOf(eventId)).length).toBeGreaterThan(5);
  });
});

describe("withdrawing an invitation", () => {
  it("removes a unit without registrations and records it", async () => {
    const eventId = await createBareEvent(prisma(), fx);
    const semarang = unit(fx, "JTG-LP-SMG");
    await setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: semarang.id, seats: 2 }] });
    await removeUnitInvitation({ actor: fx.organizer, eventId, unitId: semarang.id });
    expect(await quotasOf(eventId)).toEqual({});
    const last = (await auditOf(eventId)).at(-1);
    expect(last).toMatchObject({ action: "quota.remove", before: { unitId: semarang.id, seats: 2 }, after: null });
  });

  it("refuses while the unit has registrations, with the numbers, and keeps the quota", async () => {
    const eventId = await createBareEvent(prisma(), fx);
    const semarang = unit(fx, "JTG-LP-SMG");
    await setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: semarang.id, seats: 2 }] });
    await registerParticipants(prisma(), eventId, semarang.id, 1, "PENDING");
    const before = await snapshot(eventId);
    const error = await refusal(removeUnitInvitation({ actor: fx.organizer, eventId, unitId: semarang.id }));
    expect(error.fieldErrors._form).toEqual({ key: "quotas.errors.removeWithRegistrations", values: { unit: semarang.name, registered: 1 } });
    expect(await snapshot(eventId)).toEqual(before);
  });

  it("says so when the unit is not invited", async () => {
    const eventId = await createBareEvent(prisma(), fx);
    const error = await refusal(removeUnitInvitation({ actor: fx.organizer, eventId, unitId: unit(fx, "JTG-LP-SMG").id }));
    expect(error.fieldErrors._form?.key).toBe("quotas.errors.notInvited");
  });
});

describe("an archived event is read-only", () => {
  it("refuses every quota change with a clear message and writes nothing", async () => {
    const eventId = await createBareEvent(prisma(), fx);
    const semarang = unit(fx, "JTG-LP-SMG").id;
    await setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: semarang, seats: 2 }] });
    await prisma().event.update({ where: { id: eventId }, data: { status: "ARCHIVED" } });
    const before = await snapshot(eventId);

    const attempts = [
      () => setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: semarang, seats: 3 }] }),
      () => setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: unit(fx, "JTG-LP-BATU").id, seats: 3 }] }),
      () => inviteUnitsByFilter({ actor: fx.organizer, eventId, type: "BAPAS", seats: 2 }),
      () => removeUnitInvitation({ actor: fx.organizer, eventId, unitId: semarang }),
    ];
    for (const attempt of attempts) {
      expect((await refusal(attempt())).code).toBe("read_only");
    }
    expect(await snapshot(eventId)).toEqual(before);
  });
});

describe("authorization", () => {
  it("refuses anonymous visitors, unit coordinators and door staff for every operation, writing nothing", async () => {
    const eventId = await createBareEvent(prisma(), fx, { capacity: 10 });
    const semarang = unit(fx, "JTG-LP-SMG").id;
    await setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: semarang, seats: 2 }] });
    const before = await snapshot(eventId);
    const karanganyar = unit(fx, "JTG-LPKA-KRA").id;
    const cases: [Actor | null, string][] = [
      [null, "unauthenticated"],
      [fx.coordinator, "forbidden"],
      [fx.doorStaff, "forbidden"],
    ];
    for (const [actor, code] of cases) {
      const operations = [
        () => setUnitQuotas({ actor, eventId, entries: [{ unitId: karanganyar, seats: 3 }] }),
        () => inviteUnitsByFilter({ actor, eventId, province: "Jawa Tengah", seats: 3, confirmOverAllocation: true }),
        () => removeUnitInvitation({ actor, eventId, unitId: semarang }),
      ];
      for (const operation of operations) expect((await refusal(operation())).code).toBe(code);
    }
    expect(await snapshot(eventId)).toEqual(before);
  });
});
