import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { setupTestDatabase } from "@/lib/test/database";
import { seedDemo } from "@/prisma/seed/demo";
import { createUnit } from "./create-unit";
import { exportUnitsCsv } from "./export-units-csv";
import { importUnits } from "./import-units";
import { previewUnitsImport } from "./preview-units-import";
import { getUnitForConsole, listRegionalOfficeRollup, listUnitsForConsole } from "./queries";
import { catalogSnapshot, demoActors, refusal, streamText, type CatalogActors } from "./testing";
import { updateUnit } from "./update-unit";

// The export route and the server actions find the signed-in user through the session; here the
// test decides who that is.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next-intl/server", () => ({
  getTranslations: async () => (key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let actors: CatalogActors;

beforeAll(async () => {
  await seedDemo(prisma(), { now: new Date("2026-11-27T03:00:00Z"), log: () => {} });
  actors = await demoActors(prisma());
});

const semarang = { code: "JTG-LP-SMG", name: "Lapas Kelas I Semarang", type: "LAPAS", class: "I", province: "Jawa Tengah", city: "Semarang", timeZone: "Asia/Jakarta" } as const;
const newUnit = { code: "JTG-RT-KDL", name: "Rutan Kelas IIB Kendal", type: "RUTAN", class: "IIB", province: "Jawa Tengah", city: "Kendal", timeZone: "Asia/Jakarta" } as const;

describe("the unit list", () => {
  it("shows 25 units a page, ordered by province then name, with the last page holding the rest", async () => {
    const first = await listUnitsForConsole(actors.organizer, {});
    expect(first).toMatchObject({ total: 54, page: 1, pageCount: 3, pageSize: 25 });
    expect(first.units).toHaveLength(25);
    const third = await listUnitsForConsole(actors.organizer, { page: "3" });
    expect(third.units).toHaveLength(4);
    const all = [...first.units, ...(await listUnitsForConsole(actors.organizer, { page: 2 })).units, ...third.units];
    expect(new Set(all.map((u) => u.id)).size).toBe(54);
    const keys = all.map((u) => [u.regionalOffice.province, u.name]);
    expect(keys).toEqual([...keys].sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1]! < b[1]! ? -1 : a[1]! > b[1]! ? 1 : 0)));
    expect((await listUnitsForConsole(actors.organizer, { page: "99" })).page).toBe(3);
    expect((await listUnitsForConsole(actors.organizer, { page: "abc" })).page).toBe(1);
  });

  it("searches names and codes ignoring case, and filters by province and type", async () => {
    const byName = await listUnitsForConsole(actors.organizer, { query: "  SEMARANG " });
    expect(byName.units.map((u) => u.code)).toContain("JTG-LP-SMG");
    expect(byName.units.every((u) => /semarang/i.test(u.name) || /semarang/i.test(u.code))).toBe(true);
    expect((await listUnitsForConsole(actors.organizer, { query: "jtg-lpka" })).units.map((u) => u.code)).toEqual(["JTG-LPKA-KRA"]);

    const jateng = await listUnitsForConsole(actors.organizer, { province: "Jawa Tengah" });
    expect(jateng.total).toBe(await prisma().unit.count({ where: { regionalOffice: { province: "Jawa Tengah" } } }));
    expect(jateng.units.every((u) => u.regionalOffice.province === "Jawa Tengah")).toBe(true);

    const rutan = await listUnitsForConsole(actors.organizer, { type: "RUTAN" });
    expect(rutan.total).toBe(6);
    expect(rutan.units.every((u) => u.type === "RUTAN")).toBe(true);
    const both = await listUnitsForConsole(actors.organizer, { type: "LAPAS", province: "Papua" });
    expect(both.units.length).toBeGreaterThan(0);
    expect(both.units.every((u) => u.type === "LAPAS" && u.regionalOffice.province === "Papua")).toBe(true);

    expect((await listUnitsForConsole(actors.organizer, { query: "tidak ada unit seperti ini" })).total).toBe(0);
    // Typed characters are searched for literally, not as SQL wildcards.
    for (const query of ["%", "_", "Lapas%Kelas", "\\"]) expect((await listUnitsForConsole(actors.organizer, { query })).total).toBe(0);
    // A type that does not exist is ignored rather than failing the page.
    expect((await listUnitsForConsole(actors.organizer, { type: "PENJARA" })).total).toBe(54);
  });

  it("rolls units up to their province's Kanwil", async () => {
    const rollup = await listRegionalOfficeRollup(actors.organizer);
    expect(rollup).toHaveLength(34);
    expect(rollup.reduce((sum, office) => sum + office.unitCount, 0)).toBe(54);
    expect(rollup.map((o) => o.province)).toEqual([...rollup.map((o) => o.province)].sort());
    const jateng = rollup.find((office) => office.province === "Jawa Tengah")!;
    expect(jateng).toMatchObject({ name: "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa Tengah" });
    expect(jateng.unitCount).toBe(await prisma().unit.count({ where: { regionalOfficeId: jateng.id } }));
  });

  it("opens one unit for editing, and nothing for an unknown id", async () => {
    const { id } = await prisma().unit.findFirstOrThrow({ where: { code: "JTG-LP-SMG" } });
    expect(await getUnitForConsole(actors.organizer, id)).toMatchObject({ code: "JTG-LP-SMG", regionalOffice: { province: "Jawa Tengah" } });
    expect(await getUnitForConsole(actors.organizer, "no-such-unit")).toBeNull();
  });
});

describe("adding and editing units", () => {
  it("adds a unit to its province's Kanwil and records who added it", async () => {
    const created = await createUnit({ actor: actors.organizer, ...newUnit, code: " jtg-rt-kdl " });
    expect(created.code).toBe("JTG-RT-KDL");
    const unit = await prisma().unit.findFirstOrThrow({ where: { code: "JTG-RT-KDL" }, include: { regionalOffice: true } });
    expect(unit).toMatchObject({ name: newUnit.name, type: "RUTAN", class: "IIB", city: "Kendal", timeZone: "Asia/Jakarta" });
    expect(unit.regionalOffice.code).toBe("KANWIL-JTG");
    const entry = await prisma().auditLog.findFirstOrThrow({ where: { entityType: "Unit", entityId: unit.id } });
    expect(entry).toMatchObject({ action: "unit.create", actorId: actors.organizer.userId, before: null, after: { ...newUnit } });
  });

  it("creates the Kanwil of a province not known yet, with the unit's time zone", async () => {
    const offices = await prisma().regionalOffice.count();
    await createUnit({ actor: actors.organizer, code: "PBD-LP-SRG", name: "Lapas Kelas IIB Sorong", type: "LAPAS", class: "", province: "Papua Barat Daya", city: "", timeZone: "asia/jayapura" });
    const unit = await prisma().unit.findFirstOrThrow({ where: { code: "PBD-LP-SRG" }, include: { regionalOffice: true } });
    expect(unit).toMatchObject({ class: null, city: null, timeZone: "Asia/Jayapura" });
    expect(unit.regionalOffice).toMatchObject({
      code: "KANWIL-PAPUA-BARAT-DAYA",
      province: "Papua Barat Daya",
      name: "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Papua Barat Daya",
      timeZone: "Asia/Jayapura",
    });
    expect(await prisma().regionalOffice.count()).toBe(offices + 1);
    expect(await prisma().auditLog.count({ where: { action: "regionalOffice.create", entityId: unit.regionalOfficeId } })).toBe(1);
  });

  it("refuses a code another unit already has, in any letter case, writing nothing", async () => {
    const before = await catalogSnapshot(prisma());
    const error = await refusal(createUnit({ actor: actors.organizer, ...newUnit, code: "jtg-lp-smg", province: "Provinsi Baru" }));
    expect(error).toMatchObject({ code: "invalid_input", fieldErrors: { code: { key: "units.errors.codeTaken", values: { code: "JTG-LP-SMG" } } } });

    const { id } = await prisma().unit.findFirstOrThrow({ where: { code: "JTG-RT-KDL" } });
    const onEdit = await refusal(updateUnit({ actor: actors.organizer, unitId: id, ...newUnit, code: "JTG-LP-SMG" }));
    expect(onEdit.fieldErrors.code).toMatchObject({ key: "units.errors.codeTaken" });
    expect(await catalogSnapshot(prisma())).toEqual(before);
  });

  it("refuses an unknown time zone, a missing name and an unknown type, field by field", async () => {
    const before = await catalogSnapshot(prisma());
    const error = await refusal(createUnit({ actor: actors.organizer, ...newUnit, code: "X-1", name: " ", type: "PENJARA" as never, timeZone: "Asia/Jakarat" }));
    expect(error.fieldErrors).toEqual({
      name: { key: "validation.required" },
      type: { key: "units.errors.typeUnknown" },
      timeZone: { key: "units.errors.timeZoneUnknown" },
    });
    expect((await refusal(createUnit({ actor: actors.organizer, ...newUnit, code: "X 1" }))).fieldErrors.code).toEqual({ key: "units.errors.codeFormat" });
    expect(await catalogSnapshot(prisma())).toEqual(before);
  });

  it("edits a unit with before and after in the audit log, and moving province moves it to that Kanwil", async () => {
    const { id } = await prisma().unit.findFirstOrThrow({ where: { code: "JTG-LP-SMG" } });
    const result = await updateUnit({ actor: actors.organizer, unitId: id, ...semarang, name: "Lapas Kelas I Semarang Kedungpane", province: "jawa tengah" });
    expect(result).toMatchObject({ changed: true, code: "JTG-LP-SMG" });
    const entry = await prisma().auditLog.findFirstOrThrow({ where: { action: "unit.update", entityId: id } });
    expect(entry).toMatchObject({
      actorId: actors.organizer.userId,
      before: { ...semarang },
      after: { ...semarang, name: "Lapas Kelas I Semarang Kedungpane" },
    });

    await updateUnit({ actor: actors.organizer, unitId: id, ...semarang, province: "Bali", timeZone: "Asia/Makassar" });
    const moved = await prisma().unit.findUniqueOrThrow({ where: { id }, include: { regionalOffice: true } });
    expect(moved).toMatchObject({ name: semarang.name, timeZone: "Asia/Makassar", regionalOffice: { province: "Bali" } });
    await updateUnit({ actor: actors.organizer, unitId: id, ...semarang });
  });

  it("saving a unit without a change writes nothing", async () => {
    const { id } = await prisma().unit.findFirstOrThrow({ where: { code: "JTG-LP-SMG" } });
    const before = await catalogSnapshot(prisma());
    expect(await updateUnit({ actor: actors.organizer, unitId: id, ...semarang, code: "jtg-lp-smg ", province: " Jawa  Tengah" })).toMatchObject({ changed: false });
    expect(await catalogSnapshot(prisma())).toEqual(before);
    expect((await refusal(updateUnit({ actor: actors.organizer, unitId: "no-such-unit", ...semarang }))).code).toBe("not_found");
  });
});

describe("who may manage the catalog", () => {
  const row = { line: 2, cells: { code: "BAL-LP-NEW", name: "Lapas Baru", type: "Lapas", class: "", province: "Bali", city: "", timezone: "Asia/Makassar" } };
  const csvText = "code,name,type,class,province,city,timezone\nBAL-LP-NEW,Lapas Baru,Lapas,,Bali,,Asia/Makassar\n";

  it("refuses every operation and read to anonymous visitors, unit coordinators and door staff, writing nothing", async () => {
    const { id } = await prisma().unit.findFirstOrThrow({ where: { code: "JTG-LP-SMG" } });
    const before = await catalogSnapshot(prisma());
    const cases: [Actor | null, string][] = [
      [null, "unauthenticated"],
      [actors.coordinator, "forbidden"],
      [actors.doorStaff, "forbidden"],
    ];
    for (const [actor, code] of cases) {
      const calls: Promise<unknown>[] = [
        createUnit({ actor, ...newUnit, code: "BAL-LP-NEW" }),
        updateUnit({ actor, unitId: id, ...semarang, name: "Diubah" }),
        previewUnitsImport({ actor, csvText }),
        importUnits({ actor, rows: [row] }),
        exportUnitsCsv({ actor }),
        listUnitsForConsole(actor, {}),
        listRegionalOfficeRollup(actor),
        getUnitForConsole(actor, id),
      ];
      for (const call of calls) expect((await refusal(call)).code).toBe(code);
    }
    expect(await catalogSnapshot(prisma())).toEqual(before);
  });

  it("the export answers 401 to anonymous visitors, 403 to other roles, and a CSV download to organizers", async () => {
    const { GET } = await import("@/app/console/units/export.csv/route");
    session.actor = null;
    expect((await GET()).status).toBe(401);
    for (const actor of [actors.coordinator, actors.doorStaff]) {
      session.actor = actor;
      expect((await GET()).status).toBe(403);
    }
    session.actor = actors.organizer;
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="unit-kerja.csv"');
    const text = await streamText(response.body);
    expect(text.startsWith("\uFEFFcode,name,type,class,province,city,timezone\r\n")).toBe(true);
    expect(text.trimEnd().split("\r\n")).toHaveLength(1 + (await prisma().unit.count()));
  });

  it("the server actions take the signed-in user, never an actor sent with the form", async () => {
    const { createUnitAction, importUnitsAction, previewUnitsImportAction, updateUnitAction } = await import("./actions");
    const { id } = await prisma().unit.findFirstOrThrow({ where: { code: "JTG-LP-SMG" } });
    const before = await catalogSnapshot(prisma());
    const forged = { ...newUnit, code: "BAL-LP-NEW", actor: actors.organizer } as unknown as typeof newUnit;
    for (const actor of [null, actors.coordinator, actors.doorStaff]) {
      session.actor = actor;
      const results = [
        await createUnitAction(forged),
        await updateUnitAction(id, { ...forged, code: "JTG-LP-SMG" }),
        await previewUnitsImportAction(csvText),
        await importUnitsAction([row]),
      ];
      expect(results.map((r) => r.ok)).toEqual([false, false, false, false]);
    }
    expect(await catalogSnapshot(prisma())).toEqual(before);

    session.actor = actors.organizer;
    const created = await createUnitAction({ ...newUnit, code: "BAL-LP-NEW", province: "Bali", timeZone: "Asia/Makassar" });
    expect(created).toMatchObject({ ok: true, data: { code: "BAL-LP-NEW" } });
    const taken = await createUnitAction({ ...newUnit, code: "BAL-LP-NEW" });
    expect(taken).toMatchObject({ ok: false, fieldErrors: { code: 'units.errors.codeTaken {"code":"BAL-LP-NEW"}' } });
  });
});
