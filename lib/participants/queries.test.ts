import { Workbook } from "exceljs";
import { createTranslator } from "next-intl";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { demoActors } from "@/lib/registrations/testing";
import { setupTestDatabase } from "@/lib/test/database";
import messages from "@/messages/id.json";
import { seedDemo } from "@/prisma/seed/demo";
import { exportParticipantsCsv } from "./export-participants-csv";
import { exportParticipantsXlsx } from "./export-participants-xlsx";
import { participantsExportResponse } from "./export-response";
import { participantExportLabels, readParticipantExport } from "./export-rows";
import { getParticipantFilterOptions, listParticipants, listUnitsForImport } from "./queries";
import { addParticipants, manyPeople, refusal } from "./testing";

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
const t = createTranslator({ locale: "id", messages, namespace: "participants" });
const labels = participantExportLabels((key) => t(key as never));
const HEADERS = ["No", "Nama", "NIP", "Jabatan", "Pangkat/Golongan", "Unit Kerja", "Provinsi", "Email", "WhatsApp", "Status", "Kehadiran", "Terdaftar pada"];

let organizer: Actor;
let coordinator: Actor;
let doorStaff: Actor;
let eventId: string;
let slug: string;
const unit: Record<string, string> = {};

beforeAll(async () => {
  await seedDemo(prisma(), { log: () => {} });
  ({ organizer, coordinator, doorStaff } = await demoActors(prisma()));
  const event = await prisma().event.findUniqueOrThrow({ where: { slug: "rakor-humas-pemasyarakatan-2024" } });
  eventId = event.id;
  slug = event.slug;
  for (const code of ["JTG-LPKA-KRA", "DKI-LP-CPN", "SSN-LP-MKS", "JTG-LP-SMG"]) {
    unit[code] = (await prisma().unit.findFirstOrThrow({ where: { code } })).id;
  }
  // Besides the demo's eight: names with LIKE wildcards, a cancelled and a waitlisted delegate, and a
  // 09:30 WIB registration (02:30 UTC) to read back on the event's clock.
  await addParticipants(prisma(), eventId, unit["DKI-LP-CPN"]!, [
    { name: "Bambang 100% Hadir", nip: "198001012005011001", createdAt: new Date("2024-09-10T02:30:00Z") },
    { name: "Budi_Santoso", nip: "198001012005011002", email: "budi@contoh.go.id", mode: "ONLINE" },
    { name: "Budi Xantoso", nip: "198001012005011003" },
    { name: "=HYPERLINK(\"http://jahat.test\")", nip: "198001012005011004" },
  ]);
  await addParticipants(prisma(), eventId, unit["SSN-LP-MKS"]!, [
    { name: "Andi Batal", nip: "198001012005011005", status: "CANCELLED" },
    { name: "Andi Menunggu", nip: "198001012005011006", status: "WAITLISTED", mode: "ONLINE" },
  ]);
});

const names = (result: { items: { name: string }[] }) => result.items.map((item) => item.name);

describe("the organizer's participant list", () => {
  it("shows the active participants by unit then name, each with unit, province, status and ticket", async () => {
    const list = await listParticipants(organizer, { eventId });
    expect(list).toMatchObject({ total: 13, page: 1, pageCount: 1, pageSize: 50 });
    expect(names(list)).not.toContain("Andi Batal");
    expect(names(list)).toContain("Andi Menunggu");
    const hendra = list.items.find((item) => item.name === "Hendra Wicaksono");
    expect(hendra).toMatchObject({ nip: "197604122000031001", status: "CONFIRMED", attendanceMode: "ON_SITE", unit: { regionalOffice: { province: "Jawa Tengah" } } });
    expect(hendra!.ticketToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const unitNames = list.items.map((item) => item.unit?.name ?? "");
    expect(unitNames).toEqual([...unitNames].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(names(await listParticipants(organizer, { eventId, unitId: unit["DKI-LP-CPN"] }))).toEqual([
      "=HYPERLINK(\"http://jahat.test\")",
      "Bambang 100% Hadir",
      "Budi Xantoso",
      "Budi_Santoso",
      "Yusuf Ramadhan",
    ]);
  });

  it("filters by unit, province, status and attendance mode, together", async () => {
    expect(names(await listParticipants(organizer, { eventId, unitId: unit["JTG-LPKA-KRA"] }))).toEqual(["Hendra Wicaksono", "Rina Kartikasari"]);
    expect((await listParticipants(organizer, { eventId, province: "Sulawesi Selatan" })).total).toBe(2);
    expect(names(await listParticipants(organizer, { eventId, province: "Sulawesi Selatan", status: "all" }))).toContain("Andi Batal");
    expect(names(await listParticipants(organizer, { eventId, status: "CANCELLED" }))).toEqual(["Andi Batal"]);
    expect(names(await listParticipants(organizer, { eventId, status: "WAITLISTED", mode: "ONLINE" }))).toEqual(["Andi Menunggu"]);
    const online = await listParticipants(organizer, { eventId, mode: "ONLINE" });
    expect(online.total).toBe(5);
    expect(online.items.every((item) => item.attendanceMode === "ONLINE")).toBe(true);
    expect((await listParticipants(organizer, { eventId, province: "Jawa Tengah", mode: "ONLINE" })).total).toBe(0);
    // A malformed filter from the address bar means no filter, not an error page.
    expect(await listParticipants(organizer, { eventId, status: "BOGUS", mode: ["x"], page: "-3" })).toMatchObject({ total: 13, page: 1, filter: { status: "active", mode: null } });
  });

  it("searches a name anywhere ignoring case, or a NIP from its start; % and _ are searched for, not wildcards", async () => {
    expect(names(await listParticipants(organizer, { eventId, q: "wicak" }))).toEqual(["Hendra Wicaksono"]);
    expect(names(await listParticipants(organizer, { eventId, q: "19760412" }))).toEqual(["Hendra Wicaksono"]);
    expect(names(await listParticipants(organizer, { eventId, q: "19760412 200003" }))).toEqual(["Hendra Wicaksono"]);
    expect((await listParticipants(organizer, { eventId, q: "2000031001" })).total).toBe(0);
    expect(names(await listParticipants(organizer, { eventId, q: "100%" }))).toEqual(["Bambang 100% Hadir"]);
    expect(names(await listParticipants(organizer, { eventId, q: "budi_" }))).toEqual(["Budi_Santoso"]);
    expect(names(await listParticipants(organizer, { eventId, q: "RAMADHAN", unitId: unit["DKI-LP-CPN"] }))).toEqual(["Yusuf Ramadhan"]);
  });

  it("pages 50 at a time in a stable order that never repeats or skips anyone, keeping the filter", async () => {
    const big = await prisma().unit.findUniqueOrThrow({ where: { id: unit["JTG-LP-SMG"]! } });
    // 120 namesakes: only the tie-break keeps the pages apart.
    await addParticipants(prisma(), eventId, big.id, manyPeople(120, 5000, () => "Peserta Kembar"));
    const pages = await Promise.all([1, 2, 3].map((page) => listParticipants(organizer, { eventId, unitId: big.id, page })));
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 20]);
    expect(pages.every((p) => p.total === 120 && p.pageCount === 3)).toBe(true);
    const ids = pages.flatMap((p) => p.items.map((item) => item.id));
    expect(new Set(ids).size).toBe(120);
    expect(ids).toEqual([...ids].sort());
    expect((await listParticipants(organizer, { eventId, unitId: big.id, page: 2 })).items.map((item) => item.id)).toEqual(pages[1]!.items.map((item) => item.id));
    expect((await listParticipants(organizer, { eventId, unitId: big.id, page: 99 })).page).toBe(3);
    await prisma().registration.deleteMany({ where: { eventId, unitId: big.id } });
  });

  it("offers the invited units, their provinces, and the statuses as filters", async () => {
    const options = await getParticipantFilterOptions(organizer, eventId);
    expect(options?.units).toHaveLength(54);
    expect(options?.provinces).toContain("Jawa Tengah");
    expect(options?.provinces).toEqual([...options!.provinces].sort());
    expect(options?.statuses).toEqual(["active", "all", "PENDING", "CONFIRMED", "WAITLISTED", "CANCELLED", "REPLACED", "REJECTED"]);
    expect(await getParticipantFilterOptions(organizer, "no-such-event")).toBeNull();
    const karanganyar = (await listUnitsForImport(organizer, eventId)).find((u) => u.code === "JTG-LPKA-KRA");
    expect(karanganyar).toMatchObject({ seats: 3, taken: 2, free: 1, province: "Jawa Tengah" });
  });

  it("is refused to anonymous visitors, unit coordinators and door staff", async () => {
    for (const [actor, code] of [[null, "unauthenticated"], [coordinator, "forbidden"], [doorStaff, "forbidden"]] as const) {
      expect((await refusal(listParticipants(actor, { eventId, unitId: unit["JTG-LPKA-KRA"] }))).code).toBe(code);
      expect((await refusal(getParticipantFilterOptions(actor, eventId))).code).toBe(code);
      expect((await refusal(listUnitsForImport(actor, eventId))).code).toBe(code);
      expect((await refusal(readParticipantExport({ actor, eventId, filter: {}, labels }))).code).toBe(code);
    }
  });
});

describe("exports", () => {
  it("CSV: UTF-8 with a byte order mark, CRLF, Indonesian headers, the filtered rows on the event's clock", async () => {
    const file = await exportParticipantsCsv({ actor: organizer, eventId, filter: { unitId: unit["DKI-LP-CPN"] }, labels });
    expect(file!.filename).toBe(`peserta-${slug}.csv`);
    expect(file!.body.startsWith("\uFEFF")).toBe(true);
    expect(file!.body.split("\r\n")).toHaveLength(7); // header, five people, the final line break
    expect(file!.body.replace(/\r\n/g, "")).not.toContain("\n");
    const [header, ...rows] = Papa.parse<string[]>(file!.body.slice(1), { skipEmptyLines: true }).data;
    expect(header).toEqual(HEADERS);
    expect(rows.map((row) => row[1])).toEqual(["'=HYPERLINK(\"http://jahat.test\")", "Bambang 100% Hadir", "Budi Xantoso", "Budi_Santoso", "Yusuf Ramadhan"]);
    expect(rows[1]).toEqual(["2", "Bambang 100% Hadir", "198001012005011001", "Pranata Humas", "", "Lapas Kelas I Cipinang", "DKI Jakarta", "", "", "Terkonfirmasi", "Luring", "2024-09-10 09:30 WIB"]);
    expect(rows[3]).toMatchObject({ 7: "budi@contoh.go.id", 10: "Daring" });
  });

  it("XLSX: a real workbook with a bold, frozen Indonesian header row and the same rows", async () => {
    const file = await exportParticipantsXlsx({ actor: organizer, eventId, filter: { status: "all", province: "Sulawesi Selatan" }, labels });
    expect(file!.filename).toBe(`peserta-${slug}.xlsx`);
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(file!.body) as never);
    const sheet = workbook.getWorksheet("Peserta")!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(2).width).toBeGreaterThan(20);
    expect(sheet.rowCount).toBe(4);
    const rows = [2, 3, 4].map((n) => (sheet.getRow(n).values as unknown[]).slice(1));
    expect(rows.map((row) => [row[0], row[1], row[9]])).toEqual([
      [1, "Andi Batal", "Dibatalkan"],
      [2, "Andi Menunggu", "Daftar tunggu"],
      [3, "Andi Nurhalimah", "Terkonfirmasi"],
    ]);
    expect(rows[2]![2]).toBe("199301052017122001");
    // The event is on Jakarta's clock, though this delegate's unit is in Makassar (WITA).
    expect(rows[2]![11]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} WIB$/);
  });

  it("XLSX: a name typed as a formula is a text cell starting with an apostrophe, as in the CSV", async () => {
    const file = await exportParticipantsXlsx({ actor: organizer, eventId, filter: { unitId: unit["DKI-LP-CPN"] }, labels });
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(file!.body) as never);
    const sheet = workbook.getWorksheet("Peserta")!;
    const names = [2, 3, 4, 5, 6].map((n) => sheet.getRow(n).getCell(2).value);
    expect(names).toEqual(["'=HYPERLINK(\"http://jahat.test\")", "Bambang 100% Hadir", "Budi Xantoso", "Budi_Santoso", "Yusuf Ramadhan"]);
  });

  it("answers 401, 403 and 404 as plain refusals, and a download with the file name otherwise", async () => {
    const respond = (actor: Actor | null, id: string, format: "csv" | "xlsx", search = "") =>
      participantsExportResponse({ actor, eventId: id, format, searchParams: new URLSearchParams(search), labels, errorText: (code) => code });
    expect((await respond(null, eventId, "csv")).status).toBe(401);
    expect((await respond(coordinator, eventId, "xlsx")).status).toBe(403);
    expect((await respond(doorStaff, eventId, "csv")).status).toBe(403);
    expect((await respond(organizer, "no-such-event", "xlsx")).status).toBe(404);
    const csv = await respond(organizer, eventId, "csv", `unitId=${unit["JTG-LPKA-KRA"]}&q=hendra`);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="peserta-${slug}.csv"`);
    expect((await csv.text()).split("\r\n").filter(Boolean)).toHaveLength(2);
    const xlsx = await respond(organizer, eventId, "xlsx");
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    // A zip archive, as every .xlsx is.
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });
});
