import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { Workbook } from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { readPdf, renderFirstPage } from "@/lib/documents/testing";
import { setupTestDatabase } from "@/lib/test/database";
import { demoActors } from "@/lib/test/actors";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { seedDemo } from "@/prisma/seed/demo";
import { checkInAttendee } from "./check-in-attendee";
import { clearAttendanceSignOff } from "./clear-attendance-sign-off";
import { daftarHadirFile } from "./daftar-hadir-file";
import type { DaftarHadirRequest } from "./daftar-hadir-request";
import { doorSignaturePng } from "./daftar-hadir-samples";
import { getLiveAttendance } from "./live";
import { markOnlinePresent } from "./mark-online-present";
import { saveSignature } from "./save-signature";
import { setAttendanceSignOff } from "./set-attendance-sign-off";
import { getAttendanceSheet } from "./sheet-data";
import { newToken, scanId } from "./testing";

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let organizer: Actor;
let doorStaff: Actor;
let coordinator: Actor;
let eventId: string;
let sessionId: string;
const DAY = "2024-03-12";
const at = (clock: string, day = DAY) => new Date(`${day}T${clock}:00+07:00`);
const request = (over: Partial<DaftarHadirRequest> = {}): DaftarHadirRequest => ({ day: DAY, sessionId: null, sheet: "onsite", absent: "list", ...over });
const file = async (actor: Actor | null, query: Record<string, string>, format: "pdf" | "xlsx" = "pdf") =>
  daftarHadirFile({ actor, eventId, format, searchParams: new URLSearchParams(query), now: at("17:30") });
const pdfText = async (query: Record<string, string>) => readPdf((await file(organizer, query))!.bytes);
const flat = (text: string) => text.replace(/\s+/g, " ");

// A two-day meeting on 12-13 March 2024 in Jakarta: a Tuesday and a Wednesday, whatever TZ the tests
// run in. On the 12th the agenda runs 09.00-15.30; the 13th has no agenda (the event's 08.00-16.00).
beforeAll(async () => {
  await seedDemo(prisma(), { log: () => {} });
  ({ organizer, doorStaff, coordinator } = await demoActors(prisma()));
  const demo = await prisma().event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } });
  const event = await prisma().event.create({
    data: {
      organizationId: demo.organizationId, slug: "rakor-maret-2024", title: "Rakor Humas Maret 2024", venueName: "Hotel Uji", venueRoom: "Ballroom", venueCity: "Jakarta Barat",
      timeZone: "Asia/Jakarta", startsAt: at("08:00"), endsAt: at("16:00", "2024-03-13"), capacity: 50,
      registrationOpensAt: new Date("2024-02-01T00:00:00Z"), registrationClosesAt: new Date("2024-03-05T00:00:00Z"), status: "PUBLISHED",
    },
  });
  eventId = event.id;
  const opening = await prisma().agendaSession.create({ data: { eventId, title: "Pembukaan", startsAt: at("09:00"), endsAt: at("10:30") } });
  await prisma().agendaSession.create({ data: { eventId, title: "Diskusi Panel", startsAt: at("13:00"), endsAt: at("15:30") } });
  sessionId = opening.id;
  const unit = async (code: string) => (await prisma().unit.findFirstOrThrow({ where: { code } })).id;
  const [semarang, karanganyar] = [await unit("JTG-LP-SMG"), await unit("JTG-LPKA-KRA")];
  const people: [string, string | null, "CONFIRMED" | "CANCELLED", "ON_SITE" | "ONLINE", string | null][] = [
    ["Rina Kartikasari", karanganyar, "CONFIRMED", "ON_SITE", "Penata, III/c"],
    ["Citra Lestari", semarang, "CONFIRMED", "ON_SITE", null],
    ["Hendra Wicaksono", karanganyar, "CONFIRMED", "ONLINE", "Penata Muda, III/a"],
    ["Yusuf Daring", semarang, "CONFIRMED", "ONLINE", null],
    ["Agus Salim", semarang, "CONFIRMED", "ON_SITE", "Pembina, IV/a"],
    ["Budi Santoso", semarang, "CONFIRMED", "ON_SITE", null],
    ["Lestārī Nguyễn", semarang, "CONFIRMED", "ON_SITE", "Penata Tingkat I, III/d"],
    ["Dedi Batal", semarang, "CANCELLED", "ON_SITE", null],
    ["Tamu Undangan", null, "CONFIRMED", "ON_SITE", null],
  ];
  for (const [index, [name, unitId, status, attendanceMode, rank]] of people.entries()) {
    const guest = unitId === null;
    await prisma().registration.create({
      data: { eventId, unitId, name, position: guest ? null : "Pranata Humas", rank, nip: guest ? null : `19900101201501100${index}`, status, attendanceMode, ticketToken: newToken() },
    });
  }
  const byName = async (name: string) => (await prisma().registration.findFirstOrThrow({ where: { eventId, name } })).id;
  const checkIn = async (name: string, clock: string, day = DAY, session: string | null = null) => {
    const result = await checkInAttendee({ actor: organizer, eventId, day, sessionId: session, clientScanId: scanId(), registrationId: await byName(name), now: at(clock, day) });
    if (result.kind !== "checked_in") throw new Error(`${name} not checked in`);
    return result.checkInId;
  };
  const sign = async (checkInId: string, seed: number) => saveSignature({ actor: organizer, eventId, checkInId, png: (await doorSignaturePng(seed)).toString("base64") });
  await sign(await checkIn("Agus Salim", "08:12"), 1);
  await sign(await checkIn("Lestārī Nguyễn", "07:58"), 2);
  await checkIn("Rina Kartikasari", "08:31");
  await checkIn("Tamu Undangan", "09:40");
  await markOnlinePresent({ actor: organizer, eventId, registrationId: await byName("Hendra Wicaksono"), day: DAY, now: at("09:05") });
  // Present on the other day only, and at the opening session only: neither counts on the 12th's whole-day sheet.
  await checkIn("Citra Lestari", "08:05", "2024-03-13");
  await checkIn("Budi Santoso", "09:02", DAY, sessionId);
});

describe("the daftar hadir's people", () => {
  it("the on-site sheet lists those present by unit then name, then the absent; online people and cancelled ones never appear", async () => {
    const sheet = (await getAttendanceSheet(organizer, eventId, request()))!;
    expect(sheet.rows.map((r) => [r.name, r.checkedInAt !== null, r.signature !== null])).toEqual([
      ["Tamu Undangan", true, false],
      ["Agus Salim", true, true],
      ["Lestārī Nguyễn", true, true],
      ["Rina Kartikasari", true, false],
      ["Budi Santoso", false, false],
      ["Citra Lestari", false, false],
    ]);
    expect(sheet.present).toBe(4);
    expect(sheet.units).toEqual([
      { unitName: "Direktorat Jenderal Pemasyarakatan", province: null, registered: 1, present: 1 },
      { unitName: "Lapas Kelas I Semarang", province: "Jawa Tengah", registered: 4, present: 2 },
      { unitName: "Lapas Khusus Kelas IIA Karanganyar Nusakambangan", province: "Jawa Tengah", registered: 1, present: 1 },
    ]);
  });

  it("the online sheet holds only the online people, with who marked them present", async () => {
    const sheet = (await getAttendanceSheet(organizer, eventId, request({ sheet: "online" })))!;
    expect(sheet.rows.map((r) => [r.name, r.recordedBy])).toEqual([["Hendra Wicaksono", "Panitia Rakor Humas"], ["Yusuf Daring", null]]);
  });

  it("leaves the absent out, or prints everyone registered blank for signing by hand, as the organiser chooses", async () => {
    const omitted = (await getAttendanceSheet(organizer, eventId, request({ absent: "omit" })))!;
    expect(omitted.rows.map((r) => r.name)).toEqual(["Tamu Undangan", "Agus Salim", "Lestārī Nguyễn", "Rina Kartikasari"]);
    expect(omitted.units.find((u) => u.unitName === "Lapas Kelas I Semarang")).toMatchObject({ registered: 4, present: 2 });
    const blank = (await getAttendanceSheet(organizer, eventId, request({ absent: "blank" })))!;
    expect(blank.rows.map((r) => r.name)).toEqual(["Tamu Undangan", "Agus Salim", "Budi Santoso", "Citra Lestari", "Lestārī Nguyễn", "Rina Kartikasari"]);
    expect(blank.rows.every((r) => r.checkedInAt === null && r.signature === null)).toBe(true);
  });

  it("a session's sheet counts the check-ins of that session only, and prints its hours", async () => {
    const sheet = (await getAttendanceSheet(organizer, eventId, request({ sessionId, absent: "omit" })))!;
    expect(sheet.rows.map((r) => r.name)).toEqual(["Budi Santoso"]);
    const text = flat((await pdfText({ day: DAY, session: sessionId })).text);
    expect(text).toContain("Sesi : Pembukaan");
    expect(text).toContain("Waktu : 09.00–10.30 WIB");
    expect(text).toContain("09.02");
  });
});

describe("the daftar hadir PDF", () => {
  it("prints the letterhead, the day, hours and place, every column with the check-in times on the event's clock, names as typed, and a signature in alternating spots", async () => {
    const bytes = (await file(organizer, { day: DAY, sheet: "onsite" }))!.bytes;
    const read = await readPdf(bytes);
    const first = flat(read.pages[0]!);
    expect(read.fonts.every((font) => /NotoSans/.test(font))).toBe(true);
    expect(first).toContain("KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN");
    expect(first).toContain("DIREKTORAT JENDERAL PEMASYARAKATAN");
    expect(first).toContain("DAFTAR HADIR");
    expect(first).toContain("Kegiatan : Rakor Humas Maret 2024");
    expect(first).toContain("Hari, tanggal : Selasa, 12 Maret 2024");
    expect(first).toContain("Waktu : 09.00–15.30 WIB");
    expect(first).toContain("Tempat : Ballroom, Hotel Uji, Jakarta Barat");
    for (const column of ["No", "Nama", "NIP", "Pangkat/Gol.", "Jabatan", "Unit Kerja", "Jam hadir", "Tanda Tangan"]) expect(first).toContain(column);
    expect(first).toContain("Lestārī Nguyễn");
    expect(first).toContain("Penata Tingkat I, III/d");
    // The guest has no NIP, position or unit of their own.
    expect(first).toMatch(/Tamu Undangan - - - Direktorat Jenderal Pemasyarakatan 09\.40/);
    expect(first).toMatch(/Agus Salim 199001012015011004 Pembina, IV\/a Pranata Humas Lapas Kelas I Semarang 08\.12/);
    expect(first).toContain("07.58");
    expect(first).toMatch(/Budi Santoso .* - 5\. tidak hadir/);
    expect(first).not.toContain("Hendra Wicaksono");
    expect(first).not.toContain("Dedi Batal");
    expect(first.indexOf("Rina Kartikasari")).toBeLessThan(first.indexOf("Budi Santoso"));
    expect(read.text).toContain("REKAPITULASI KEHADIRAN PER UNIT KERJA");
    expect(read.pages.at(-1)).toContain("Dicetak 12 Mar 2024 pukul 17.30 WIB oleh Panitia Rakor Humas");
    read.pages.forEach((page, i) => expect(page).toContain(`Hal. ${i + 1} dari ${read.pages.length}`));
    // The logo and the two signatures (the logo's transparency is an image of its own).
    const raw = Buffer.from(bytes).toString("latin1");
    expect((raw.match(/\/Subtype \/Image/g)?.length ?? 0) - (raw.match(/\/SMask \d+ 0 R/g)?.length ?? 0)).toBe(3);
    const spots = await numberPositions(bytes);
    expect(spots["2."]!).toBeGreaterThan(spots["1."]! + 30);
    expect(spots["3."]).toBeCloseTo(spots["1."]!, 0);
    expect(spots["4."]).toBeCloseTo(spots["2."]!, 0);
    renderFirstPage(bytes, "daftar-hadir-onsite", { dpi: 100 });
  });

  it("the online sheet says who marked each person present and when, instead of a signature", async () => {
    const bytes = (await file(organizer, { day: DAY, sheet: "online" }))!.bytes;
    const text = flat((await readPdf(bytes)).text);
    expect(text).toContain("Peserta daring");
    expect(text).toContain("Keterangan Kehadiran");
    expect(text).not.toContain("Tanda Tangan");
    expect(text).toContain("Ditandai hadir daring oleh Panitia Rakor Humas pukul 09.05");
    expect(text).toMatch(/Yusuf Daring .* - tidak hadir/);
    expect(text).not.toContain("Agus Salim");
    renderFirstPage(bytes, "daftar-hadir-online", { dpi: 100 });
  });

  it("a day nobody came says so instead of printing an empty table, with the event's own hours", async () => {
    const text = flat((await pdfText({ day: "2024-03-13", sheet: "online" })).text);
    expect(text).toContain("Tidak ada peserta daring yang tercatat hadir pada Rabu, 13 Maret 2024.");
    expect(text).toContain("Waktu : 08.00–16.00 WIB");
    expect(text).not.toContain("Jam hadir");
    expect(text).not.toContain("Yusuf Daring");
  });

  it("a blank sheet lists everyone registered with nothing filled in", async () => {
    const text = flat((await pdfText({ day: DAY, absent: "blank" })).text);
    expect(text).toContain("Daftar hadir kosong untuk ditandatangani peserta");
    expect(text).toContain("Budi Santoso");
    expect(text).not.toContain("tidak hadir");
    expect(text).not.toContain("08.12");
  });
});

describe("the sign-off", () => {
  it("without one the sheet prints none; once set by an organiser it prints with the sheet's day, and is recorded", async () => {
    expect(flat((await pdfText({ day: DAY })).text)).not.toContain("Mengetahui");
    expect(await setAttendanceSignOff({ actor: organizer, eventId, input: { roleLines: "Mengetahui,\n Ketua Panitia \n", name: "Dr. Sri Wahyuningsih, S.H.", nip: "19800101 200501 2 001", place: "Jakarta" } })).toEqual({ changed: true });
    const text = flat((await pdfText({ day: "2024-03-13" })).text);
    expect(text).toContain("Jakarta, 13 Maret 2024 Mengetahui, Ketua Panitia");
    expect(text).toContain("Dr. Sri Wahyuningsih, S.H. NIP. 198001012005012001");
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { eventId, action: "event.signoff.set" } });
    expect(audit.actorId).toBe(organizer.userId);
    expect(await setAttendanceSignOff({ actor: organizer, eventId, input: { roleLines: "Mengetahui,\nKetua Panitia", name: "Dr. Sri Wahyuningsih, S.H.", nip: "198001012005012001", place: "Jakarta" } })).toEqual({ changed: false });
    expect(await prisma().auditLog.count({ where: { eventId, action: "event.signoff.set" } })).toBe(1);
  });

  it("refuses an empty name, a wrong NIP or too many lines at their fields and writes nothing; door staff and coordinators cannot set it", async () => {
    const before = await prisma().attendanceSignOff.findUniqueOrThrow({ where: { eventId } });
    await expect(setAttendanceSignOff({ actor: organizer, eventId, input: { roleLines: "", name: " ", nip: "1234", place: "" } })).rejects.toMatchObject({
      code: "invalid_input",
      fieldErrors: { roleLines: { key: "daftarHadir.errors.roleLinesRequired" }, name: { key: "daftarHadir.errors.nameRequired" }, nip: { key: "registrations.errors.nip.length" } },
    });
    await expect(setAttendanceSignOff({ actor: organizer, eventId, input: { roleLines: "a\nb\nc\nd\ne", name: "X" } })).rejects.toMatchObject({ fieldErrors: { roleLines: { key: "daftarHadir.errors.roleLinesTooMany" } } });
    await expect(setAttendanceSignOff({ actor: doorStaff, eventId, input: { roleLines: "Ketua", name: "Orang Lain" } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setAttendanceSignOff({ actor: coordinator, eventId, input: { roleLines: "Ketua", name: "Orang Lain" } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(clearAttendanceSignOff({ actor: doorStaff, eventId })).rejects.toMatchObject({ code: "forbidden" });
    expect(await prisma().attendanceSignOff.findUniqueOrThrow({ where: { eventId } })).toEqual(before);
  });

  it("removed, the sheets print without one again", async () => {
    expect(await clearAttendanceSignOff({ actor: organizer, eventId })).toEqual({ changed: true });
    expect(await clearAttendanceSignOff({ actor: organizer, eventId })).toEqual({ changed: false });
    expect(flat((await pdfText({ day: DAY })).text)).not.toContain("Mengetahui");
    expect(await prisma().auditLog.count({ where: { eventId, action: "event.signoff.clear" } })).toBe(1);
  });
});

describe("the daftar hadir download", () => {
  it("is a PDF or a workbook for organisers only, named for the sheet and day", async () => {
    const pdf = (await file(organizer, { day: DAY, sheet: "online" }))!;
    expect(pdf).toMatchObject({ format: "pdf", name: "daftar-hadir-daring-rakor-maret-2024-2024-03-12" });
    const xlsx = (await file(organizer, { day: DAY }, "xlsx"))!;
    expect(xlsx.format).toBe("xlsx");
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.bytes) as never);
    const names = workbook.worksheets[0]!.getColumn(2).values.filter((v) => typeof v === "string");
    expect(names).toEqual(expect.arrayContaining(["Agus Salim", "Lestārī Nguyễn", "Budi Santoso"]));
    expect(names).not.toContain("Hendra Wicaksono");
    await expect(file(doorStaff, { day: DAY })).rejects.toMatchObject({ code: "forbidden" });
    await expect(file(coordinator, { day: DAY }, "xlsx")).rejects.toMatchObject({ code: "forbidden" });
    await expect(file(null, { day: DAY })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(file(null, { day: "kemarin", sheet: "semua" })).rejects.toMatchObject({ code: "unauthenticated" });
    expect(await daftarHadirFile({ actor: organizer, eventId: "bukan-acara", format: "pdf", searchParams: new URLSearchParams({ day: DAY }) })).toBeNull();
  });

  it("refuses a bad day, session, sheet or absent choice with a text in both languages", async () => {
    const refusals: [Record<string, string>, string, string][] = [
      [{ day: "12-03-2024" }, "day", "attendance.errors.badDay"],
      [{ day: "2024-03-20" }, "day", "attendance.errors.notEventDay"],
      [{ day: "2024-03-13", session: sessionId }, "sessionId", "attendance.errors.badSession"],
      [{ day: DAY, session: "tidak-ada" }, "sessionId", "attendance.errors.badSession"],
      [{ day: DAY, sheet: "hybrid" }, "sheet", "daftarHadir.errors.badSheet"],
      [{ day: DAY, absent: "semua" }, "absent", "daftarHadir.errors.badAbsent"],
    ];
    const lookup = (messages: unknown, key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
    for (const [query, field, key] of refusals) {
      await expect(file(organizer, query), JSON.stringify(query)).rejects.toMatchObject({ code: "invalid_input", fieldErrors: { [field]: { key } } });
      expect(typeof lookup(id, key)).toBe("string");
      expect(typeof lookup(en, key)).toBe("string");
    }
  });
});

describe("live attendance", () => {
  it("counts present against registered per unit and province, lists who is missing and the online people", async () => {
    const live = (await getLiveAttendance(organizer, eventId, DAY, null))!;
    expect({ present: live.present, registered: live.registered, online: live.presentOnline }).toEqual({ present: 5, registered: 8, online: 1 });
    expect(live.units.find((u) => u.unitName === "Lapas Kelas I Semarang")?.missing).toEqual(["Budi Santoso", "Citra Lestari", "Yusuf Daring"]);
    expect(live.online.map((o) => o.name)).toEqual(["Hendra Wicaksono", "Yusuf Daring"]);
    const nextDay = (await getLiveAttendance(organizer, eventId, "2024-03-13", null))!;
    expect(nextDay.present).toBe(1);
  });

  it("is for organizers only", async () => {
    await expect(getLiveAttendance(doorStaff, eventId, DAY, null)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getLiveAttendance(coordinator, eventId, DAY, null)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getLiveAttendance(null, eventId, DAY, null)).rejects.toMatchObject({ code: "unauthenticated" });
  });
});

/** Where page 1 prints each signature spot's number ("1.", "2." …): the last item of that text. */
async function numberPositions(bytes: Uint8Array): Promise<Record<string, number>> {
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const content = await (await document.getPage(1)).getTextContent();
  const positions: Record<string, number> = {};
  for (const item of content.items) if ("str" in item && /^\d+\.$/.test(item.str)) positions[item.str] = item.transform[4] as number;
  await document.destroy();
  return positions;
}
