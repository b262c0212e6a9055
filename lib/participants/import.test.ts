import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { coordinatorOf, demoActors, nipFor } from "@/lib/registrations/testing";
import { setupTestDatabase } from "@/lib/test/database";
import { seedDemo } from "@/prisma/seed/demo";
import { importParticipants } from "./import-participants";
import { previewParticipantsImport } from "./preview-participants-import";
import { importCsv, refusal } from "./testing";

const database = setupTestDatabase();
const prisma = () => database.current.prisma;

let organizer: Actor;
let coordinator: Actor;
let doorStaff: Actor;
let eventId: string;
let semarangId: string;
let serial = 1;

beforeAll(async () => {
  await seedDemo(prisma(), { log: () => {} });
  ({ organizer, coordinator, doorStaff } = await demoActors(prisma()));
  eventId = (await prisma().event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } })).id;
  semarangId = (await prisma().unit.findFirstOrThrow({ where: { code: "JTG-LP-SMG" } })).id;
});

// Lapas Semarang starts every test empty, with four seats.
beforeEach(async () => {
  await prisma().registration.deleteMany({ where: { eventId, unitId: semarangId } });
  await prisma().unitQuota.update({ where: { eventId_unitId: { eventId, unitId: semarangId } }, data: { seats: 4 } });
});

function person(mode = "luring"): string[] {
  const i = serial++;
  return [`Peserta Impor ${i}`, nipFor(i), "Pranata Humas", "Penata Muda, III/a", `impor${i}@contoh.go.id`, "0812-1111-2222", mode];
}

const written = async () => ({
  registrations: await prisma().registration.count({ where: { eventId } }),
  audits: await prisma().auditLog.count({ where: { eventId } }),
});

const problemsByLine = (rows: { line: number; problems: { column: string | null; key: string }[] }[]) =>
  Object.fromEntries(rows.filter((r) => r.problems.length > 0).map((r) => [r.line, r.problems.map((p) => `${p.column ?? "-"}:${p.key}`)]));

describe("previewing a unit's participants file", () => {
  it("lists every problem by line: a missing name, an impossible NIP, a foreign number, repeats, people already registered", async () => {
    const twin = person();
    const csvText = importCsv([
      ["", nipFor(serial++), "Kepala Lapas", "", "", "", ""], // 2
      ["Rina", "197602302000031001", "Kasubsi", "", "", "", ""], // 3: 30 February
      ["Yusuf", nipFor(serial++), "Pranata Humas", "", "", "12345", "daring"], // 4
      twin, // 5
      [twin[0]!, twin[1]!, "Pranata Humas", "", "lain@contoh.go.id", "", ""], // 6: same NIP as line 5; from here on past the 4 seats
      ["Hendra Lagi", "197604122000031001", "Kepala Lapas", "", "", "", ""], // 7: registered for Karanganyar
    ]);
    const before = await written();
    const preview = await previewParticipantsImport({ actor: organizer, eventId, unitId: semarangId, csvText });
    expect(problemsByLine(preview.rows)).toEqual({
      2: ["nama:validation.required"],
      3: ["nip:registrations.errors.nip.birthDate"],
      4: ["whatsapp:registrations.errors.phone"],
      5: ["nip:participants.problems.nipRepeated"],
      6: ["nip:participants.problems.nipRepeated", "-:participants.problems.overUnitQuota"],
      7: ["nip:participants.problems.nipRegistered", "-:participants.problems.overUnitQuota"],
    });
    expect(preview.rows.find((r) => r.line === 7)!.problems[0]!.values).toEqual({ name: "Hendra Wicaksono", unit: "Lapas Khusus Kelas IIA Karanganyar Nusakambangan" });
    expect(preview).toMatchObject({ unitName: "Lapas Kelas I Semarang", counts: { rows: 6, withProblems: 6 }, needsReason: false, fileProblem: null });
    expect(await written()).toEqual(before);
  });

  it("flags the rows beyond the unit's free seats, with the numbers", async () => {
    await importParticipants({ actor: organizer, eventId, unitId: semarangId, csvText: importCsv([person()]) });
    const preview = await previewParticipantsImport({ actor: organizer, eventId, unitId: semarangId, csvText: importCsv([person(), person(), person(), person()]) });
    expect(preview.seats).toMatchObject({ unitSeats: 4, unitTaken: 1, unitFree: 3 });
    expect(problemsByLine(preview.rows)).toEqual({ 5: ["-:participants.problems.overUnitQuota"] });
    expect(preview.rows[3]!.problems[0]!.values).toEqual({ seats: 4, taken: 1, free: 3 });
  });

  it("tells a file problem apart from row problems, and refuses a unit that is not invited", async () => {
    const preview = await previewParticipantsImport({ actor: organizer, eventId, unitId: semarangId, csvText: "nama;nip\nA;1\n" });
    expect(preview.fileProblem).toMatchObject({ key: "participants.errors.csvMissingColumns" });
    const office = await prisma().regionalOffice.findFirstOrThrow();
    const stranger = await prisma().unit.create({
      data: { code: "UJI-TAKDIUNDANG", name: "Lapas Tak Diundang", type: "LAPAS", timeZone: "Asia/Jakarta", regionalOfficeId: office.id, organizationId: office.organizationId },
    });
    expect((await refusal(previewParticipantsImport({ actor: organizer, eventId, unitId: stranger.id, csvText: importCsv([person()]) }))).fields).toEqual({
      unitId: { key: "registrations.errors.unitNotInvited" },
    });
  });
});

describe("importing a unit's participants", () => {
  it("registers everyone in one go: confirmed, with tickets, normalised numbers, each audited", async () => {
    const rows = [person(), person("daring"), person()];
    const result = await importParticipants({ actor: organizer, eventId, unitId: semarangId, csvText: importCsv(rows) });
    expect(result).toEqual({ created: 3 });
    const stored = await prisma().registration.findMany({ where: { eventId, unitId: semarangId }, orderBy: { name: "asc" } });
    expect(stored.map((r) => r.name)).toEqual(rows.map((r) => r[0]).sort());
    const second = stored.find((r) => r.name === rows[1]![0])!;
    expect(second).toMatchObject({ status: "CONFIRMED", attendanceMode: "ONLINE", phone: "+6281211112222", activeNip: rows[1]![1], activeEmail: rows[1]![4], createdById: organizer.userId });
    expect(new Set(stored.map((r) => r.ticketToken)).size).toBe(3);
    const audits = await prisma().auditLog.findMany({ where: { entityId: { in: stored.map((r) => r.id) } } });
    expect(audits).toHaveLength(3);
    expect(audits.every((a) => a.action === "registration.create" && a.reason === "csv-import" && a.actorId === organizer.userId)).toBe(true);
  });

  it("refuses a file over the unit's quota whole: nothing is written", async () => {
    const before = await written();
    const result = await refusal(importParticipants({ actor: organizer, eventId, unitId: semarangId, csvText: importCsv([person(), person(), person(), person(), person()]) }));
    expect(result.fields._form).toEqual({ key: "participants.errors.importRefused", values: { count: 1, lines: "6" } });
    expect(await written()).toEqual(before);
  });

  it("refuses a file with someone already registered, or a bad row, whole: nothing is written", async () => {
    const before = await written();
    const withRegistered = importCsv([person(), ["Hendra Lagi", "197604122000031001", "Kepala Lapas", "", "", "", ""]]);
    expect((await refusal(importParticipants({ actor: organizer, eventId, unitId: semarangId, csvText: withRegistered }))).fields._form).toEqual({
      key: "participants.errors.importRefused",
      values: { count: 1, lines: "3" },
    });
    const withBadRow = importCsv([person(), person(), ["Rina", "197602302000031001", "Kasubsi", "", "", "", ""]]);
    expect((await refusal(importParticipants({ actor: organizer, eventId, unitId: semarangId, csvText: withBadRow }))).fields._form).toMatchObject({
      values: { count: 1, lines: "4" },
    });
    expect(await written()).toEqual(before);
  });

  it("after the deadline needs the organizer's reason, recorded with every registration", async () => {
    const event = await prisma().event.findUniqueOrThrow({ where: { id: eventId } });
    const late = new Date(event.registrationClosesAt.getTime() + 60_000);
    const csvText = importCsv([person(), person()]);
    expect((await previewParticipantsImport({ actor: organizer, eventId, unitId: semarangId, csvText, now: late })).needsReason).toBe(true);
    const before = await written();
    expect((await refusal(importParticipants({ actor: organizer, eventId, unitId: semarangId, csvText, now: late }))).fields).toEqual({
      overrideReason: { key: "registrations.errors.reasonRequired" },
    });
    expect(await written()).toEqual(before);
    await importParticipants({ actor: organizer, eventId, unitId: semarangId, csvText, now: late, overrideReason: "Susulan dari Kanwil Jawa Tengah" });
    const audits = await prisma().auditLog.findMany({ where: { eventId, action: "registration.create", reason: "Susulan dari Kanwil Jawa Tengah" } });
    expect(audits).toHaveLength(2);
  });

  it("is refused to anonymous visitors, unit coordinators (even of that unit) and door staff, writing nothing", async () => {
    const semarangCoordinator = await coordinatorOf(prisma(), semarangId, "impor");
    const csvText = importCsv([person()]);
    const before = await written();
    for (const [actor, code] of [[null, "unauthenticated"], [coordinator, "forbidden"], [semarangCoordinator, "forbidden"], [doorStaff, "forbidden"]] as const) {
      expect((await refusal(previewParticipantsImport({ actor, eventId, unitId: semarangId, csvText }))).code).toBe(code);
      expect((await refusal(importParticipants({ actor, eventId, unitId: semarangId, csvText }))).code).toBe(code);
    }
    expect(await written()).toEqual(before);
  });
});
