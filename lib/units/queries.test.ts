import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { listEventsForConsole, listPublicEvents, getPublicEvent } from "@/lib/events/queries";
import { demoActors } from "@/lib/test/actors";
import { setupTestDatabase } from "@/lib/test/database";
import { seedDemo } from "@/prisma/seed/demo";
import { listMyUnits } from "./queries";

const database = setupTestDatabase();
let karanganyarId: string;
let otherUnitId: string;

const coordinatorOf = (unitId: string, organizationId: string): Actor => ({
  userId: "coordinator",
  name: "Operator",
  email: "op@example.test",
  roles: [{ role: "UNIT_COORDINATOR", organizationId, unitId, eventId: null }],
});
let organizer: Actor;
let organizationId: string;

beforeAll(async () => {
  await seedDemo(database.current.prisma, { now: new Date("2026-11-27T03:00:00Z"), log: () => {} });
  const units = await database.current.prisma.unit.findMany({ where: { code: { in: ["JTG-LPKA-KRA", "JTG-LP-SMG"] } } });
  karanganyarId = units.find((u) => u.code === "JTG-LPKA-KRA")!.id;
  otherUnitId = units.find((u) => u.code === "JTG-LP-SMG")!.id;
  organizationId = units[0]!.organizationId;
  organizer = (await demoActors(database.current.prisma)).organizer;
});

describe("unit portal reads", () => {
  it("show a coordinator their own unit with the event's seats and the seats already used", async () => {
    const units = await listMyUnits(coordinatorOf(karanganyarId, organizationId));
    expect(units.map((u) => u.code)).toEqual(["JTG-LPKA-KRA"]);
    const [quota] = units[0]!.quotas;
    expect(quota).toMatchObject({ seats: 3, usedSeats: 2 });
  });

  it("never show a coordinator another unit", async () => {
    const units = await listMyUnits(coordinatorOf(otherUnitId, organizationId));
    expect(units.map((u) => u.code)).toEqual(["JTG-LP-SMG"]);
    expect(units.flatMap((u) => u.quotas.map((q) => q.usedSeats))).toEqual([0]);
  });

  it("refuse anonymous visitors and roles without the portal", async () => {
    await expect(listMyUnits(null)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(listMyUnits(organizer)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("event reads", () => {
  it("list every event in the console for organizers only", async () => {
    expect((await listEventsForConsole(organizer)).map((e) => e.slug)).toEqual(["rakor-humas-pemasyarakatan-2024"]);
    await expect(listEventsForConsole(null)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(listEventsForConsole(coordinatorOf(karanganyarId, organizationId))).rejects.toMatchObject({ code: "forbidden" });
    const doorStaff: Actor = { ...organizer, roles: [{ role: "CHECKIN_STAFF", organizationId, unitId: null, eventId: "x" }] };
    await expect(listEventsForConsole(doorStaff)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("keep drafts and archived events off the public pages", async () => {
    const now = new Date("2026-11-27T03:00:00Z");
    expect((await listPublicEvents(now)).map((e) => e.slug)).toEqual(["rakor-humas-pemasyarakatan-2024"]);
    await database.current.prisma.event.update({ where: { slug: "rakor-humas-pemasyarakatan-2024" }, data: { status: "DRAFT" } });
    expect(await listPublicEvents(now)).toEqual([]);
    expect(await getPublicEvent("rakor-humas-pemasyarakatan-2024")).toBeNull();
    await database.current.prisma.event.update({ where: { slug: "rakor-humas-pemasyarakatan-2024" }, data: { status: "ARCHIVED" } });
    expect(await getPublicEvent("rakor-humas-pemasyarakatan-2024")).toBeNull();
    await database.current.prisma.event.update({ where: { slug: "rakor-humas-pemasyarakatan-2024" }, data: { status: "PUBLISHED" } });
    expect(await getPublicEvent("rakor-humas-pemasyarakatan-2024")).not.toBeNull();
  });
});
