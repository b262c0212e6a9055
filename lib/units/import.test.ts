import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { setupTestDatabase } from "@/lib/test/database";
import { exportUnitsCsv } from "./export-units-csv";
import { importUnits, type UnitsImportRow } from "./import-units";
import { previewUnitsImport, type UnitsImportPreview } from "./preview-units-import";
import { catalogSnapshot, createOrganizer, refusal, streamText } from "./testing";

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let organizer: Actor;
let organizationId: string;
let demoCsv: string;

beforeAll(async () => {
  const ditjenpas = await prisma().organization.create({ data: { code: "DITJENPAS", name: "Direktorat Jenderal Pemasyarakatan" } });
  organizationId = ditjenpas.id;
  organizer = await createOrganizer(prisma(), organizationId);
  demoCsv = await readFile(path.join(process.cwd(), "prisma/seed/units-demo.csv"), "utf8");
});

const HEADER = "code,name,type,class,province,city,timezone";
const rowsOf = (preview: UnitsImportPreview): UnitsImportRow[] => preview.rows.map(({ line, cells }) => ({ line, cells }));

/** Preview, then import the rows in chunks as the import page does. */
async function importCsv(csvText: string, chunkSize = 200) {
  const preview = await previewUnitsImport({ actor: organizer, csvText });
  expect(preview.fileProblem).toBeNull();
  expect(preview.counts.withProblems).toBe(0);
  const rows = rowsOf(preview);
  const totals = { created: 0, updated: 0, unchanged: 0, regionalOfficesCreated: 0 };
  for (let i = 0; i < rows.length; i += chunkSize) {
    const result = await importUnits({ actor: organizer, rows: rows.slice(i, i + chunkSize) });
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += result[key];
  }
  return { preview, totals };
}

describe("checking a units file before importing", () => {
  it("names every problem with its line number and writes nothing", async () => {
    const csv = [
      HEADER, // line 1
      "JTG-LP-SMG,Lapas Kelas I Semarang,Lapas,I,Jawa Tengah,Semarang,Asia/Jakarta", // 2: duplicate of 8
      ",Lapas Tanpa Kode,Lapas,IIA,Jawa Tengah,Kendal,Asia/Jakarta", // 3: no code
      "JTG-LP-KDL,,Lapas,IIA,Jawa Tengah,Kendal,Asia/Jakarta", // 4: no name
      "JTG-LP-PTI,Lapas Kelas IIB Pati,Penjara,IIB,Jawa Tengah,Pati,Asia/Jakarta", // 5: unknown type
      "JTG-LP-BLA,Lapas Kelas IIB Blora,Lapas,IIB,Jawa Tengah,Blora,Asia/Jakarat", // 6: unknown zone
      "JTG-LP-RBG,Lapas Kelas IIB Rembang,Lapas,IIB,,Rembang,Asia/Jakarta", // 7: no province
      "jtg-lp-smg,Rutan Semarang,Rutan,I,Jawa Tengah,Semarang,Asia/Jakarta", // 8: duplicate of 2
      "", // 9
      'BAL-RT-DPS,"Rutan Kelas IIB Denpasar, Bali",Rutan,IIB,Bali,Denpasar,+08:00', // 10: an offset is not a zone
      "BAL-LP-KRB,Lapas Kelas IIA Kerobokan,lapas,IIA,Bali,Badung,asia/makassar", // 11: fine
    ].join("\r\n");
    const before = await catalogSnapshot(prisma());
    const preview = await previewUnitsImport({ actor: organizer, csvText: csv });

    const problems = Object.fromEntries(preview.rows.map((row) => [row.line, row.problems.map((p) => [p.column, p.key, p.values])]));
    expect(problems).toEqual({
      2: [["code", "units.problems.duplicateCode", { code: "JTG-LP-SMG", lines: "2, 8" }]],
      3: [["code", "validation.required", undefined]],
      4: [["name", "validation.required", undefined]],
      5: [["type", "units.errors.typeUnknown", undefined]],
      6: [["timezone", "units.errors.timeZoneUnknown", undefined]],
      7: [["province", "validation.required", undefined]],
      8: [["code", "units.problems.duplicateCode", { code: "JTG-LP-SMG", lines: "2, 8" }]],
      10: [["timezone", "units.errors.timeZoneUnknown", undefined]],
      11: [],
    });
    expect(preview.rows.find((row) => row.line === 10)!.cells.name).toBe("Rutan Kelas IIB Denpasar, Bali");
    expect(preview.counts).toEqual({ rows: 9, withProblems: 8, new: 1, update: 0, unchanged: 0 });
    expect(preview.newProvinces).toEqual(["Bali"]);
    expect(await catalogSnapshot(prisma())).toEqual(before);
  });

  it("reports a file that is not in the format as a whole, without rows", async () => {
    const preview = await previewUnitsImport({ actor: organizer, csvText: "kode;nama\nA;B\n" });
    expect(preview).toMatchObject({ fileProblem: { key: "units.errors.csvMissingColumns" }, rows: [] });
  });

  it("refuses a batch with any bad row as a whole, writing nothing", async () => {
    const before = await catalogSnapshot(prisma());
    const good = { code: "BAL-LP-KRB", name: "Lapas Kerobokan", type: "Lapas", class: "IIA", province: "Bali", city: "Badung", timezone: "Asia/Makassar" };
    const bad = { ...good, code: "BAL-LP-X", timezone: "Bali/Denpasar" };
    const error = await refusal(importUnits({ actor: organizer, rows: [{ line: 2, cells: good }, { line: 3, cells: bad }] }));
    expect(error).toMatchObject({ code: "invalid_input", fieldErrors: { _form: { key: "units.errors.importRefused", values: { line: 3 } } } });
    const twice = await refusal(importUnits({ actor: organizer, rows: [{ line: 2, cells: good }, { line: 5, cells: { ...good, name: "Lain" } }] }));
    expect(twice.fieldErrors._form).toMatchObject({ values: { line: 2 } });
    expect(await catalogSnapshot(prisma())).toEqual(before);
  });
});

describe("importing the demo units into an empty catalog", () => {
  it("creates the 54 units and one Kanwil per province in the organiser's organisation, named after it, auditing each", async () => {
    expect(await prisma().unit.count()).toBe(0);
    const { preview, totals } = await importCsv(demoCsv, 20);
    expect(preview.counts).toEqual({ rows: 54, withProblems: 0, new: 54, update: 0, unchanged: 0 });
    expect(preview.newProvinces).toHaveLength(34);
    expect(totals).toEqual({ created: 54, updated: 0, unchanged: 0, regionalOfficesCreated: 34 });

    expect(await prisma().unit.count()).toBe(54);
    expect(await prisma().unit.count({ where: { organizationId } })).toBe(54);
    expect(await prisma().regionalOffice.count({ where: { organizationId } })).toBe(34);
    expect(await prisma().organization.count()).toBe(1);
    const papua = await prisma().regionalOffice.findFirstOrThrow({ where: { province: "Papua" }, include: { _count: { select: { units: true } } } });
    expect(papua).toMatchObject({
      code: "KANWIL-PAPUA",
      name: "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Papua",
      timeZone: "Asia/Jayapura",
    });
    const karanganyar = await prisma().unit.findFirstOrThrow({ where: { code: "JTG-LPKA-KRA" }, include: { regionalOffice: true } });
    expect(karanganyar).toMatchObject({ name: "Lapas Khusus Kelas IIA Karanganyar Nusakambangan", type: "LAPAS", class: "IIA", city: "Cilacap", timeZone: "Asia/Jakarta" });
    expect(karanganyar.regionalOffice.province).toBe("Jawa Tengah");

    const audit = await prisma().auditLog.groupBy({ by: ["action"], _count: { _all: true }, where: { actorId: organizer.userId } });
    expect(Object.fromEntries(audit.map((a) => [a.action, a._count._all]))).toEqual({ "unit.create": 54, "regionalOffice.create": 34 });
    const entry = await prisma().auditLog.findFirstOrThrow({ where: { action: "unit.create", entityId: karanganyar.id } });
    expect(entry.before).toBeNull();
    expect(entry.after).toMatchObject({ code: "JTG-LPKA-KRA", province: "Jawa Tengah", type: "LAPAS" });
  });

  it("importing the same file again reports 54 unchanged and writes nothing", async () => {
    const before = await catalogSnapshot(prisma());
    const { preview, totals } = await importCsv(demoCsv);
    expect(preview.counts).toMatchObject({ new: 0, update: 0, unchanged: 54 });
    expect(preview.newProvinces).toEqual([]);
    expect(totals).toEqual({ created: 0, updated: 0, unchanged: 54, regionalOfficesCreated: 0 });
    expect(await catalogSnapshot(prisma())).toEqual(before);
  });

  it("a changed name updates only that unit, with before and after in the audit log", async () => {
    const changed = demoCsv.replace("Lapas Kelas I Semarang,", "Lapas Kelas I Semarang Kedungpane,");
    expect(changed).not.toBe(demoCsv);
    const { preview, totals } = await importCsv(changed);
    expect(preview.counts).toMatchObject({ new: 0, update: 1, unchanged: 53 });
    expect(preview.rows.find((row) => row.cells.code === "JTG-LP-SMG")!.change).toBe("update");
    expect(totals).toEqual({ created: 0, updated: 1, unchanged: 53, regionalOfficesCreated: 0 });

    const unit = await prisma().unit.findFirstOrThrow({ where: { code: "JTG-LP-SMG" } });
    expect(unit.name).toBe("Lapas Kelas I Semarang Kedungpane");
    const entry = await prisma().auditLog.findFirstOrThrow({ where: { action: "unit.update", entityId: unit.id } });
    expect(entry).toMatchObject({
      actorId: organizer.userId,
      reason: "csv-import",
      before: { name: "Lapas Kelas I Semarang" },
      after: { name: "Lapas Kelas I Semarang Kedungpane" },
    });
  });

  it("exports the catalog in the import format, and the export imports back with no change", async () => {
    const csv = await streamText(await exportUnitsCsv({ actor: organizer }));
    expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(55);
    expect(lines).toContain("JTG-LPKA-KRA,Lapas Khusus Kelas IIA Karanganyar Nusakambangan,Lapas,IIA,Jawa Tengah,Cilacap,Asia/Jakarta");
    // Ordered by province, then name.
    expect(lines[1]!.split(",")[4]).toBe("Aceh");
    expect(lines.at(-1)!.split(",")[4]).toBe("Sumatera Utara");

    const before = await catalogSnapshot(prisma());
    const { preview, totals } = await importCsv(csv);
    expect(preview.counts).toMatchObject({ rows: 54, new: 0, update: 0, unchanged: 54 });
    expect(totals).toMatchObject({ created: 0, updated: 0, unchanged: 54 });
    expect(await catalogSnapshot(prisma())).toEqual(before);
  });

  it("a unit named like a formula is exported as text, and the export still imports back with no change", async () => {
    const formula = '=HYPERLINK("http://jahat.test","klik")';
    await importCsv(`${HEADER}\nKTR-UJI-RUMUS,"${formula.replace(/"/g, '""')}",Lapas,-1+1,Kalimantan Utara,@SUM(A1),Asia/Makassar\n`);
    const csv = await streamText(await exportUnitsCsv({ actor: organizer }));
    const line = csv.split("\r\n").find((l) => l.startsWith("KTR-UJI-RUMUS,"));
    expect(line).toBe(`KTR-UJI-RUMUS,"'${formula.replace(/"/g, '""')}",Lapas,'-1+1,Kalimantan Utara,'@SUM(A1),Asia/Makassar`);
    expect(csv).not.toMatch(/(^|,|\r\n)[=+\-@]/);

    const before = await catalogSnapshot(prisma());
    const { preview, totals } = await importCsv(csv);
    expect(preview.counts).toMatchObject({ new: 0, update: 0 });
    expect(totals).toMatchObject({ created: 0, updated: 0 });
    expect(await catalogSnapshot(prisma())).toEqual(before);
    expect(await prisma().unit.findFirstOrThrow({ where: { code: "KTR-UJI-RUMUS" } })).toMatchObject({ name: formula, class: "-1+1", city: "@SUM(A1)" });
  });

  it("a new province in a file gets its Kanwil, named and coded from the province", async () => {
    const csv = `${HEADER}\nPPS-LP-MRK,Lapas Kelas IIA Merauke,Lapas,IIA,Papua Selatan,Merauke,Asia/Jayapura\nPPS-RT-BVD,Rutan Boven Digoel,Rutan,,papua  selatan,,Asia/Jayapura\n`;
    const { preview, totals } = await importCsv(csv);
    expect(preview.newProvinces).toEqual(["Papua Selatan"]);
    expect(totals).toMatchObject({ created: 2, regionalOfficesCreated: 1 });
    const office = await prisma().regionalOffice.findFirstOrThrow({ where: { province: "Papua Selatan" }, include: { units: { select: { code: true } } } });
    expect(office.code).toBe("KANWIL-PAPUA-SELATAN");
    expect(office.units.map((u) => u.code).sort()).toEqual(["PPS-LP-MRK", "PPS-RT-BVD"]);
  });

  it("two organizers importing the same new units at once both finish, and each unit exists once", async () => {
    const codes = Array.from({ length: 30 }, (_, i) => `KTR-UJI-${i}`);
    const csv = [HEADER, ...codes.map((code) => `${code},Lapas ${code},Lapas,III,Kalimantan Utara,Tarakan,Asia/Makassar`)].join("\n");
    const preview = await previewUnitsImport({ actor: organizer, csvText: csv });
    const rows = rowsOf(preview);
    const results = await Promise.all([importUnits({ actor: organizer, rows }), importUnits({ actor: organizer, rows })]);
    expect(results.reduce((sum, r) => sum + r.created, 0)).toBe(30);
    expect(results.reduce((sum, r) => sum + r.created + r.unchanged, 0)).toBe(60);
    expect(await prisma().unit.count({ where: { code: { in: codes } } })).toBe(30);
    expect(await prisma().regionalOffice.count({ where: { province: "Kalimantan Utara" } })).toBe(1);
  });
});
