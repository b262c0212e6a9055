import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/create-client";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEMO_EVENT_SLUG, DEMO_PASSWORD, seedDemo, type SeedSummary } from "./demo";

// 01:00 WIB on 3 September 2024 is still 2 September in UTC and in New York, so taking "today" from
// the wrong clock would start the event on the 23rd instead of the 24th (the real Rakor's dates).
const NOW = new Date("2024-09-02T18:00:00Z");

let db: TestDatabase;
let first: SeedSummary;
const logged: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  first = await seedDemo(db.prisma, { now: NOW, log: (line) => logged.push(line) });
});

afterAll(async () => {
  await db?.destroy();
});

/** "YYYY-MM-DD HH:MM" as clocks in Jakarta show it. */
function inJakarta(instant: Date): string {
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Asia/Jakarta",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
}

async function countEveryTable(prisma: Db): Promise<Record<string, number>> {
  const delegates = prisma as unknown as Record<string, { count(): Promise<number> }>;
  const counts: Record<string, number> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    const delegate = delegates[model.charAt(0).toLowerCase() + model.slice(1)];
    if (!delegate) throw new Error(`no delegate for ${model}`);
    counts[model] = await delegate.count();
  }
  return counts;
}

const demoEvent = () => db.prisma.event.findUniqueOrThrow({ where: { slug: DEMO_EVENT_SLUG } });

describe("demo seed", () => {
  it("creates the 54 units of the CSV, each under the Kanwil of its province", async () => {
    expect(await db.prisma.unit.count()).toBe(54);
    expect(await db.prisma.organization.findUnique({ where: { code: "DITJENPAS" } })).toMatchObject({
      name: "Direktorat Jenderal Pemasyarakatan",
      shortName: "Ditjenpas",
      parentLines: "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN\nREPUBLIK INDONESIA",
      timeZone: "Asia/Jakarta",
    });
    const karanganyar = await db.prisma.unit.findFirstOrThrow({
      where: { code: "JTG-LPKA-KRA" },
      include: { regionalOffice: true },
    });
    expect(karanganyar).toMatchObject({ type: "LAPAS", class: "IIA", city: "Cilacap", timeZone: "Asia/Jakarta" });
    expect(karanganyar.regionalOffice).toMatchObject({
      code: "KANWIL-JTG",
      name: "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa Tengah",
      province: "Jawa Tengah",
    });
    const papua = await db.prisma.regionalOffice.findFirstOrThrow({ where: { province: "Papua" } });
    expect(papua).toMatchObject({ code: "KANWIL-PPA", timeZone: "Asia/Jayapura" });
    expect(await db.prisma.regionalOffice.count()).toBe(first.regionalOffices);
  });

  it("creates one published hybrid event of 150 seats at the Hilton Garden Inn ballroom", async () => {
    expect(await db.prisma.event.count()).toBe(1);
    const event = await demoEvent();
    expect(event).toMatchObject({
      capacity: 150,
      mode: "HYBRID",
      status: "PUBLISHED",
      timeZone: "Asia/Jakarta",
      venueName: "Hotel Hilton Garden Inn Jakarta Taman Palem",
      venueRoom: "Ballroom",
      venueCity: "Jakarta Barat",
    });
    expect(event.venueMapUrl).toMatch(/^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=Hotel%20Hilton/);
  });

  it("gives all 54 units a quota and keeps the seats within the capacity", async () => {
    const quotas = await db.prisma.unitQuota.findMany({ include: { unit: true } });
    expect(new Set(quotas.map((quota) => quota.unitId)).size).toBe(54);
    const seats = quotas.reduce((sum, quota) => sum + quota.seats, 0);
    expect(seats).toBe(131);
    expect(seats).toBeLessThanOrEqual(150);
    expect(quotas.find((quota) => quota.unit.code === "JTG-LPKA-KRA")?.seats).toBe(3);
    expect(quotas.every((quota) => quota.seats >= 2)).toBe(true);
  });

  it("has the secretary welcome and the acting director general open the event on day 1", async () => {
    const event = await demoEvent();
    const links = await db.prisma.sessionSpeaker.findMany({
      where: { speaker: { name: { in: ["Supriyanto", "Reynhard Silitonga"] } } },
      include: { speaker: true, session: true },
    });
    const welcome = links.find((link) => link.speaker.name === "Supriyanto");
    const opening = links.find((link) => link.speaker.name === "Reynhard Silitonga");
    expect(welcome?.speaker).toMatchObject({
      title: "Sekretaris Direktorat Jenderal Pemasyarakatan",
      organization: "Direktorat Jenderal Pemasyarakatan",
    });
    expect(welcome?.session.title).toMatch(/^Sambutan/);
    expect(opening?.speaker.title).toBe("Pelaksana Tugas (Plt) Direktur Jenderal Pemasyarakatan");
    expect(opening?.role).toBe("KEYNOTE");
    expect(opening?.session.title).toMatch(/Pembukaan Resmi/);
    const firstDay = inJakarta(event.startsAt).slice(0, 10);
    expect(inJakarta(welcome?.session.startsAt ?? new Date(0)).slice(0, 10)).toBe(firstDay);
    expect(inJakarta(opening?.session.startsAt ?? new Date(0)).slice(0, 10)).toBe(firstDay);
  });

  it("keeps every session inside the event and closes on the last day with the joint commitment", async () => {
    const event = await demoEvent();
    const sessions = await db.prisma.agendaSession.findMany({ orderBy: { startsAt: "asc" } });
    expect(sessions.length).toBe(first.sessions);
    for (const session of sessions) {
      expect(session.startsAt >= event.startsAt && session.endsAt <= event.endsAt).toBe(true);
      expect(session.endsAt > session.startsAt).toBe(true);
    }
    const closing = sessions.at(-1);
    expect(closing?.title).toMatch(/Penutupan.*Komitmen Bersama/);
    expect(closing?.endsAt).toEqual(event.endsAt);
  });

  it("creates the organizer, a coordinator bound to Karanganyar and door staff bound to the event", async () => {
    const event = await demoEvent();
    const karanganyar = await db.prisma.unit.findFirstOrThrow({ where: { code: "JTG-LPKA-KRA" } });
    const rolesOf = (email: string) =>
      db.prisma.roleAssignment.findMany({
        where: { user: { email } },
        orderBy: { role: "asc" },
        select: { role: true, organizationId: true, unitId: true, eventId: true },
      });
    const ditjenpas = event.organizationId;

    expect(await rolesOf("admin@rakor.demo")).toEqual([
      { role: "ADMIN", organizationId: null, unitId: null, eventId: null },
      { role: "ORGANIZER", organizationId: ditjenpas, unitId: null, eventId: null },
    ]);
    expect(await rolesOf("panitia@rakor.demo")).toEqual([{ role: "ORGANIZER", organizationId: ditjenpas, unitId: null, eventId: null }]);
    expect(await rolesOf("operator.karanganyar@rakor.demo")).toEqual([
      { role: "UNIT_COORDINATOR", organizationId: null, unitId: karanganyar.id, eventId: null },
    ]);
    expect(await rolesOf("pintu@rakor.demo")).toEqual([{ role: "CHECKIN_STAFF", organizationId: null, unitId: null, eventId: event.id }]);

    const organizer = await db.prisma.user.findUniqueOrThrow({
      where: { email: "panitia@rakor.demo" },
      select: { name: true, passwordHash: true },
    });
    expect(organizer.name).toBe("Panitia Rakor Humas");
    expect(await verifyPassword(DEMO_PASSWORD, organizer.passwordHash ?? "")).toBe(true);
  });

  it("opens registration at the moment of seeding and starts the event three weeks later", async () => {
    const event = await demoEvent();
    expect(event.registrationOpensAt < NOW && NOW < event.registrationClosesAt).toBe(true);
    expect(event.registrationClosesAt < event.startsAt).toBe(true);
    expect(event.startsAt > NOW).toBe(true);
  });

  it("schedules the event from 08:00 WIB on day 1 to 16:00 WIB on day 4, whatever the process time zone", async () => {
    const event = await demoEvent();
    expect(inJakarta(event.startsAt)).toBe("2024-09-24 08:00");
    expect(inJakarta(event.endsAt)).toBe("2024-09-27 16:00");
    expect(inJakarta(event.registrationClosesAt)).toBe("2024-09-17 23:59");
    const firstSession = await db.prisma.agendaSession.findFirstOrThrow({ orderBy: { startsAt: "asc" } });
    expect(inJakarta(firstSession.startsAt)).toBe("2024-09-24 08:00");
  });

  it("registers the two Karanganyar delegates and a few others, within each unit's quota", async () => {
    const registrations = await db.prisma.registration.findMany({ include: { unit: { include: { quotas: true } } } });
    expect(registrations.length).toBeGreaterThanOrEqual(6);
    expect(registrations.length).toBeLessThanOrEqual(10);
    expect(registrations.every((registration) => registration.status === "CONFIRMED")).toBe(true);
    expect(registrations.some((registration) => registration.attendanceMode === "ONLINE")).toBe(true);
    expect(registrations.every((registration) => /^\d{18}$/.test(registration.nip ?? ""))).toBe(true);
    expect(registrations.every((registration) => /^[A-Za-z0-9_-]{22}$/.test(registration.ticketToken))).toBe(true);

    const karanganyar = registrations.filter((registration) => registration.unit?.code === "JTG-LPKA-KRA");
    expect(karanganyar.map((registration) => registration.position).sort()).toEqual([
      "Kepala Lapas",
      "Kepala Sub Seksi Pelaporan dan Tata Tertib",
    ]);
    const perUnit = new Map<string, number>();
    for (const registration of registrations) {
      perUnit.set(registration.unitId ?? "", (perUnit.get(registration.unitId ?? "") ?? 0) + 1);
    }
    for (const registration of registrations) {
      const seats = registration.unit?.quotas[0]?.seats ?? 0;
      expect(perUnit.get(registration.unitId ?? "")).toBeLessThanOrEqual(seats);
    }
  });

  it("reports what it created in the summary and the log", () => {
    expect(first).toMatchObject({ eventCreated: true, units: 54, quotas: 54, quotaSeats: 131, users: 4 });
    expect(first.created).toBeGreaterThan(0);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain("2024-09-24 08:00 WIB");
  });

  // Last in the file: it runs the seed again on the shared database.
  it("changes nothing when run again weeks later, not even the event's dates", async () => {
    const before = await countEveryTable(db.prisma);
    const eventBefore = await demoEvent();
    const tickets = () =>
      db.prisma.registration.findMany({ select: { nip: true, ticketToken: true }, orderBy: { nip: "asc" } });
    const ticketsBefore = await tickets();

    const later = new Date(NOW.getTime() + 10 * 86_400_000);
    const second = await seedDemo(db.prisma, { now: later, log: () => {} });

    expect(second.created).toBe(0);
    expect(second.eventCreated).toBe(false);
    expect(await countEveryTable(db.prisma)).toEqual(before);
    const eventAfter = await demoEvent();
    expect(eventAfter.startsAt).toEqual(eventBefore.startsAt);
    expect(eventAfter.registrationClosesAt).toEqual(eventBefore.registrationClosesAt);
    expect(await tickets()).toEqual(ticketsBefore);
  });
});
