import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { invalidField } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/zod";
import { newOrganizationSchema, type NewOrganizationValues } from "./schema";

export interface CreateOrganizationOptions {
  actor: Actor | null;
  input: NewOrganizationValues;
}

export interface CreatedOrganization {
  id: string;
  code: string;
  organizer: { id: string; email: string; created: boolean };
}

/**
 * A new organisation on the installation and its first organiser. An existing account with that
 * address gets the role and keeps its password; a new account has none until its owner sets one
 * through "Lupa kata sandi?" (the sign-in page), which proves they hold the address.
 */
export async function createOrganization({ actor, input }: CreateOrganizationOptions): Promise<CreatedOrganization> {
  const admin = authorize(actor, "installation:manage");
  const values = parseInput(newOrganizationSchema, input);
  return inTransaction(async (tx) => {
    if (await tx.organization.findUnique({ where: { code: values.code }, select: { id: true } })) {
      throw invalidField("code", "organization.errors.codeTaken", { code: values.code });
    }
    const organization = await tx.organization.create({
      data: { code: values.code, name: values.name, shortName: values.shortName, timeZone: values.timeZone },
      select: { id: true, code: true },
    });
    const existing = await tx.user.findUnique({ where: { email: values.organizerEmail }, select: { id: true, email: true } });
    const user = existing ?? (await tx.user.create({ data: { email: values.organizerEmail, name: values.organizerName }, select: { id: true, email: true } }));
    await tx.roleAssignment.create({ data: { userId: user.id, role: "ORGANIZER", organizationId: organization.id } });
    await recordAudit(tx, {
      actor: admin,
      organizationId: organization.id,
      action: "organization.create",
      entityType: "Organization",
      entityId: organization.id,
      after: { code: values.code, name: values.name, shortName: values.shortName, timeZone: values.timeZone, organizer: values.organizerEmail },
    });
    return { ...organization, organizer: { ...user, created: !existing } };
  });
}
