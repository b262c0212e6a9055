import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { createTranslator } from "next-intl";
import QRCode from "qrcode";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { setupTestDatabase } from "@/lib/test/database";
import { demoActors } from "@/lib/test/actors";
import messages from "@/messages/id.json";
import { seedDemo } from "@/prisma/seed/demo";
import { checkInAttendee } from "./check-in-attendee";
import { renderDaftarHadirPdf } from "./daftar-hadir-pdf";
import { daftarHadirResponse } from "./daftar-hadir-response";
import { markOnlinePresent } from "./mark-online-present";
import { saveSignature } from "./save-signature";
import { getLiveAttendance } from "./live";
import { getAttendanceSheet } from "./sheet-data";
import { newToken, scanId } from "./testing";

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
const sheetT = createTranslator({ locale: "id", messages, namespace: "attendance.sheet" });
const labels = (key: string, values?: Record<string, string | number>) => sheetT(key as never, values as never);
let organizer: Actor;
let doorStaff: Actor;
let coordinator: Actor;
let eventId: string;
const DAY = "2024-03-12";

// A two-day meeting on 12-13 March 2024 in Jakarta: a Tuesday and a Wednesday, whatever TZ the tests run in.
beforeAll(async () => {
  await seedDemo(prisma(), { log: () => {} });
  ({ organizer, doorStaff, coordinator } = await demoActors(prisma()));
  const demo = await prisma().event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } });
  const event = await prisma().event.create({
    data: {
      organizationId: demo.organizationId, slug: "rakor-maret-2024", title: "Rakor Humas Maret 2024", venueName: "Hotel Uji", venueRoom: "Ballroom", venueCity: "Jakarta Barat",
      timeZone: "Asia/Jakarta", startsAt: new Date("2024-03-12T08:00:00+07:00"), endsAt: new Date("2024-03-13T16:00:00+07:00"), capacity: 50,
      registrationOpensAt: new Date("2024-02-01T00:00:00Z"), registrationClosesAt: new Date("2024-03-05T00:00:00Z"), status: "PUBLISHED",
    },
  });
  eventId = event.id;
  const unit = async (code: string) => (await prisma().unit.findFirstOrThrow({ where: { code } })).id;
  const [semarang, karanganyar] = [await unit("JTG-LP-SMG"), await unit("JTG-LPKA-KRA")];
  const people: [string, string, "CONFIRMED" | "CANCELLED", "ON_SITE" | "ONLINE"][] = [
    ["Rina Kartikasari", karanganyar, "CONFIRMED", "ON_SITE"],
    ["Citra Lestari", semarang, "CONFIRMED", "ON_SITE"],
    ["Hendra Wicaksono", karanganyar, "CONFIRMED", "ONLINE"],
    ["Agus Salim", semarang, "CONFIRMED", "ON_SITE"],
    ["Budi Santoso", semarang, "CONFIRMED", "ON_SITE"],
    ["Dedi Batal", semarang, "CANCELLED", "ON_SITE"],
  ];
  for (const [name, unitId, status, attendanceMode] of people) {
    await prisma().registration.create({ data: { eventId, unitId, name, position: "Pranata Humas", nip: `19900101201501100${name.length % 10}`, status, attendanceMode, ticketToken: newToken() } });
  }
  const byName = async (name: string) => (await prisma().registration.findFirstOrThrow({ where: { eventId, name } })).id;
  const signed = await checkInAttendee({ actor: organizer, eventId, day: DAY, clientScanId: scanId(), registrationId: await byName("Agus Salim") });
  if (signed.kind !== "checked_in") throw new Error("not checked in");
  const png = (await QRCode.toBuffer("tanda tangan", { type: "png", width: 120 })).toString("base64");
  await saveSignature({ actor: organizer, eventId, checkInId: signed.checkInId, png });
  await checkInAttendee({ actor: organizer, eventId, day: DAY, clientScanId: scanId(), registrationId: await byName("Rina Kartikasari") });
  await markOnlinePresent({ actor: organizer, eventId, registrationId: await byName("Hendra Wicaksono"), day: DAY });
  // Present on the other day only: must not count on the 12th.
  await checkInAttendee({ actor: organizer, eventId, day: "2024-03-13", clientScanId: scanId(), registrationId: await byName("Citra Lestari") });
});

async function pdfItems(pdf: Uint8Array) {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: { text: string; items: { str: string; x: number; y: number }[] }[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    const items = content.items.flatMap((item) => ("str" in item ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : []));
    pages.push({ text: items.map((i) => i.str).join(" ").replace(/\s+/g, " "), items });
  }
  return pages;
}

describe("the daftar hadir", () => {
  it("lists the confirmed people of the day by unit then name, with who came", async () => {
    const sheet = (await getAttendanceSheet(organizer, eventId, DAY))!;
    expect(sheet.rows.map((r) => [r.name, r.checkedInAt !== null, r.mode, r.signature !== null])).toEqual([
      ["Agus Salim", true, "ON_SITE", true],
      ["Budi Santoso", false, null, false],
      ["Citra Lestari", false, null, false],
      ["Hendra Wicaksono", true, "ONLINE", false],
      ["Rina Kartikasari", true, "ON_SITE", false],
    ]);
    expect(sheet.units).toEqual([
      { unitName: "Lapas Kelas I Semarang", province: "Jawa Tengah", registered: 3, present: 1 },
      { unitName: "Lapas Khusus Kelas IIA Karanganyar Nusakambangan", province: "Jawa Tengah", registered: 2, present: 2 },
    ]);
  });

  it("prints as a PDF with the heading, the Indonesian day and date, the names in order, alternating signature cells and page numbers", async () => {
    const pdf = await renderDaftarHadirPdf((await getAttendanceSheet(organizer, eventId, DAY))!, labels);
    const pages = await pdfItems(pdf);
    const first = pages[0]!.text;
    expect(first).toContain("DAFTAR HADIR");
    expect(first).toContain("Rakor Humas Maret 2024");
    expect(first).toContain("Selasa, 12 Maret 2024");
    expect(first).toContain("Ballroom, Hotel Uji");
    for (const column of ["No", "Nama", "NIP", "Jabatan", "Unit Kerja", "Tanda Tangan"]) expect(first).toContain(column);
    const order = ["Agus Salim", "Budi Santoso", "Citra Lestari", "Hendra Wicaksono", "Rina Kartikasari"].map((name) => first.indexOf(name));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(first).not.toContain("Dedi Batal");
    expect(first).toContain("hadir daring");
    // The numbers in the signature column: odd ones in its left half, even ones further right.
    const x = (label: string) => pages[0]!.items.filter((i) => i.str === label).map((i) => i.x).at(-1)!;
    expect(x("2.")).toBeGreaterThan(x("1.") + 30);
    expect(x("3.")).toBeCloseTo(x("1."), 0);
    expect(x("4.")).toBeCloseTo(x("2."), 0);
    expect(pages.at(-1)!.text).toContain("REKAPITULASI KEHADIRAN PER UNIT KERJA");
    expect(pages.map((p) => p.text.match(/Halaman \d+ dari \d+/)?.[0])).toEqual(pages.map((_, i) => `Halaman ${i + 1} dari ${pages.length}`));
  });

  it("is served as PDF and XLSX to organizers only, for a day of the event", async () => {
    const respond = (actor: Actor | null, format: "pdf" | "xlsx", day = DAY) =>
      daftarHadirResponse({ actor, eventId, format, searchParams: new URLSearchParams({ day }), labels, errorText: (code) => code });
    const pdf = await respond(organizer, "pdf");
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    expect((await pdfItems(new Uint8Array(await pdf.arrayBuffer())))[0]!.text).toContain("Selasa, 12 Maret 2024");
    const xlsx = await respond(organizer, "xlsx");
    expect(xlsx.status).toBe(200);
    expect(new Uint8Array(await xlsx.arrayBuffer()).subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    expect((await respond(doorStaff, "pdf")).status).toBe(403);
    expect((await respond(coordinator, "xlsx")).status).toBe(403);
    expect((await respond(null, "pdf")).status).toBe(401);
    expect((await respond(organizer, "pdf", "2024-03-20")).status).toBe(400);
  });
});

describe("live attendance", () => {
  it("counts present against registered per unit and province, lists who is missing and the online people", async () => {
    const live = (await getLiveAttendance(organizer, eventId, DAY, null))!;
    expect({ present: live.present, registered: live.registered, online: live.presentOnline }).toEqual({ present: 3, registered: 5, online: 1 });
    expect(live.units.map((u) => [u.unitName, u.present, u.registered, u.missing])).toEqual([
      ["Lapas Kelas I Semarang", 1, 3, ["Budi Santoso", "Citra Lestari"]],
      ["Lapas Khusus Kelas IIA Karanganyar Nusakambangan", 2, 2, []],
    ]);
    expect(live.provinces).toEqual([{ province: "Jawa Tengah", registered: 5, present: 3 }]);
    expect(live.arrivals.reduce((sum, a) => sum + a.count, 0)).toBe(3);
    expect(live.online).toEqual([expect.objectContaining({ name: "Hendra Wicaksono", presentMode: "ONLINE" })]);
    const nextDay = (await getLiveAttendance(organizer, eventId, "2024-03-13", null))!;
    expect(nextDay.units.flatMap((u) => u.missing)).not.toContain("Citra Lestari");
    expect(nextDay.present).toBe(1);
  });

  it("is for organizers only", async () => {
    await expect(getLiveAttendance(doorStaff, eventId, DAY, null)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getLiveAttendance(coordinator, eventId, DAY, null)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getLiveAttendance(null, eventId, DAY, null)).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
