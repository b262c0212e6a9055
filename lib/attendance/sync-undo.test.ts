import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { setupTestDatabase } from "@/lib/test/database";
import { refusal } from "@/lib/test/refusal";
import { demoActors } from "@/lib/test/actors";
import { seedDemo } from "@/prisma/seed/demo";
import { checkInAttendee } from "./check-in-attendee";
import { markOnlinePresent } from "./mark-online-present";
import { getScannerData, listDoorEvents } from "./queries";
import { saveSignature } from "./save-signature";
import { syncCheckIns } from "./sync-check-ins";
import { demoEvent, otherEventWithStaff, participant, scanId } from "./testing";
import { undoCheckIn, UNDO_WINDOW_MS } from "./undo-check-in";

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let organizer: Actor;
let coordinator: Actor;
let doorStaff: Actor;
let event: Awaited<ReturnType<typeof demoEvent>>;
let day: string;
const at = (hhmm: string) => new Date(`${day}T${hhmm}:00+07:00`);

beforeAll(async () => {
  await seedDemo(prisma(), { log: () => {} });
  ({ organizer, coordinator, doorStaff } = await demoActors(prisma()));
  event = await demoEvent(prisma());
  day = event.days[0]!;
});

describe("syncing scans made offline", () => {
  it("records each scan with its original time, and a resent batch changes nothing", async () => {
    const people = [await participant(prisma(), event.id), await participant(prisma(), event.id), await participant(prisma(), event.id)];
    const scans = people.map((p, i) => ({ clientScanId: scanId(), ticket: p.ticketToken, day, scannedAt: at(`08:1${i}`), device: "Pintu 2" }));
    const first = await syncCheckIns({ actor: doorStaff, eventId: event.id, scans, now: at("09:00") });
    expect(first.map((r) => r.ok && r.result.kind)).toEqual(["checked_in", "checked_in", "checked_in"]);
    const again = await syncCheckIns({ actor: doorStaff, eventId: event.id, scans, now: at("09:05") });
    expect(again).toEqual(first);
    const rows = await prisma().checkIn.findMany({ where: { registrationId: { in: people.map((p) => p.id) } }, orderBy: { checkedInAt: "asc" } });
    expect(rows.map((r) => r.checkedInAt.toISOString())).toEqual(scans.map((s) => s.scannedAt.toISOString()));
  });

  it("two devices that checked the same person keep the earliest time and log the other scan", async () => {
    const person = await participant(prisma(), event.id);
    const online = await checkInAttendee({ actor: doorStaff, eventId: event.id, clientScanId: scanId(), ticket: person.ticketToken, day, device: "Pintu 1", now: at("08:15") });
    expect(online.kind).toBe("checked_in");
    const offlineId = scanId();
    const [synced] = await syncCheckIns({
      actor: organizer,
      eventId: event.id,
      scans: [{ clientScanId: offlineId, ticket: person.ticketToken, day, scannedAt: at("08:12"), device: "Pintu 2" }],
      now: at("08:40"),
    });
    expect(synced).toMatchObject({ ok: true, result: { kind: "already", device: "Pintu 1" } });
    const row = await prisma().checkIn.findFirstOrThrow({ where: { registrationId: person.id } });
    expect(row).toMatchObject({ checkedInAt: at("08:12"), device: "Pintu 2", clientScanId: offlineId, checkedInById: organizer.userId });
    expect(await prisma().checkInScan.findMany({ where: { registrationId: person.id }, select: { outcome: true, device: true, scannedAt: true } })).toEqual([
      { outcome: "SUPERSEDED", device: "Pintu 1", scannedAt: at("08:15") },
    ]);
    expect(await prisma().checkIn.count({ where: { registrationId: person.id } })).toBe(1);
  });

  it("a scan dated in the future by a wrong device clock is refused with its reason; within minutes of the server's clock it counts at the server's time", async () => {
    const [late, early] = [await participant(prisma(), event.id), await participant(prisma(), event.id)];
    const results = await syncCheckIns({
      actor: doorStaff,
      eventId: event.id,
      scans: [
        { clientScanId: scanId(), ticket: late.ticketToken, day, scannedAt: at("23:00"), device: "Pintu 2" },
        { clientScanId: scanId(), ticket: early.ticketToken, day, scannedAt: at("10:04"), device: "Pintu 2" },
        { clientScanId: scanId(), ticket: late.ticketToken, day: "2001-01-01", scannedAt: at("08:00") },
      ],
      now: at("10:00"),
    });
    expect(results.map((r) => (r.ok ? r.result.kind : r.error))).toEqual(["invalid_input", "checked_in", "refused"]);
    expect(results[2]).toMatchObject({ ok: true, result: { kind: "refused", reason: "implausible_time", person: null } });
    expect(await prisma().checkIn.count({ where: { registrationId: late.id } })).toBe(0);
    expect((await prisma().checkIn.findFirstOrThrow({ where: { registrationId: early.id } })).checkedInAt).toEqual(at("10:00"));
  });

  it("an offline scan dated outside the event's days (12 hours either side) is refused, and nothing of it is written", async () => {
    const people = await Promise.all([1, 2, 3, 4].map(() => participant(prisma(), event.id)));
    const firstDayStart = new Date(`${event.days[0]}T00:00:00+07:00`).getTime();
    const lastDayEnd = new Date(`${event.days.at(-1)}T00:00:00+07:00`).getTime() + 86_400_000;
    const hours = (n: number) => n * 3_600_000;
    const dates = [new Date(0), new Date(firstDayStart - hours(13)), new Date(firstDayStart - hours(11)), new Date(lastDayEnd + hours(11))];
    const scans = people.map((p, i) => ({ clientScanId: scanId(), ticket: p.ticketToken, day, scannedAt: dates[i]!, device: "Pintu 4" }));
    const results = await syncCheckIns({ actor: doorStaff, eventId: event.id, scans, now: new Date(lastDayEnd + hours(11.5)) });
    const kindOf = new Map(results.map((r) => [r.clientScanId, r.ok && (r.result.kind === "refused" ? r.result.reason : r.result.kind)]));
    expect(scans.map((s) => kindOf.get(s.clientScanId))).toEqual(["implausible_time", "implausible_time", "checked_in", "checked_in"]);
    const ids = people.slice(0, 2).map((p) => p.id);
    expect(await prisma().checkIn.count({ where: { registrationId: { in: ids } } })).toBe(0);
    expect(await prisma().checkInScan.count({ where: { registrationId: { in: ids } } })).toBe(0);
  });

  it("a scan made just now counts whatever the event's dates (a rehearsal before the event)", async () => {
    const person = await participant(prisma(), event.id);
    const now = new Date(new Date(`${event.days[0]}T00:00:00+07:00`).getTime() - 20 * 86_400_000);
    const [result] = await syncCheckIns({ actor: doorStaff, eventId: event.id, scans: [{ clientScanId: scanId(), ticket: person.ticketToken, day, scannedAt: new Date(now.getTime() - 60_000) }], now });
    expect(result).toMatchObject({ ok: true, result: { kind: "checked_in" } });
  });

  it("a batch with the same ticket scanned fifty times logs one duplicate, and sending it again logs nothing more", async () => {
    const person = await participant(prisma(), event.id);
    const scans = Array.from({ length: 50 }, (_, i) => ({ clientScanId: scanId(), ticket: person.ticketToken, day, scannedAt: at(`08:${String(i).padStart(2, "0")}`), device: "Pintu 5" }));
    const first = await syncCheckIns({ actor: doorStaff, eventId: event.id, scans, now: at("09:00") });
    expect(first.map((r) => r.ok && r.result.kind)).toEqual(["checked_in", ...Array(49).fill("already")]);
    expect(await prisma().checkIn.count({ where: { registrationId: person.id } })).toBe(1);
    expect(await prisma().checkInScan.count({ where: { registrationId: person.id } })).toBe(1);
    const again = await syncCheckIns({ actor: doorStaff, eventId: event.id, scans, now: at("09:05") });
    expect(again).toEqual(first);
    expect(await prisma().checkInScan.count({ where: { registrationId: person.id } })).toBe(1);
    expect((await prisma().checkIn.findFirstOrThrow({ where: { registrationId: person.id } })).checkedInAt).toEqual(at("08:00"));
  });

  it("staff of another event and coordinators cannot sync", async () => {
    const other = await otherEventWithStaff(prisma(), event.organizationId, "sync");
    const person = await participant(prisma(), event.id);
    const scans = [{ clientScanId: scanId(), ticket: person.ticketToken, day }];
    expect((await refusal(syncCheckIns({ actor: other.staff, eventId: event.id, scans }))).code).toBe("forbidden");
    expect((await refusal(syncCheckIns({ actor: coordinator, eventId: event.id, scans }))).code).toBe("forbidden");
    expect(await prisma().checkIn.count({ where: { registrationId: person.id } })).toBe(0);
  });
});

describe("undoing a check-in", () => {
  it("door staff undo within minutes; it is audited, and a replay of the scan does not check the person in again", async () => {
    const person = await participant(prisma(), event.id);
    const clientScanId = scanId();
    const made = await checkInAttendee({ actor: doorStaff, eventId: event.id, clientScanId, ticket: person.ticketToken, day });
    if (made.kind !== "checked_in") throw new Error("not checked in");
    await undoCheckIn({ actor: doorStaff, eventId: event.id, checkInId: made.checkInId, now: new Date(Date.now() + 60_000) });
    expect(await prisma().checkIn.count({ where: { registrationId: person.id } })).toBe(0);
    expect(await prisma().auditLog.count({ where: { entityId: made.checkInId, action: "checkin.undo", actorId: doorStaff.userId } })).toBe(1);
    expect(await checkInAttendee({ actor: doorStaff, eventId: event.id, clientScanId, ticket: person.ticketToken, day })).toMatchObject({ kind: "refused", reason: "undone" });
    expect((await checkInAttendee({ actor: doorStaff, eventId: event.id, clientScanId: scanId(), ticket: person.ticketToken, day })).kind).toBe("checked_in");
  });

  it("undoing a check-in that was already undone answers \"already undone\", and changes nothing", async () => {
    const person = await participant(prisma(), event.id);
    const made = await checkInAttendee({ actor: doorStaff, eventId: event.id, clientScanId: scanId(), ticket: person.ticketToken, day });
    if (made.kind !== "checked_in") throw new Error("not checked in");
    await undoCheckIn({ actor: doorStaff, eventId: event.id, checkInId: made.checkInId });
    expect(await refusal(undoCheckIn({ actor: doorStaff, eventId: event.id, checkInId: made.checkInId }))).toEqual({ code: "conflict", fields: { _form: { key: "attendance.errors.alreadyUndone" } } });
    expect(await prisma().checkInScan.count({ where: { registrationId: person.id, outcome: "UNDONE" } })).toBe(1);
    expect(await prisma().auditLog.count({ where: { entityId: made.checkInId, action: "checkin.undo" } })).toBe(1);
    expect((await refusal(undoCheckIn({ actor: doorStaff, eventId: event.id, checkInId: "tidak-ada" }))).code).toBe("not_found");
  });

  it("door staff cannot undo after the window, organizers can; staff of another event cannot at all", async () => {
    const person = await participant(prisma(), event.id);
    const made = await checkInAttendee({ actor: doorStaff, eventId: event.id, clientScanId: scanId(), ticket: person.ticketToken, day });
    if (made.kind !== "checked_in") throw new Error("not checked in");
    const later = new Date(Date.now() + UNDO_WINDOW_MS + 60_000);
    expect((await refusal(undoCheckIn({ actor: doorStaff, eventId: event.id, checkInId: made.checkInId, now: later }))).fields).toEqual({ _form: { key: "attendance.errors.undoTooLate" } });
    const other = await otherEventWithStaff(prisma(), event.organizationId, "undo");
    expect((await refusal(undoCheckIn({ actor: other.staff, eventId: event.id, checkInId: made.checkInId }))).code).toBe("forbidden");
    expect((await refusal(undoCheckIn({ actor: other.staff, eventId: other.eventId, checkInId: made.checkInId }))).code).toBe("not_found");
    expect(await prisma().checkIn.count({ where: { registrationId: person.id } })).toBe(1);
    await undoCheckIn({ actor: organizer, eventId: event.id, checkInId: made.checkInId, now: later });
    expect(await prisma().checkIn.count({ where: { registrationId: person.id } })).toBe(0);
  });
});

describe("signatures, online attendance and what the scanner may read", () => {
  const png = (size: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(size)]).toString("base64");

  it("stores a signature with the check-in and refuses one too large or not a PNG", async () => {
    const person = await participant(prisma(), event.id);
    const made = await checkInAttendee({ actor: doorStaff, eventId: event.id, clientScanId: scanId(), ticket: person.ticketToken, day });
    if (made.kind !== "checked_in") throw new Error("not checked in");
    await saveSignature({ actor: doorStaff, eventId: event.id, checkInId: made.checkInId, png: `data:image/png;base64,${png(500)}` });
    expect((await prisma().checkIn.findUniqueOrThrow({ where: { id: made.checkInId } })).signature?.length).toBe(508);
    expect((await refusal(saveSignature({ actor: doorStaff, eventId: event.id, checkInId: made.checkInId, png: png(200_000) }))).code).toBe("invalid_input");
    expect((await refusal(saveSignature({ actor: doorStaff, eventId: event.id, checkInId: made.checkInId, png: Buffer.alloc(300).toString("base64") }))).fields).toEqual({ png: { key: "attendance.errors.signatureInvalid" } });
    expect((await prisma().checkIn.findUniqueOrThrow({ where: { id: made.checkInId } })).signature?.length).toBe(508);
  });

  it("the organizer marks an online participant present in the same records with mode ONLINE; door staff cannot", async () => {
    const person = await participant(prisma(), event.id);
    expect((await refusal(markOnlinePresent({ actor: doorStaff, eventId: event.id, registrationId: person.id, day }))).code).toBe("forbidden");
    expect((await markOnlinePresent({ actor: organizer, eventId: event.id, registrationId: person.id, day })).kind).toBe("checked_in");
    expect(await prisma().checkIn.findFirstOrThrow({ where: { registrationId: person.id } })).toMatchObject({ mode: "ONLINE", device: null });
  });

  it("door staff read their own event's list with ticket codes and no tokens; not another event's", async () => {
    const data = await getScannerData(doorStaff, event.id);
    expect(data.participants.length).toBeGreaterThan(5);
    expect(data.participants[0]).toHaveProperty("code");
    expect(JSON.stringify(data)).not.toMatch(/ticketToken/);
    const other = await otherEventWithStaff(prisma(), event.organizationId, "read");
    expect((await refusal(getScannerData(other.staff, event.id))).code).toBe("forbidden");
    expect((await refusal(getScannerData(coordinator, event.id))).code).toBe("forbidden");
    expect((await refusal(getScannerData(null, event.id))).code).toBe("unauthenticated");
    expect((await listDoorEvents(doorStaff)).map((e) => e.id)).toEqual([event.id]);
    expect((await listDoorEvents(other.staff)).map((e) => e.id)).toEqual([other.eventId]);
  });
});
