import { unzipSync } from "fflate";
import { Workbook } from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { checkInAttendee } from "@/lib/attendance/check-in-attendee";
import { markOnlinePresent } from "@/lib/attendance/mark-online-present";
import { newToken, scanId } from "@/lib/attendance/testing";
import { printableLetterhead } from "@/lib/documents/letterhead";
import { readPdf, renderFirstPage } from "@/lib/documents/testing";
import { setupTestDatabase } from "@/lib/test/database";
import { demoActors } from "@/lib/test/actors";
import { seedDemo } from "@/prisma/seed/demo";
import { renderAttendanceSummaryPdf, renderAttendanceSummaryXlsx } from "./attendance-summary-document";
import { getAttendanceSummary } from "./queries";

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let organizer: Actor;
let coordinator: Actor;
let eventId: string;
let organizationId: string;

// A two-day meeting on 12-13 March 2024 in Jakarta with three invited units; one sends nobody.
beforeAll(async () => {
  await seedDemo(prisma(), { log: () => {} });
  ({ organizer, coordinator } = await demoActors(prisma()));
  const demo = await prisma().event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } });
  organizationId = demo.organizationId;
  const event = await prisma().event.create({
    data: {
      organizationId, slug: "rekap-maret-2024", title: "Rakor Humas Maret 2024", venueName: "Hotel Uji", venueCity: "Jakarta Barat",
      timeZone: "Asia/Jakarta", startsAt: new Date("2024-03-12T08:00:00+07:00"), endsAt: new Date("2024-03-13T16:00:00+07:00"), capacity: 50,
      registrationOpensAt: new Date("2024-02-01T00:00:00Z"), registrationClosesAt: new Date("2024-03-05T00:00:00Z"), status: "PUBLISHED",
    },
  });
  eventId = event.id;
  const unit = async (code: string) => (await prisma().unit.findFirstOrThrow({ where: { code } })).id;
  const [semarang, karanganyar, absent] = [await unit("JTG-LP-SMG"), await unit("JTG-LPKA-KRA"), await unit("JTG-RT-SKA")];
  for (const [unitId, seats] of [[semarang, 3], [karanganyar, 2], [absent, 2]] as const) await prisma().unitQuota.create({ data: { eventId, unitId, seats } });
  const people: [string, string][] = [["Lestārī Wulandarī", semarang], ["Agus Salim", semarang], ["Nguyễn Thị Minh", karanganyar]];
  const ids: string[] = [];
  for (const [name, unitId] of people) ids.push((await prisma().registration.create({ data: { eventId, unitId, name, ticketToken: newToken() } })).id);
  await checkInAttendee({ actor: organizer, eventId, day: "2024-03-12", clientScanId: scanId(), registrationId: ids[0]! });
  await checkInAttendee({ actor: organizer, eventId, day: "2024-03-12", clientScanId: scanId(), registrationId: ids[2]! });
  await checkInAttendee({ actor: organizer, eventId, day: "2024-03-13", clientScanId: scanId(), registrationId: ids[0]! });
  await markOnlinePresent({ actor: organizer, eventId, registrationId: ids[1]!, day: "2024-03-13" });
});

describe("the attendance summary per unit", () => {
  it("counts each unit's people present per day, of whom online, and lists an invited unit that sent nobody with zeros", async () => {
    const summary = (await getAttendanceSummary(organizer, eventId))!;
    expect(summary.days).toEqual(["2024-03-12", "2024-03-13"]);
    expect(summary.units.map((u) => [u.unitName, u.seats, u.registered, u.presentByDay, u.onlineByDay])).toEqual([
      ["Lapas Kelas I Semarang", 3, 2, [1, 2], [0, 1]],
      ["Lapas Khusus Kelas IIA Karanganyar Nusakambangan", 2, 1, [1, 0], [0, 0]],
      [expect.stringContaining("Rutan"), 2, 0, [0, 0], [0, 0]],
    ]);
  });

  it("is for the event's organisers only", async () => {
    await expect(getAttendanceSummary(coordinator, eventId)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getAttendanceSummary(null, eventId)).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("prints on the letterhead with one column per day and the totals, and as a workbook whose counts are numbers", async () => {
    const summary = (await getAttendanceSummary(organizer, eventId))!;
    const letterhead = await printableLetterhead(await prisma().organization.findUniqueOrThrow({ where: { id: organizationId } }));
    const pdf = await renderAttendanceSummaryPdf(summary, letterhead, { at: new Date("2024-03-13T10:00:00Z"), by: "Lestārī", timeZone: "Asia/Jakarta" });
    const read = await readPdf(pdf);
    const text = read.text.replace(/\s+/g, " ");
    expect(text).toContain("REKAPITULASI KEHADIRAN PER UNIT");
    expect(text).toContain("DIREKTORAT JENDERAL PEMASYARAKATAN");
    expect(text).toContain("Sel, 12 Mar");
    expect(text).toContain("Rab, 13 Mar");
    expect(text).toContain("2 (1 daring)");
    expect(text).toContain("Jumlah (3 unit) 7 3 2 2 (1 daring)");
    expect(text).toContain("Dicetak 13 Mar 2024 pukul 17.00 WIB oleh Lestārī");
    renderFirstPage(pdf, "rekap-kehadiran-unit");

    const workbook = new Workbook();
    await workbook.xlsx.load((await renderAttendanceSummaryXlsx(summary)) as never);
    const sheet = workbook.worksheets[0]!;
    const semarang = sheet.getRow(5).values as unknown[];
    expect(semarang.slice(1)).toEqual([1, "Lapas Kelas I Semarang", "Jawa Tengah", 3, 2, 1, 2]);
    expect(unzipSync(new Uint8Array(await renderAttendanceSummaryXlsx(summary)))["xl/workbook.xml"]).toBeDefined();
  });
});
