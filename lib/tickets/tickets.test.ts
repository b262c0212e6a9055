import ICAL from "ical.js";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";
import { registerParticipant } from "@/lib/registrations/register-participant";
import { replaceParticipant } from "@/lib/registrations/replace-participant";
import { demoActors, person } from "@/lib/registrations/testing";
import { setupTestDatabase } from "@/lib/test/database";
import { seedDemo } from "@/prisma/seed/demo";
import { GET as calendarRoute } from "@/app/(public)/t/[token]/calendar.ics/route";
import { ticketCalendar } from "./calendar";
import { getTicket, type Ticket } from "./queries";
import { ticketQrSvg } from "./qr";

// The calendar route reads the language and the site's address from the request.
vi.mock("next-intl/server", () => ({ getLocale: async () => "id", getTranslations: async () => (key: string) => key }));
vi.mock("@/lib/invitations/base-url", () => ({ publicBaseUrl: async () => "https://rakor.test" }));

const database = setupTestDatabase();
const BASE_URL = "https://rakor.test";
let organizer: Actor;
let coordinator: Actor;
let eventId: string;
let karanganyarId: string;

beforeAll(async () => {
  await seedDemo(database.current.prisma, { log: () => {} });
  ({ organizer, coordinator } = await demoActors(database.current.prisma));
  eventId = (await database.current.prisma.event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } })).id;
  karanganyarId = (await database.current.prisma.unit.findFirstOrThrow({ where: { code: "JTG-LPKA-KRA" } })).id;
});

/** A unit of the demo event with `free` seats or more left in its quota. */
async function unitWithFreeSeats(free: number): Promise<string> {
  const prisma = database.current.prisma;
  const quotas = await prisma.unitQuota.findMany({ where: { eventId }, orderBy: { unitId: "asc" } });
  for (const quota of quotas) {
    const used = await prisma.registration.count({ where: { eventId, unitId: quota.unitId, status: { in: ["CONFIRMED", "PENDING"] } } });
    if (quota.seats - used >= free && quota.unitId !== karanganyarId) return quota.unitId;
  }
  throw new Error("no unit with free seats");
}

const mailsTo = (to: string) => database.current.prisma.outboxEmail.findMany({ where: { toAddress: to }, orderBy: { createdAt: "asc" } });

describe("looking up a ticket by its link", () => {
  it("shows the participant, the unit and the event, with the NIP partly hidden and no ids or contact details", async () => {
    const stored = await database.current.prisma.registration.findFirstOrThrow({
      where: { eventId, unitId: karanganyarId, status: "CONFIRMED" },
      include: { unit: true, event: true },
      orderBy: { nip: "asc" },
    });
    const ticket = await getTicket(stored.ticketToken);
    expect(ticket).toMatchObject({
      name: stored.name,
      position: stored.position,
      unitName: "Lapas Khusus Kelas IIA Karanganyar Nusakambangan",
      status: "CONFIRMED",
      state: "valid",
      attendanceMode: stored.attendanceMode,
      nipMasked: `${stored.nip!.slice(0, 4)}${"•".repeat(10)}${stored.nip!.slice(14)}`,
      event: { slug: "rakor-humas-pemasyarakatan-2024", title: stored.event.title, timeZone: "Asia/Jakarta", startsAt: stored.event.startsAt, venueMapUrl: stored.event.venueMapUrl },
    });
    expect(ticket?.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const shown = JSON.stringify(ticket);
    for (const secret of [stored.id, stored.eventId, stored.unitId!, stored.nip!, stored.ticketToken]) expect(shown).not.toContain(secret);
    expect(Object.keys(ticket!).sort()).toEqual(["attendanceMode", "code", "event", "name", "nipMasked", "position", "rejectionReason", "state", "status", "unitName"]);
  });

  it("finds nothing for an unknown, cut-off or malformed token", async () => {
    const real = (await database.current.prisma.registration.findFirstOrThrow({ where: { eventId } })).ticketToken;
    for (const token of ["A".repeat(22), real.slice(0, 21), `${real}x`, real.toLowerCase() === real ? real.toUpperCase() : real.toLowerCase(), "", "' OR 1=1 --", "../../etc/passwd"]) {
      expect(await getTicket(token), token).toBeNull();
    }
  });

  it("tells each registration status apart: only a confirmed ticket is valid", async () => {
    const registration = await database.current.prisma.registration.findFirstOrThrow({ where: { eventId, status: "CONFIRMED", unitId: { not: karanganyarId } }, orderBy: { id: "desc" } });
    const expected: Record<RegistrationStatus, string> = { CONFIRMED: "valid", PENDING: "pending", WAITLISTED: "waitlisted", CANCELLED: "invalid", REPLACED: "invalid", REJECTED: "invalid" };
    for (const [status, state] of Object.entries(expected) as [RegistrationStatus, string][]) {
      await database.current.prisma.registration.update({ where: { id: registration.id }, data: { status } });
      expect((await getTicket(registration.ticketToken))?.state, status).toBe(state);
    }
    await database.current.prisma.registration.update({ where: { id: registration.id }, data: { status: "CONFIRMED" } });
  });

  it("a replaced delegate's ticket stops being valid while the replacement's is", async () => {
    const unitId = await unitWithFreeSeats(1);
    const original = await registerParticipant({ actor: organizer, eventId, unitId, input: person(200) });
    const replacement = await replaceParticipant({ actor: organizer, registrationId: original.registrationId, input: person(201) });
    expect(await getTicket(original.ticketToken)).toMatchObject({ status: "REPLACED", state: "invalid" });
    expect(await getTicket(replacement.ticketToken)).toMatchObject({ status: "CONFIRMED", state: "valid", name: "Peserta Uji 201" });
  });

  it("draws the QR code of the token as a self-contained SVG", async () => {
    const svg = await ticketQrSvg("AbCdEfGhIjKlMnOpQrStUv");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 \d+ \d+"/);
    expect(svg).not.toMatch(/<script|href=/i);
  });
});

describe("the confirmation email", () => {
  it("is queued with the ticket link when a delegate with an email address is registered", async () => {
    const unitId = await unitWithFreeSeats(1);
    const result = await registerParticipant({ actor: organizer, eventId, unitId, input: person(210), baseUrl: BASE_URL });
    const mails = await mailsTo("peserta210@uji.test");
    expect(mails).toHaveLength(1);
    const event = await database.current.prisma.event.findUniqueOrThrow({ where: { id: eventId } });
    expect(mails[0]).toMatchObject({ kind: "registration-confirmed", eventId, status: "PENDING", subject: `Tiket Anda · ${event.title}` });
    expect(mails[0]!.textBody).toContain(`${BASE_URL}/t/${result.ticketToken}`);
    expect(mails[0]!.textBody).toMatch(/Waktu: .+ WIB \(Asia\/Jakarta\)/);
    expect(mails[0]!.textBody).toContain("Ballroom, Hotel Hilton Garden Inn");
  });

  it("tells a delegate who joins the waitlist that they have no seat yet", async () => {
    // Karanganyar has 3 seats and 2 delegates from the demo: the fourth person waits.
    await registerParticipant({ actor: coordinator, eventId, unitId: karanganyarId, input: person(220), baseUrl: BASE_URL });
    const waiting = await registerParticipant({ actor: coordinator, eventId, unitId: karanganyarId, input: person(221), joinWaitlist: true, baseUrl: BASE_URL });
    expect(waiting.status).toBe("WAITLISTED");
    const [mail, ...others] = await mailsTo("peserta221@uji.test");
    expect(others).toHaveLength(0);
    expect(mail).toMatchObject({ kind: "registration-waitlisted" });
    expect(mail!.textBody).toContain("belum mendapat kursi");
    expect(mail!.textBody).toContain(`${BASE_URL}/t/${waiting.ticketToken}`);
  });

  it("is not queued for a delegate without an email address, nor when the registration is refused", async () => {
    const before = await database.current.prisma.outboxEmail.count();
    const unitId = await unitWithFreeSeats(1);
    await registerParticipant({ actor: organizer, eventId, unitId, input: person(230, { email: "" }), baseUrl: BASE_URL });
    // Karanganyar is full now: refused, so neither a registration nor a mail.
    await expect(registerParticipant({ actor: coordinator, eventId, unitId: karanganyarId, input: person(231), baseUrl: BASE_URL })).rejects.toThrow();
    expect(await database.current.prisma.outboxEmail.count()).toBe(before);
    expect(await mailsTo("peserta231@uji.test")).toHaveLength(0);
  });

  it("is not queued when the caller cannot tell the site's address for the link", async () => {
    const unitId = await unitWithFreeSeats(1);
    await registerParticipant({ actor: organizer, eventId, unitId, input: person(240) });
    expect(await mailsTo("peserta240@uji.test")).toHaveLength(0);
  });
});

describe("add to calendar", () => {
  async function confirmedTicket(): Promise<{ token: string; ticket: Ticket }> {
    const stored = await database.current.prisma.registration.findFirstOrThrow({ where: { eventId, status: "CONFIRMED" }, orderBy: { id: "asc" } });
    return { token: stored.ticketToken, ticket: (await getTicket(stored.ticketToken))! };
  }

  function parseEvent(ics: string) {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevents = calendar.getAllSubcomponents("vevent");
    expect(vevents).toHaveLength(1);
    return { calendar, vevent: vevents[0]!, event: new ICAL.Event(vevents[0]!) };
  }

  it("writes one event that calendar apps read at the right hour: 08:00 WIB is 01:00 UTC", async () => {
    const { token, ticket } = await confirmedTicket();
    const rakor2024 = { ...ticket, event: { ...ticket.event, startsAt: new Date("2024-09-24T01:00:00Z"), endsAt: new Date("2024-09-27T09:00:00Z") } };
    const ics = ticketCalendar({ ticket: rakor2024, token, ticketUrl: `${BASE_URL}/t/${token}`, agendaUrl: `${BASE_URL}/e/${ticket.event.slug}`, locale: "id" });
    expect(ics).toContain("\r\nDTSTART:20240924T010000Z\r\n");
    expect(ics).toContain("\r\nDTEND:20240927T090000Z\r\n");
    const { calendar, vevent, event } = parseEvent(ics);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBeTruthy();
    expect(event.startDate.toJSDate().toISOString()).toBe("2024-09-24T01:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2024-09-27T09:00:00.000Z");
    expect(event.summary).toBe(ticket.event.title);
    expect(event.location).toContain("Hotel Hilton Garden Inn");
    expect(vevent.getFirstPropertyValue("url")).toBe(`${BASE_URL}/t/${token}`);
    expect(event.description).toContain(`Tiket: ${BASE_URL}/t/${token}`);
    expect(event.description).toContain("Waktu dalam WIB (Asia/Jakarta).");
    expect(event.uid).toMatch(/^ticket-[0-9a-f]{32}@rakor$/);
    expect(event.uid).not.toContain(token);
  });

  it("keeps the same UID for the same ticket, so importing again updates the entry", async () => {
    const { token, ticket } = await confirmedTicket();
    const build = () => ticketCalendar({ ticket, token, ticketUrl: `${BASE_URL}/t/${token}`, agendaUrl: `${BASE_URL}/e/x`, locale: "en" });
    expect(parseEvent(build()).event.uid).toBe(parseEvent(build()).event.uid);
  });

  it("is still written when the site runs on an address the calendar library will not take as URL", async () => {
    const { token, ticket } = await confirmedTicket();
    const ticketUrl = `http://[::1]:3000/t/${token}`;
    const { vevent, event } = parseEvent(ticketCalendar({ ticket, token, ticketUrl, agendaUrl: "http://[::1]:3000/e/x", locale: "en" }));
    expect(vevent.getFirstPropertyValue("url")).toBeNull();
    expect(event.description).toContain(`Ticket: ${ticketUrl}`);
  });

  it("is served as a calendar download for a valid ticket, with the event's real times", async () => {
    const { token, ticket } = await confirmedTicket();
    const response = await calendarRoute(new Request(`${BASE_URL}/t/${token}/calendar.ics`), { params: Promise.resolve({ token }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="rakor-humas-pemasyarakatan-2024.ics"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const { event } = parseEvent(await response.text());
    expect(event.startDate.toJSDate().getTime()).toBe(ticket.event.startsAt.getTime());
    expect(event.endDate.toJSDate().getTime()).toBe(ticket.event.endsAt.getTime());
  });

  it("is refused for a replaced, cancelled or unknown ticket", async () => {
    const replaced = await database.current.prisma.registration.findFirstOrThrow({ where: { eventId, status: "REPLACED" } });
    for (const token of [replaced.ticketToken, "A".repeat(22), "garbage"]) {
      const response = await calendarRoute(new Request(`${BASE_URL}/t/${token}/calendar.ics`), { params: Promise.resolve({ token }) });
      expect(response.status, token).toBe(404);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    }
  });
});
