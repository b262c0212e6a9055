import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { setupTestDatabase } from "@/lib/test/database";
import { refusal } from "@/lib/test/refusal";
import { demoActors } from "@/lib/test/actors";
import { ticketCode } from "@/lib/tickets/ticket-code";
import { seedDemo } from "@/prisma/seed/demo";
import { registerParticipant } from "@/lib/registrations/register-participant";
import { replaceParticipant } from "@/lib/registrations/replace-participant";
import { coordinatorOf, person } from "@/lib/registrations/testing";
import { checkInAttendee } from "./check-in-attendee";
import { demoEvent, otherEventWithStaff, participant, scanId } from "./testing";

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let organizer: Actor;
let coordinator: Actor;
let doorStaff: Actor;
let event: Awaited<ReturnType<typeof demoEvent>>;
let day: string;

beforeAll(async () => {
  await seedDemo(prisma(), { log: () => {} });
  ({ organizer, coordinator, doorStaff } = await demoActors(prisma()));
  event = await demoEvent(prisma());
  day = event.days[0]!;
});

const scan = (actor: Actor | null, input: { ticket?: string; registrationId?: string; clientScanId?: string; device?: string; day?: string; sessionId?: string }) =>
  checkInAttendee({ actor, eventId: event.id, day, clientScanId: scanId(), device: "Pintu 1", ...input });

describe("checking a participant in at the door", () => {
  it("scanning a valid ticket checks the person in for the day, once, as door staff on this device", async () => {
    const person = await participant(prisma(), event.id, "CONFIRMED", "Bambang Sutrisno");
    const result = await scan(doorStaff, { ticket: person.ticketToken });
    expect(result).toMatchObject({ kind: "checked_in", person: { registrationId: person.id, name: "Bambang Sutrisno", unitName: "Lapas Kelas I Semarang" }, byName: "Petugas Pintu 1", device: "Pintu 1" });
    const rows = await prisma().checkIn.findMany({ where: { registrationId: person.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ scope: "", sessionId: null, mode: "ON_SITE", checkedInById: doorStaff.userId });
    expect(rows[0]!.day.toISOString().slice(0, 10)).toBe(day);
  });

  it("a second scan of the same person says when and by whom, writes no second check-in, and logs the scan", async () => {
    const person = await participant(prisma(), event.id);
    const first = await scan(doorStaff, { ticket: person.ticketToken, device: "Pintu 2" });
    const second = await scan(organizer, { ticket: person.ticketToken, device: "Pintu 3" });
    expect(second.kind).toBe("already");
    if (first.kind !== "checked_in" || second.kind !== "already") throw new Error("unexpected kinds");
    expect(second).toMatchObject({ checkInId: first.checkInId, checkedInAt: first.checkedInAt, byName: "Petugas Pintu 1", device: "Pintu 2" });
    expect(await prisma().checkIn.count({ where: { registrationId: person.id } })).toBe(1);
    expect(await prisma().checkInScan.findMany({ where: { registrationId: person.id }, select: { outcome: true, device: true } })).toEqual([{ outcome: "DUPLICATE", device: "Pintu 3" }]);
  });

  it("the same scan replayed 1,000 times yields one check-in and the same answer each time", async () => {
    const person = await participant(prisma(), event.id);
    const clientScanId = scanId();
    const results = [];
    for (let i = 0; i < 1000; i++) results.push(await scan(doorStaff, { ticket: person.ticketToken, clientScanId }));
    expect(new Set(results.map((r) => r.kind))).toEqual(new Set(["checked_in"]));
    expect(new Set(results.map((r) => (r.kind === "checked_in" ? r.checkInId : null))).size).toBe(1);
    expect(await prisma().checkIn.count({ where: { registrationId: person.id } })).toBe(1);
    expect(await prisma().checkInScan.count({ where: { registrationId: person.id } })).toBe(0);
  }, 120_000);

  it("finds the ticket by its link, by the printed code typed carelessly, or by the registration from the search", async () => {
    const [a, b, c] = [await participant(prisma(), event.id), await participant(prisma(), event.id), await participant(prisma(), event.id)];
    expect((await scan(doorStaff, { ticket: `https://rakor.example/t/${a.ticketToken}` })).kind).toBe("checked_in");
    const typed = ticketCode(b.ticketToken).toLowerCase().replace("-", " ");
    expect(await scan(doorStaff, { ticket: typed })).toMatchObject({ kind: "checked_in", person: { registrationId: b.id } });
    expect(await scan(doorStaff, { registrationId: c.id })).toMatchObject({ kind: "checked_in", person: { registrationId: c.id } });
  });

  it("checks in per day and per session separately", async () => {
    const person = await participant(prisma(), event.id);
    const session = await prisma().agendaSession.findFirstOrThrow({ where: { eventId: event.id, startsAt: { gte: event.startsAt, lt: new Date(event.startsAt.getTime() + 10 * 3600_000) } } });
    expect((await scan(doorStaff, { ticket: person.ticketToken })).kind).toBe("checked_in");
    expect((await scan(doorStaff, { ticket: person.ticketToken, sessionId: session.id })).kind).toBe("checked_in");
    expect((await scan(doorStaff, { ticket: person.ticketToken, sessionId: session.id })).kind).toBe("already");
    expect((await scan(doorStaff, { ticket: person.ticketToken, day: event.days[1]! })).kind).toBe("checked_in");
    expect(await prisma().checkIn.count({ where: { registrationId: person.id } })).toBe(3);
  });

  it.each([
    ["CANCELLED", "cancelled"],
    ["REPLACED", "replaced"],
    ["WAITLISTED", "waitlisted"],
    ["PENDING", "pending"],
    ["REJECTED", "rejected"],
  ] as const)("refuses a %s ticket with the reason, writing nothing", async (status, reason) => {
    const person = await participant(prisma(), event.id, status);
    expect(await scan(doorStaff, { ticket: person.ticketToken })).toMatchObject({ kind: "refused", reason, person: { registrationId: person.id } });
    expect(await prisma().checkIn.count({ where: { registrationId: person.id } })).toBe(0);
    expect(await prisma().checkInScan.count({ where: { registrationId: person.id } })).toBe(0);
  });

  it("after a coordinator replaces a delegate, the door refuses the old ticket as replaced and admits the new one", async () => {
    const unitId = (await prisma().unit.findFirstOrThrow({ where: { code: "JTG-LP-SMG" } })).id;
    await prisma().unitQuota.update({ where: { eventId_unitId: { eventId: event.id, unitId } }, data: { seats: 30 } });
    const semarang = await coordinatorOf(prisma(), unitId, "door-replace");
    const original = await registerParticipant({ actor: semarang, eventId: event.id, unitId, input: person(700) });
    const replacement = await replaceParticipant({ actor: semarang, registrationId: original.registrationId, input: person(701) });
    expect(await scan(doorStaff, { ticket: original.ticketToken })).toMatchObject({ kind: "refused", reason: "replaced" });
    expect(await scan(doorStaff, { ticket: replacement.ticketToken })).toMatchObject({ kind: "checked_in" });
    expect(await prisma().checkIn.count({ where: { registrationId: original.registrationId } })).toBe(0);
  });

  it("refuses another event's ticket without naming its holder, and an unknown ticket", async () => {
    const other = await otherEventWithStaff(prisma(), event.organizationId, "tiket");
    const stranger = await participant(prisma(), other.eventId);
    expect(await scan(doorStaff, { ticket: stranger.ticketToken })).toEqual({ kind: "refused", reason: "other_event", person: null });
    expect(await scan(doorStaff, { ticket: "AAAAAAAAAAAAAAAAAAAAAA" })).toEqual({ kind: "refused", reason: "unknown_ticket", person: null });
    expect(await scan(doorStaff, { ticket: "ZZZZ-ZZZZ" })).toEqual({ kind: "refused", reason: "unknown_ticket", person: null });
    expect(await scan(doorStaff, { registrationId: stranger.id })).toEqual({ kind: "refused", reason: "unknown_ticket", person: null });
    expect(await prisma().checkIn.count({ where: { registrationId: stranger.id } })).toBe(0);
  });

  it("refuses a day the event does not run on and a session of another day", async () => {
    const person = await participant(prisma(), event.id);
    const late = await prisma().agendaSession.findFirstOrThrow({ where: { eventId: event.id, startsAt: { gte: new Date(event.startsAt.getTime() + 86_400_000) } } });
    expect((await refusal(scan(doorStaff, { ticket: person.ticketToken, day: "2020-01-01" }))).fields).toEqual({ day: { key: "attendance.errors.notEventDay" } });
    expect((await refusal(scan(doorStaff, { ticket: person.ticketToken, sessionId: late.id }))).fields).toEqual({ sessionId: { key: "attendance.errors.badSession" } });
    expect(await prisma().checkIn.count({ where: { registrationId: person.id } })).toBe(0);
  });
});

describe("who may scan", () => {
  it("door staff of another event, a unit coordinator and an anonymous visitor cannot scan; nothing is written", async () => {
    const other = await otherEventWithStaff(prisma(), event.organizationId, "scan");
    const person = await participant(prisma(), event.id);
    expect((await refusal(scan(other.staff, { ticket: person.ticketToken }))).code).toBe("forbidden");
    expect((await refusal(scan(coordinator, { ticket: person.ticketToken }))).code).toBe("forbidden");
    expect((await refusal(scan(null, { ticket: person.ticketToken }))).code).toBe("unauthenticated");
    expect(await prisma().checkIn.count({ where: { registrationId: person.id } })).toBe(0);
    expect(await prisma().checkInScan.count({ where: { registrationId: person.id } })).toBe(0);
  });
});
