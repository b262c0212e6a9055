import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { setupTestDatabase } from "@/lib/test/database";
import { INVITED_UNITS_PAGE_SIZE } from "./constants";
import { lampiranFile } from "./lampiran-response";
import { getLampiranData, getQuotaSummary, listInvitedUnits, listQuotaFilterOptions, listUninvitedUnits } from "./queries";
import { setUnitQuotas } from "./set-unit-quotas";
import { createBareEvent, refusal, seedQuotaFixtures, unit, type QuotaFixtures } from "./testing";

const database = setupTestDatabase();
let fx: QuotaFixtures;
const prisma = () => database.current.prisma;

beforeAll(async () => {
  fx = await seedQuotaFixtures(prisma());
});

async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" ").replace(/\s+/g, " "));
  }
  return pages;
}

describe("the units & quotas page reads", () => {
  it("sum the quotas against capacity with the invited units and registrations", async () => {
    const seats = await prisma().unitQuota.aggregate({ where: { eventId: fx.demoEventId }, _sum: { seats: true } });
    const summary = await getQuotaSummary(fx.organizer, fx.demoEventId);
    expect(summary).toMatchObject({ totalSeats: seats._sum.seats, capacity: 150, invitedUnits: 54, registered: 8, overAllocated: false });
    expect(summary?.remaining).toBe(150 - (seats._sum.seats ?? 0));
    expect(await getQuotaSummary(fx.organizer, "nope")).toBeNull();
  });

  it("list invited units 50 a page by province then name, each with seats and registrations", async () => {
    const first = await listInvitedUnits(fx.organizer, { eventId: fx.demoEventId });
    const second = await listInvitedUnits(fx.organizer, { eventId: fx.demoEventId, page: 2 });
    expect(first).toMatchObject({ total: 54, page: 1, pageCount: 2, pageSize: INVITED_UNITS_PAGE_SIZE });
    expect(first.items).toHaveLength(50);
    expect(second.items).toHaveLength(4);
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((u) => u.unitId)).size).toBe(54);
    const provinces = all.map((u) => u.province);
    expect(provinces.filter((p, i) => i > 0 && p !== provinces[i - 1]).length).toBe(new Set(provinces).size - 1);
    expect(all.find((u) => u.code === "JTG-LPKA-KRA")).toMatchObject({ seats: 3, registered: 2, province: "Jawa Tengah", type: "LAPAS" });
    // A page past the end shows the last page rather than nothing.
    expect((await listInvitedUnits(fx.organizer, { eventId: fx.demoEventId, page: 9 })).page).toBe(2);
  });

  it("search invited units by name or code and filter them by province", async () => {
    const byCode = await listInvitedUnits(fx.organizer, { eventId: fx.demoEventId, search: "lpka-kra" });
    expect(byCode.items.map((u) => u.code)).toEqual(["JTG-LPKA-KRA"]);
    const byName = await listInvitedUnits(fx.organizer, { eventId: fx.demoEventId, search: "semarang" });
    expect(byName.items.map((u) => u.code).sort()).toEqual(["JTG-BP-SMG", "JTG-LP-SMG"]);
    const centralJava = await listInvitedUnits(fx.organizer, { eventId: fx.demoEventId, province: "Jawa Tengah" });
    expect(centralJava.total).toBe(6);
    expect(centralJava.items.every((u) => u.province === "Jawa Tengah")).toBe(true);
  });

  it("offer only units not yet invited in the invite picker", async () => {
    const eventId = await createBareEvent(prisma(), fx);
    await setUnitQuotas({ actor: fx.organizer, eventId, entries: [{ unitId: unit(fx, "JTG-LP-SMG").id, seats: 2 }] });
    const page = await listUninvitedUnits(fx.organizer, { eventId });
    expect(page.total).toBe(53);
    expect(page.items).toHaveLength(10);
    const semarang = await listUninvitedUnits(fx.organizer, { eventId, search: "Semarang" });
    expect(semarang.items.map((u) => u.code)).toEqual(["JTG-BP-SMG"]);
    expect(semarang.items[0]).toMatchObject({ province: "Jawa Tengah", type: "BAPAS" });
  });

  it("list the provinces and unit types for the bulk invitation", async () => {
    const options = await listQuotaFilterOptions(fx.organizer);
    expect(options.provinces).toContain("Jawa Tengah");
    expect(options.provinces).toEqual([...new Set([...fx.unitsByCode.values()].map((u) => u.province))].sort());
    expect(options.types).toEqual(expect.arrayContaining(["LAPAS", "RUTAN", "BAPAS", "LPKA", "RUPBASAN"]));
  });

  it("refuse anonymous visitors, unit coordinators and door staff", async () => {
    const reads = (actor: Actor | null) => [
      () => getQuotaSummary(actor, fx.demoEventId),
      () => listInvitedUnits(actor, { eventId: fx.demoEventId }),
      () => listUninvitedUnits(actor, { eventId: fx.demoEventId }),
      () => listQuotaFilterOptions(actor),
      () => getLampiranData(actor, fx.demoEventId),
    ];
    for (const [actor, code] of [[null, "unauthenticated"], [fx.coordinator, "forbidden"], [fx.doorStaff, "forbidden"]] as const) {
      for (const read of reads(actor)) expect((await refusal(read())).code).toBe(code);
    }
  });
});

describe("the Lampiran PDF", () => {
  it("lists the invited units by province then name, with the event's details, total and page numbers", async () => {
    const file = await lampiranFile(fx.organizer, fx.demoEventId, "pdf");
    if (!file) throw new Error("demo event missing");
    const pages = await pdfPages(file.bytes);
    const text = pages.join(" ");

    expect(pages[0]).toContain("DIREKTORAT JENDERAL PEMASYARAKATAN");
    expect(pages[0]).toContain("LAMPIRAN Surat Nomor : .............................. Tanggal : ..............................");
    expect(text).toContain("DAFTAR UNIT PELAKSANA TEKNIS YANG DIUNDANG DAN JUMLAH PESERTA");
    expect(text).toContain("Rapat Koordinasi Humas Pemasyarakatan se-Indonesia");
    expect(text).toContain("Sinergi Merajut Citra Pemasyarakatan yang Berdampak");
    expect(text).toMatch(/Waktu : \d{1,2}(–\d{1,2})? \w+( \d{4})?.* \d{2}\.\d{2}–\d{2}\.\d{2} WIB/);
    expect(text).toContain("Ballroom, Hotel Hilton Garden Inn Jakarta Taman Palem");

    // Order checked against the database, sorted independently of the query.
    const quotas = await prisma().unitQuota.findMany({ where: { eventId: fx.demoEventId }, include: { unit: { include: { regionalOffice: true } } } });
    const expected = quotas
      .map((q) => ({ name: q.unit.name, province: q.unit.regionalOffice.province, seats: q.seats }))
      .sort((a, b) => a.province.localeCompare(b.province, "id") || a.name.localeCompare(b.name, "id"));
    let position = 0;
    expected.forEach((row, index) => {
      const found = text.indexOf(`${index + 1} ${row.name} ${row.province} ${row.seats}`, position);
      expect(found, `row ${index + 1}: ${row.name}`).toBeGreaterThan(position);
      position = found;
    });
    const total = expected.reduce((sum, row) => sum + row.seats, 0);
    expect(text).toContain(`Jumlah (54 unit) ${total}`);

    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain("No Unit Kerja Provinsi Jumlah Peserta");
      expect(page).toContain(`Hal. ${i + 1} dari ${pages.length}`);
    });
  });

  it("says so when no unit is invited yet", async () => {
    const eventId = await createBareEvent(prisma(), fx, { title: "Rakor Tanpa Undangan" });
    const [page] = await pdfPages((await lampiranFile(fx.organizer, eventId, "pdf"))!.bytes);
    expect(page).toContain("Rakor Tanpa Undangan");
    expect(page).toContain("Belum ada unit yang diundang.");
    expect(page).toContain("Jumlah (0 unit) 0");
  });

  it("is given to organizers only as PDF and DOCX, and is not found for an unknown event", async () => {
    const file = await lampiranFile(fx.organizer, fx.demoEventId, "pdf");
    expect(file).toMatchObject({ format: "pdf", name: "lampiran-rakor-humas-pemasyarakatan-2024" });
    expect(new TextDecoder().decode(file!.bytes.slice(0, 5))).toBe("%PDF-");
    expect((await lampiranFile(fx.organizer, fx.demoEventId, "docx"))?.format).toBe("docx");

    await expect(lampiranFile(null, fx.demoEventId, "pdf")).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(lampiranFile(fx.coordinator, fx.demoEventId, "pdf")).rejects.toMatchObject({ code: "forbidden" });
    await expect(lampiranFile(fx.doorStaff, fx.demoEventId, "docx")).rejects.toMatchObject({ code: "forbidden" });
    expect(await lampiranFile(fx.organizer, "nope", "pdf")).toBeNull();
  });
});
