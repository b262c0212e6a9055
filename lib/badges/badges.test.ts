import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { checkInAttendee } from "@/lib/attendance/check-in-attendee";
import { demoEvent, newToken, otherEventWithStaff, scanId } from "@/lib/attendance/testing";
import type { Actor } from "@/lib/auth/authorize";
import { readPdf, renderFirstPage } from "@/lib/documents/testing";
import { isAppError } from "@/lib/errors/app-error";
import { setupTestDatabase } from "@/lib/test/database";
import { demoActors } from "@/lib/test/actors";
import { tokenFromScan } from "@/lib/tickets/token";
import { createOrganizer } from "@/lib/units/testing";
import { seedDemo } from "@/prisma/seed/demo";
import { badgeSheetFile, oneBadgeFile } from "./badge-files";
import { BADGE_FORMATS, pageCells } from "./layout";
import { markBadgesPrinted } from "./mark-badges-printed";
import { getBadgeFormData, getBadgeSheet } from "./queries";
import { renderBadgeSheet } from "./render-badge-sheet";
import { DEFAULT_BADGE_FILTER } from "./schema";

// Badges are printed the day before: two A4 layouts with cut marks, the ticket QR the door reads,
// names of any length and script, and a record of what was printed so the next run takes only newcomers.

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let organizer: Actor;
let doorStaff: Actor;
let eventId: string;
let semarangId: string;
let karanganyarId: string;

const LONG_NAME = "Raden Ayu Sri Nurhaliza Prawirodirdjo Hadiningrat Kusumawati"; // 60 characters
const DIACRITICS = ["Lestārī Wulandarī", "Nguyễn Thị Minh Khai", "Zoë Ångström-Çelik"];
const params = (query: Record<string, string>) => new URLSearchParams(query);
/** Page 1 at print resolution, kept out of docs/samples (renderFirstPage copies there with UPDATE_SAMPLES). */
function renderAt(bytes: Uint8Array, dpi: number): Buffer {
  const work = mkdtempSync(path.join(tmpdir(), "rakor-badge-"));
  try {
    writeFileSync(path.join(work, "in.pdf"), bytes);
    execFileSync("pdftoppm", ["-png", "-r", String(dpi), "-f", "1", "-l", "1", "-singlefile", path.join(work, "in.pdf"), path.join(work, "page")]);
    return readFileSync(path.join(work, "page.png"));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
const pdfText = async (bytes: Uint8Array) => (await readPdf(bytes)).text.replace(/\s+/g, " ");

beforeAll(async () => {
  await seedDemo(prisma(), { log: () => {} });
  ({ organizer, doorStaff } = await demoActors(prisma()));
  const demo = await prisma().event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } });
  const event = await prisma().event.create({
    data: {
      organizationId: demo.organizationId, slug: "rakor-badge-uji", title: "Rapat Koordinasi Humas Badge Uji 2026", venueName: "Hotel Uji",
      timeZone: "Asia/Jakarta", startsAt: demo.startsAt, endsAt: demo.endsAt, capacity: 100,
      registrationOpensAt: demo.registrationOpensAt, registrationClosesAt: demo.registrationClosesAt, status: "PUBLISHED",
    },
  });
  eventId = event.id;
  const unit = async (code: string) => (await prisma().unit.findFirstOrThrow({ where: { code } })).id;
  [semarangId, karanganyarId] = [await unit("JTG-LP-SMG"), await unit("JTG-LPKA-KRA")];
  // 54 seated: 40 of Semarang, 14 of Karanganyar (the long and accented names among them); 2 waiting, 1 cancelled.
  const names = [LONG_NAME, ...DIACRITICS, ...Array.from({ length: 50 }, (_, i) => `Uji Peserta ${String(i + 1).padStart(2, "0")}`)];
  await prisma().registration.createMany({
    data: [
      ...names.map((name, i) => ({ eventId, unitId: i < 14 ? karanganyarId : semarangId, name, position: i === 0 ? "Kepala Sub Seksi Pelaporan dan Tata Tertib" : "Pranata Humas", ticketToken: newToken(), status: "CONFIRMED" as const })),
      { eventId, unitId: semarangId, name: "Menunggu Kursi Satu", ticketToken: newToken(), status: "WAITLISTED" as const },
      { eventId, unitId: semarangId, name: "Menunggu Kursi Dua", ticketToken: newToken(), status: "WAITLISTED" as const },
      { eventId, unitId: semarangId, name: "Sudah Batal", ticketToken: newToken(), status: "CANCELLED" as const },
    ],
  });
});

describe("a sheet of name badges", () => {
  it("prints 54 people on 7 pages at 8 per page and on 6 at 10, each with name, jabatan, unit and the Peserta band", async () => {
    const eight = (await badgeSheetFile(organizer, eventId, params({ size: "8" })))!;
    const ten = (await badgeSheetFile(organizer, eventId, params({ size: "10" })))!;
    const [readEight, readTen] = [await readPdf(eight.bytes), await readPdf(ten.bytes)];
    expect(readEight.pages).toHaveLength(7);
    expect(readTen.pages).toHaveLength(6);
    expect(readEight.fonts.every((font) => /NotoSans/.test(font))).toBe(true);
    const first = readEight.pages[0]!.replace(/\s+/g, " ");
    // Karanganyar (LPKA) sorts before Semarang (LP)? By name: "Lembaga Pembinaan Khusus Anak…" before "Lembaga Pemasyarakatan…" or not, one unit fills page 1.
    expect(first.match(/PESERTA/g)).toHaveLength(8);
    expect(readTen.pages[0]!.match(/PESERTA/g)).toHaveLength(10);
    expect(readEight.pages[6]!.match(/PESERTA/g)).toHaveLength(54 - 6 * 8);
    expect(readEight.text).toContain("Rakor Humas Badge Uji 2026");
    expect(readEight.text).toContain("Pranata Humas");
    expect(readEight.text).not.toContain("Menunggu Kursi");
    expect(readEight.text).not.toContain("Sudah Batal");
  });

  it("prints names with diacritics intact and a 60-character name whole, in two lines, without cutting it", async () => {
    expect(LONG_NAME).toHaveLength(60);
    for (const size of ["8", "10"]) {
      const file = (await badgeSheetFile(organizer, eventId, params({ size, unit: karanganyarId })))!;
      // The samples: the unit with the long and accented names.
      renderFirstPage(file.bytes, `badges-${size}`);
      const text = await pdfText(file.bytes);
      for (const name of DIACRITICS) expect(text).toContain(name);
      expect(text).toContain(LONG_NAME);
      expect(text).not.toContain("…");
    }
    // Capitals are the widest a name gets; 60 of them still fit whole on the smaller card.
    const capitals = LONG_NAME.toUpperCase();
    const badge = { registrationId: "x", name: capitals, position: null, unitName: "Lapas Kelas I Semarang", ticketToken: newToken(), role: "PESERTA" as const };
    const header = { event: { id: eventId, title: "Rakor", shortTitle: "Rakor", organizationId: "x" }, logo: null };
    const text = await pdfText(await renderBadgeSheet({ header, badges: [badge], size: "10", filterLine: "" }));
    expect(text).toContain(capitals.split(" ").slice(0, 3).join(" "));
    expect(text.replace(/ /g, "")).toContain(capitals.replace(/ /g, ""));
    expect(text).not.toContain("…");
  });

  it("holds in its QR exactly the ticket token the door scanner accepts for that person", async () => {
    const sheet = (await getBadgeSheet(organizer, eventId, { ...DEFAULT_BADGE_FILTER, unit: semarangId }))!;
    const file = (await badgeSheetFile(organizer, eventId, params({ size: "10", unit: semarangId })))!;
    const dpi = 200;
    const png = renderAt(file.bytes, dpi);
    const scale = dpi / 72;
    for (const [index, cell] of pageCells(BADGE_FORMATS["10"]).slice(0, 3).entries()) {
      const region = { left: Math.floor(cell.x * scale), top: Math.floor(cell.y * scale), width: Math.floor(cell.width * scale), height: Math.floor(cell.height * scale) };
      const { data, info } = await sharp(png).extract(region).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const decoded = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height);
      expect(decoded?.data).toBe(sheet.badges[index]!.ticketToken);
      expect(tokenFromScan(decoded!.data)).toBe(sheet.badges[index]!.ticketToken);
    }
    // And the door checks that person in with what it read.
    const demo = await demoEvent(prisma());
    await prisma().event.update({ where: { id: eventId }, data: { startsAt: demo.startsAt, endsAt: demo.endsAt } });
    const region = pageCells(BADGE_FORMATS["10"])[0]!;
    const { data, info } = await sharp(png)
      .extract({ left: Math.floor(region.x * scale), top: Math.floor(region.y * scale), width: Math.floor(region.width * scale), height: Math.floor(region.height * scale) })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const read = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)!.data;
    const result = await checkInAttendee({ actor: organizer, eventId, day: demo.days[0]!, clientScanId: scanId(), ticket: read, now: new Date(demo.startsAt.getTime() + 3_600_000) });
    expect(result.kind).toBe("checked_in");
    expect(result.person?.registrationId).toBe(sheet.badges[0]!.registrationId);
    await prisma().checkIn.deleteMany({ where: { eventId } });
  });

  it("takes the filter's unit and status, and a filter with no one gives one page that says so", async () => {
    const karanganyar = (await getBadgeSheet(organizer, eventId, { ...DEFAULT_BADGE_FILTER, unit: karanganyarId }))!;
    expect(karanganyar.badges).toHaveLength(14);
    expect(karanganyar.badges.every((b) => b.unitName === karanganyar.unitName)).toBe(true);
    const withWaitlist = (await getBadgeSheet(organizer, eventId, { ...DEFAULT_BADGE_FILTER, status: "waitlist" }))!;
    expect(withWaitlist.badges.map((b) => b.name)).toEqual(expect.arrayContaining(["Menunggu Kursi Satu", "Menunggu Kursi Dua"]));
    expect(withWaitlist.badges).toHaveLength(56);
    expect((await getBadgeFormData(organizer, eventId, { ...DEFAULT_BADGE_FILTER, unit: semarangId }))?.count).toBe(40);

    const empty = (await badgeSheetFile(organizer, eventId, params({ printed: "yes" })))!;
    const read = await readPdf(empty.bytes);
    expect(read.pages).toHaveLength(1);
    expect(read.text).toContain("Tidak ada badge untuk filter ini.");
    expect(read.text.replace(/\s+/g, " ")).toContain("Filter: semua unit · peserta terkonfirmasi · sudah dicetak");
  });

  it("refuses an unknown unit, size, status or printed choice as bad input naming the field", async () => {
    const other = await createOrganizer(prisma());
    const office = await prisma().regionalOffice.create({ data: { organizationId: other.roles[0]!.organizationId!, code: "KW-X", name: "Kanwil X", province: "X", timeZone: "Asia/Jakarta" } });
    const foreignUnit = await prisma().unit.create({ data: { organizationId: office.organizationId, regionalOfficeId: office.id, code: "X-1", name: "Unit Lain", type: "LAPAS", timeZone: "Asia/Jakarta" } });
    const cases: [Record<string, string>, string, string][] = [
      [{ unit: foreignUnit.id }, "unit", "badges.errors.unknownUnit"],
      [{ unit: "tidak-ada" }, "unit", "badges.errors.unknownUnit"],
      [{ unit: "{}" }, "unit", "badges.errors.unknownUnit"],
      [{ size: "12" }, "size", "badges.errors.badSize"],
      [{ status: "semua" }, "status", "badges.errors.badStatus"],
      [{ printed: "kemarin" }, "printed", "badges.errors.badPrinted"],
    ];
    for (const [query, field, key] of cases) {
      const error = await badgeSheetFile(organizer, eventId, params(query)).catch((e: unknown) => e);
      expect(isAppError(error) && error.code === "invalid_input" ? error.fieldErrors[field]?.key : error).toBe(key);
    }
  });
});

describe("badges without a ticket", () => {
  it("print the event's speakers as Narasumber and its committee as Panitia, with no QR", async () => {
    const demo = await demoEvent(prisma());
    const speakers = await prisma().speaker.findMany({ where: { eventId: demo.id } });
    const sheet = (await badgeSheetFile(organizer, demo.id, params({ audience: "speakers", unit: "", status: "confirmed" })))!;
    const read = await readPdf(sheet.bytes);
    expect(read.text.match(/NARASUMBER/g)).toHaveLength(speakers.length);
    expect(read.text).not.toContain("PESERTA");
    for (const speaker of speakers) expect(read.text.replace(/\s+/g, " ")).toContain(speaker.name);
    renderFirstPage(sheet.bytes, "badges-speakers");
    const committee = await readPdf((await badgeSheetFile(organizer, demo.id, params({ audience: "committee" })))!.bytes);
    expect(committee.text).toContain("Panitia Rakor Humas");
    expect(committee.text).toContain("Petugas Pintu 1");
    expect(committee.text).toContain("PANITIA");
    expect(committee.text).not.toContain("Operator Lapas Karanganyar");
    await expect(badgeSheetFile(organizer, demo.id, params({ audience: "semua" }))).rejects.toMatchObject({ fieldErrors: { audience: { key: "badges.errors.badAudience" } } });
    expect(await badgeSheetFile(await createOrganizer(prisma()), demo.id, params({ audience: "committee" }))).toBeNull();
  });
});

describe("printed or not", () => {
  it("marks what the filter printed, so 'not printed' later gives only those who came after", async () => {
    const shown = new Date();
    const before = await prisma().auditLog.count({ where: { eventId, action: "registration.badgePrinted" } });
    expect(await markBadgesPrinted({ actor: organizer, eventId, filter: { unit: semarangId, status: "confirmed", printed: "all" }, asOf: shown })).toEqual({ count: 40 });
    expect(await prisma().auditLog.count({ where: { eventId, action: "registration.badgePrinted" } })).toBe(before + 40);
    const notPrinted = async () => (await getBadgeSheet(organizer, eventId, { unit: "", status: "confirmed", printed: "no" }))!.badges.map((b) => b.name);
    expect(await notPrinted()).toHaveLength(14);
    expect((await notPrinted()).every((name) => !name.startsWith("Uji Peserta") || Number(name.slice(-2)) <= 10)).toBe(true);

    await markBadgesPrinted({ actor: organizer, eventId, filter: { unit: karanganyarId, status: "confirmed", printed: "no" }, asOf: new Date() });
    expect(await notPrinted()).toEqual([]);
    // A late registration, and one who registered after the page with the download was shown: neither is marked.
    const late = new Date();
    await prisma().registration.create({ data: { eventId, unitId: semarangId, name: "Datang Belakangan", ticketToken: newToken(), status: "CONFIRMED" } });
    expect(await markBadgesPrinted({ actor: organizer, eventId, filter: { unit: "", status: "confirmed", printed: "no" }, asOf: new Date(late.getTime() - 1000) })).toEqual({ count: 0 });
    expect(await notPrinted()).toEqual(["Datang Belakangan"]);
    const printedText = await pdfText((await badgeSheetFile(organizer, eventId, params({ printed: "no" })))!.bytes);
    expect(printedText).toContain("Datang Belakangan");
    expect(printedText).not.toContain("Uji Peserta");
  });

  it("is refused to door staff and to another organisation's organiser, and writes nothing", async () => {
    const outsider = await createOrganizer(prisma());
    const prior = await prisma().registration.findMany({ where: { eventId }, select: { id: true, badgePrintedAt: true }, orderBy: { id: "asc" } });
    await expect(markBadgesPrinted({ actor: doorStaff, eventId, filter: DEFAULT_BADGE_FILTER, asOf: new Date() })).rejects.toMatchObject({ code: "forbidden" });
    await expect(markBadgesPrinted({ actor: outsider, eventId, filter: DEFAULT_BADGE_FILTER, asOf: new Date() })).rejects.toMatchObject({ code: "not_found" });
    await expect(markBadgesPrinted({ actor: organizer, eventId, filter: { ...DEFAULT_BADGE_FILTER, unit: "tidak-ada" }, asOf: new Date() })).rejects.toMatchObject({ code: "invalid_input" });
    expect(await prisma().registration.findMany({ where: { eventId }, select: { id: true, badgePrintedAt: true }, orderBy: { id: "asc" } })).toEqual(prior);
  });
});

describe("who may print", () => {
  it("gives another organisation's organiser nothing (404) of the sheet or of one badge", async () => {
    const outsider = await createOrganizer(prisma());
    const someone = await prisma().registration.findFirstOrThrow({ where: { eventId, status: "CONFIRMED" } });
    expect(await badgeSheetFile(outsider, eventId, params({}))).toBeNull();
    expect(await getBadgeFormData(outsider, eventId, DEFAULT_BADGE_FILTER)).toBeNull();
    expect(await oneBadgeFile(outsider, eventId, someone.id)).toBeNull();
  });

  it("prints one badge for the event's door staff and organiser, not for staff of another event, nor a cancelled person", async () => {
    const demo = await demoEvent(prisma());
    const rina = await prisma().registration.findFirstOrThrow({ where: { eventId: demo.id, name: "Rina Kartikasari" } });
    for (const actor of [doorStaff, organizer]) {
      const file = (await oneBadgeFile(actor, demo.id, rina.id))!;
      const read = await readPdf(file.bytes);
      expect(read.pages).toHaveLength(1);
      expect(read.text).toContain("Rina Kartikasari");
      expect(read.text.match(/PESERTA/g)).toHaveLength(1);
    }
    const { staff } = await otherEventWithStaff(prisma(), demo.organizationId, "badge");
    await expect(oneBadgeFile(staff, demo.id, rina.id)).rejects.toMatchObject({ code: "forbidden" });
    // The registration must belong to the event in the address.
    expect(await oneBadgeFile(organizer, eventId, rina.id)).toBeNull();
    const cancelled = await prisma().registration.findFirstOrThrow({ where: { eventId, status: "CANCELLED" } });
    expect(await oneBadgeFile(organizer, eventId, cancelled.id)).toBeNull();
  });
});
