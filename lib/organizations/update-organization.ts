import "server-only";
import { organizationScope, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { parseInput } from "@/lib/validation/zod";
import { organizationSettingsSchema, type OrganizationSettingsValues } from "./schema";

export interface UpdateOrganizationOptions {
  actor: Actor | null;
  input: OrganizationSettingsValues;
}

const FIELDS = ["name", "shortName", "parentLines", "address", "phone", "email", "website", "timeZone"] as const;
const select = { name: true, shortName: true, parentLines: true, address: true, phone: true, email: true, website: true, timeZone: true } as const;

/** Saves the organisation's letterhead and defaults; a save without a change writes nothing. */
export async function updateOrganization({ actor, input }: UpdateOrganizationOptions): Promise<{ changed: boolean }> {
  const organizationId = organizationScope(actor, "organization:manage");
  const settings = parseInput(organizationSettingsSchema, input);
  return inTransaction(async (tx) => {
    const current = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select });
    const changed = FIELDS.filter((field) => current[field] !== settings[field]);
    if (changed.length === 0) return { changed: false };
    await tx.organization.update({ where: { id: organizationId }, data: settings });
    await recordAudit(tx, {
      actor,
      organizationId,
      action: "organization.update",
      entityType: "Organization",
      entityId: organizationId,
      before: Object.fromEntries(changed.map((f) => [f, current[f]])),
      after: Object.fromEntries(changed.map((f) => [f, settings[f]])),
    });
    return { changed: true };
  });
}
