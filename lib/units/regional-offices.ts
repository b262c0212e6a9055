import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { provinceKey } from "./unit-record";

// Units roll up to the Kanwil of their province. Creating or importing a unit in a province the
// organisation's catalogue does not know yet creates that Kanwil under the organisation.

type Tx = Prisma.TransactionClient;

export function regionalOfficeName(organizationName: string, province: string): string {
  return `Kantor Wilayah ${organizationName} ${province}`;
}

/** "KANWIL-" and the province in capitals without accents or spaces: "Nusa Tenggara Barat" → "KANWIL-NUSA-TENGGARA-BARAT". */
export function regionalOfficeCode(province: string): string {
  const slug = province
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `KANWIL-${slug || "X"}`;
}

export interface ResolvedOffice {
  id: string;
  province: string;
}

export interface ResolvedOffices {
  /** The Kanwil of a province that was among the wanted ones. */
  officeFor(province: string): ResolvedOffice;
  created: number;
}

/**
 * The Kanwil of each wanted province, creating (and auditing) the missing ones with the time zone
 * of the first unit that names them.
 */
export async function resolveRegionalOffices(
  tx: Tx,
  actor: Actor,
  organizationId: string,
  wanted: { province: string; timeZone: string }[],
): Promise<ResolvedOffices> {
  const offices = await tx.regionalOffice.findMany({ where: { organizationId }, select: { id: true, province: true, code: true } });
  const byProvince = new Map(offices.map((office) => [provinceKey(office.province), office]));
  const codes = new Set(offices.map((office) => office.code));
  let organizationName: string | null = null;
  let created = 0;

  for (const { province, timeZone } of wanted) {
    const key = provinceKey(province);
    if (byProvince.has(key)) continue;
    organizationName ??= (await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true } })).name;
    const base = regionalOfficeCode(province);
    let code = base;
    for (let n = 2; codes.has(code); n++) code = `${base}-${n}`;
    const data = { code, name: regionalOfficeName(organizationName, province), province, timeZone, organizationId };
    const office = await tx.regionalOffice.create({ data, select: { id: true, province: true, code: true } });
    await recordAudit(tx, {
      actor,
      organizationId,
      action: "regionalOffice.create",
      entityType: "RegionalOffice",
      entityId: office.id,
      after: { code, name: data.name, province, timeZone },
    });
    byProvince.set(key, office);
    codes.add(code);
    created += 1;
  }
  return {
    created,
    officeFor(province) {
      const office = byProvince.get(provinceKey(province));
      if (!office) throw new Error(`no Kanwil resolved for ${province}`);
      return office;
    },
  };
}
