import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DITJENPAS } from "@/lib/organization/ditjenpas";
import { provinceKey } from "./unit-record";

// Units roll up to the Kanwil of their province. Creating or importing a unit in a province the
// catalog does not know yet creates that Kanwil under Ditjenpas, as the demo seed does.

type Tx = Prisma.TransactionClient;

export function regionalOfficeName(province: string): string {
  return `Kantor Wilayah ${DITJENPAS.name} ${province}`;
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

async function organizationId(tx: Tx): Promise<string> {
  const existing = await tx.organization.findUnique({ where: { code: DITJENPAS.code }, select: { id: true } });
  if (existing) return existing.id;
  return (await tx.organization.create({ data: DITJENPAS, select: { id: true } })).id;
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
  wanted: { province: string; timeZone: string }[],
): Promise<ResolvedOffices> {
  const offices = await tx.regionalOffice.findMany({ select: { id: true, province: true, code: true } });
  const byProvince = new Map(offices.map((office) => [provinceKey(office.province), office]));
  const codes = new Set(offices.map((office) => office.code));
  let orgId: string | null = null;
  let created = 0;

  for (const { province, timeZone } of wanted) {
    const key = provinceKey(province);
    if (byProvince.has(key)) continue;
    orgId ??= await organizationId(tx);
    const base = regionalOfficeCode(province);
    let code = base;
    for (let n = 2; codes.has(code); n++) code = `${base}-${n}`;
    const data = { code, name: regionalOfficeName(province), province, timeZone, organizationId: orgId };
    const office = await tx.regionalOffice.create({ data, select: { id: true, province: true, code: true } });
    await recordAudit(tx, {
      actor,
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
