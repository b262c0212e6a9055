import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/authorize";
import { setupTestDatabase } from "@/lib/test/database";
import { seedDemo } from "@/prisma/seed/demo";
import { createUnit } from "./create-unit";
import { exportUnitsCsv } from "./export-units-csv";
import { importUnits } from "./import-units";
import { previewUnitsImport } from "./preview-units-import";
import { getUnitForConsole, listRegionalOfficeRollup, listUnitsForConsole } from "./queries";
import { catalogSnapshot, createOrganizer, demoActors, refusal, streamText } from "./testing";
import { updateUnit } from "./update-unit";

// Two organisations on one installation: Ditjenpas (the demo) and another one with its own
// organiser. Each sees and changes only its own catalogue, and the same unit code may exist in both.

const database = setupTestDatabase();
const prisma = () => database.current.prisma;
let ditjenpas: Actor;
let other: Actor;
let semarangId: string;

beforeAll(async () => {
  await seedDemo(prisma(), { now: new Date("2026-11-27T03:00:00Z"), log: () => {} });
  ditjenpas = (await demoActors(prisma())).organizer;
  other = await createOrganizer(prisma());
  semarangId = (await prisma().unit.findFirstOrThrow({ where: { code: "JTG-LP-SMG" } })).id;
});

const semarang = { code: "JTG-LP-SMG", name: "Lapas Kelas I Semarang", type: "LAPAS", class: "I", province: "Jawa Tengah", city: "Semarang", timeZone: "Asia/Jakarta" } as const;

describe("a units catalogue belongs to one organisation", () => {
  it("an organiser of another organisation sees none of Ditjenpas's units, Kanwil or export", async () => {
    expect(await listUnitsForConsole(other, {})).toMatchObject({ total: 0, units: [] });
    expect(await listRegionalOfficeRollup(other)).toEqual([]);
    expect(await getUnitForConsole(other, semarangId)).toBeNull();
    const csv = await streamText(await exportUnitsCsv({ actor: other }));
    expect(csv.trim().split("\n")).toHaveLength(1);
  });

  it("an organiser of another organisation who guesses a unit's id gets not found and changes nothing", async () => {
    const before = await catalogSnapshot(prisma());
    const refused = await refusal(updateUnit({ actor: other, unitId: semarangId, ...semarang, name: "Diambil alih" }));
    expect(refused.code).toBe("not_found");
    expect(await catalogSnapshot(prisma())).toEqual(before);
  });

  it("the same code in another organisation is that organisation's own unit, under its own Kanwil", async () => {
    const preview = await previewUnitsImport({ actor: other, csvText: `code,name,type,class,province,city,timezone\n${Object.values(semarang).join(",")}\n` });
    expect(preview.counts).toMatchObject({ new: 1, update: 0 });
    expect(preview.newProvinces).toEqual(["Jawa Tengah"]);

    const created = await createUnit({ actor: other, ...semarang });
    const stored = await prisma().unit.findUniqueOrThrow({ where: { id: created.id }, include: { regionalOffice: true } });
    const otherOrganizationId = other.roles[0]!.organizationId;
    expect(stored.organizationId).toBe(otherOrganizationId);
    expect(stored.regionalOffice.organizationId).toBe(otherOrganizationId);
    expect(stored.regionalOffice.name).toBe("Kantor Wilayah Organisasi Uji Jawa Tengah");
    // Ditjenpas's Semarang is untouched, and still the only one Ditjenpas sees.
    expect(await getUnitForConsole(ditjenpas, semarangId)).toMatchObject({ name: "Lapas Kelas I Semarang" });
    expect((await listUnitsForConsole(ditjenpas, { query: "JTG-LP-SMG" })).units.map((u) => u.id)).toEqual([semarangId]);
    expect(await prisma().auditLog.findFirst({ where: { entityId: created.id } })).toMatchObject({ organizationId: otherOrganizationId });
  });

  it("an import by another organisation updates its own unit of that code, never Ditjenpas's", async () => {
    const before = await prisma().unit.findUniqueOrThrow({ where: { id: semarangId } });
    const result = await importUnits({ actor: other, rows: [{ line: 2, cells: { ...semarang, name: "Lapas Semarang (lain)", timezone: semarang.timeZone } }] });
    expect(result).toMatchObject({ updated: 1, created: 0 });
    expect(await prisma().unit.findUniqueOrThrow({ where: { id: semarangId } })).toEqual(before);
  });
});
