import { readFile } from "node:fs/promises";
import path from "node:path";
import { UnitType } from "@/lib/generated/prisma/client";
import type { SeedContext } from "./context";
import { DITJENPAS, demoLogo } from "./organization";

// Ditjenpas, one Kanwil per province and the 54 demo UPTs of units-demo.csv. This is reference data
// owned by the CSV, so a re-run writes the CSV's values over the rows (a corrected name propagates).

export { DITJENPAS };

export interface DemoUnitRow {
  code: string;
  name: string;
  type: UnitType;
  class: string;
  province: string;
  city: string;
  timeZone: string;
}

const COLUMNS = ["code", "name", "type", "class", "province", "city", "timezone"] as const;

const UNIT_TYPES: Record<string, UnitType> = {
  lapas: UnitType.LAPAS,
  rutan: UnitType.RUTAN,
  bapas: UnitType.BAPAS,
  lpka: UnitType.LPKA,
  rupbasan: UnitType.RUPBASAN,
};

// Resolved from the working directory (the project root) rather than this module's URL: once
// bundled, as in a Next.js server build, the module no longer sits beside the CSV.
export async function readDemoUnits(
  file = path.join(process.cwd(), "prisma/seed/units-demo.csv"),
): Promise<DemoUnitRow[]> {
  return parseDemoUnits(await readFile(file, "utf8"));
}

// The file has no quoted fields, so a plain split is exact; a quote or a wrong column count means
// the file changed shape, and failing loudly beats seeding a unit with shifted columns.
export function parseDemoUnits(text: string): DemoUnitRow[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  const [header, ...rows] = lines;
  if (header?.trim() !== COLUMNS.join(",")) {
    throw new Error(`units CSV: expected header "${COLUMNS.join(",")}", found "${header ?? ""}"`);
  }
  return rows.map((line, index) => {
    const lineNo = index + 2;
    if (line.includes('"')) throw new Error(`units CSV line ${lineNo}: quoted fields are not supported`);
    const cells = line.split(",").map((cell) => cell.trim());
    if (cells.length !== COLUMNS.length || cells.some((cell) => cell === "")) {
      throw new Error(`units CSV line ${lineNo}: expected ${COLUMNS.length} non-empty columns`);
    }
    const [code, name, typeText, unitClass, province, city, timeZone] = cells as [
      string, string, string, string, string, string, string,
    ];
    const type = UNIT_TYPES[typeText.toLowerCase()];
    if (!type) throw new Error(`units CSV line ${lineNo}: unknown unit type "${typeText}"`);
    return { code, name, type, class: unitClass, province, city, timeZone };
  });
}

export interface DemoRegionalOffice {
  code: string;
  name: string;
  province: string;
  timeZone: string;
}

// Unit codes start with a 3-letter province code (JTG-LPKA-KRA), which gives the Kanwil a stable code.
export function regionalOfficesOf(units: DemoUnitRow[]): DemoRegionalOffice[] {
  const byProvince = new Map<string, DemoRegionalOffice>();
  for (const unit of units) {
    const prefix = unit.code.split("-")[0] ?? "";
    const office = {
      code: `KANWIL-${prefix}`,
      name: `Kantor Wilayah ${DITJENPAS.name} ${unit.province}`,
      province: unit.province,
      timeZone: unit.timeZone,
    };
    const known = byProvince.get(unit.province);
    if (!known) byProvince.set(unit.province, office);
    else if (known.code !== office.code || known.timeZone !== office.timeZone) {
      throw new Error(`units CSV: ${unit.code} disagrees with other units of ${unit.province} on prefix or time zone`);
    }
  }
  return [...byProvince.values()];
}

export interface SeededOrganization {
  organizationId: string;
  regionalOffices: number;
  /** Unit id by unit code. */
  unitIds: Map<string, string>;
}

export async function seedOrganization(ctx: SeedContext, units: DemoUnitRow[]): Promise<SeededOrganization> {
  const { tx } = ctx;
  const data = { ...DITJENPAS, ...(await demoLogo()) };
  const organization = await ctx.upsertCounted(
    () => tx.organization.findUnique({ where: { code: DITJENPAS.code }, select: { id: true } }),
    () => tx.organization.create({ data, select: { id: true } }),
    () => tx.organization.update({ where: { code: DITJENPAS.code }, data, select: { id: true } }),
  );

  const officeIds = new Map<string, string>();
  const offices = regionalOfficesOf(units);
  for (const office of offices) {
    const data = { ...office, organizationId: organization.id };
    const row = await ctx.upsertCounted(
      () => tx.regionalOffice.findFirst({ where: { organizationId: organization.id, code: office.code }, select: { id: true } }),
      () => tx.regionalOffice.create({ data, select: { id: true } }),
      () => tx.regionalOffice.update({ where: { organizationId_code: { organizationId: organization.id, code: office.code } }, data, select: { id: true } }),
    );
    officeIds.set(office.province, row.id);
  }

  const unitIds = new Map<string, string>();
  for (const unit of units) {
    const regionalOfficeId = officeIds.get(unit.province);
    if (!regionalOfficeId) throw new Error(`no Kanwil for ${unit.province}`);
    const data = {
      code: unit.code,
      name: unit.name,
      type: unit.type,
      class: unit.class,
      city: unit.city,
      timeZone: unit.timeZone,
      organizationId: organization.id,
      regionalOfficeId,
    };
    const key = { organizationId_code: { organizationId: organization.id, code: unit.code } };
    const row = await ctx.upsertCounted(
      () => tx.unit.findFirst({ where: { organizationId: organization.id, code: unit.code }, select: { id: true } }),
      () => tx.unit.create({ data, select: { id: true } }),
      () => tx.unit.update({ where: key, data, select: { id: true } }),
    );
    unitIds.set(unit.code, row.id);
  }
  return { organizationId: organization.id, regionalOffices: offices.length, unitIds };
}
