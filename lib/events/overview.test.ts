import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { demoActors } from "@/lib/test/actors";
import { setupTestDatabase } from "@/lib/test/database";
import { seedDemo } from "@/prisma/seed/demo";
import { getEventOverview } from "./overview";
import { createOpenEvent } from "@/lib/registrations/testing";

const database = setupTestDatabase();
let organizer: Actor;
let coordinator: Actor;
let eventId: string;

beforeAll(async () => {
  await seedDemo(database.current.prisma, { now: new Date("2026-11-27T03:00:00Z"), log: () => {} });
  ({ organizer, coordinator } = await demoActors(database.current.prisma));
  eventId = (await database.current.prisma.event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } })).id;
});

describe("event overview", () => {
  it("counts seats, registered against quota per province, silent units and coordinators who never signed in", async () => {
    const overview = (await getEventOverview(organizer, eventId))!;
    const registrations = await database.current.prisma.registration.count({ where: { eventId, status: "CONFIRMED" } });
    expect(overview.capacity).toBe(150);
    expect(overview.seatsTaken).toBe(registrations);
    expect(overview.quotaTotal).toBe(131);
    expect(overview.invitedUnits).toBe(54);
    expect(overview.provinces.reduce((s, p) => s + p.quota, 0)).toBe(131);
    expect(overview.provinces.reduce((s, p) => s + p.registered, 0)).toBe(registrations);
    const jateng = overview.provinces.find((p) => p.province === "Jawa Tengah")!;
    expect(jateng.registered).toBe(2);
    const unitsWithPeople = new Set(
      (await database.current.prisma.registration.findMany({ where: { eventId }, select: { unitId: true } })).map((r) => r.unitId),
    );
    expect(overview.unitsWithoutRegistrations).toHaveLength(54 - unitsWithPeople.size);
    expect(overview.unitsWithoutRegistrations.map((u) => u.code)).not.toContain("JTG-LPKA-KRA");
    expect(overview.coordinatorsNeverSignedIn.map((c) => c.email)).toEqual(["operator.karanganyar@rakor.demo"]);
  });

  it("a coordinator signing in leaves the never-signed-in list", async () => {
    const before = (await getEventOverview(organizer, eventId))!.coordinators;
    expect(before).toBeGreaterThan(0);
    await database.current.prisma.user.update({ where: { email: "operator.karanganyar@rakor.demo" }, data: { lastSignInAt: new Date() } });
    const overview = (await getEventOverview(organizer, eventId))!;
    expect(overview.coordinatorsNeverSignedIn).toEqual([]);
    expect(overview.coordinators).toBe(before);
  });

  it("counts no coordinators for an event whose units have none, so nobody is told that all have signed in", async () => {
    const bare = await createOpenEvent(database.current.prisma, "rakor-tanpa-koordinator", { capacity: 10, requiresApproval: false });
    const overview = (await getEventOverview(organizer, bare.id))!;
    expect(overview.coordinators).toBe(0);
    expect(overview.coordinatorsNeverSignedIn).toEqual([]);
  });

  it("is refused to anyone without the console", async () => {
    await expect(getEventOverview(null, eventId)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(getEventOverview(coordinator, eventId)).rejects.toMatchObject({ code: "forbidden" });
  });
});
