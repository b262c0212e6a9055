import "server-only";
import { authorize, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { invalidField } from "@/lib/errors/app-error";
import { issueAccessInvitation, type IssuedAccessInvitation } from "@/lib/team/invite-member";
import { parseInput } from "@/lib/validation/zod";
import { newOrganizationSchema, type NewOrganizationValues } from "./schema";

export interface CreateOrganizationOptions {
  actor: Actor | null;
  input: NewOrganizationValues;
  /** The site's public address, for the invitation link. */
  baseUrl: string;
  now?: Date;
}

export interface CreatedOrganization {
  id: string;
  code: string;
  /** The first organiser's invitation; its link is shown once so it can be passed on. */
  invitation: IssuedAccessInvitation;
}

/**
 * A new organisation on the installation, and an invitation for its first organiser: a single-use
 * link (as every team invitation, lib/team) that sets a new account's password, or gives an
 * existing account the role once its owner signs in; it never touches an existing password.
 */
export async function createOrganization({ actor, input, baseUrl, now = new Date() }: CreateOrganizationOptions): Promise<CreatedOrganization> {
  const admin = authorize(actor, "installation:manage");
  const values = parseInput(newOrganizationSchema, input);
  return inTransaction(async (tx) => {
    if (await tx.organization.findUnique({ where: { code: values.code }, select: { id: true } })) {
      throw invalidField("code", "organization.errors.codeTaken", { code: values.code });
    }
    const organization = await tx.organization.create({
      data: { code: values.code, name: values.name, shortName: values.shortName, timeZone: values.timeZone },
      select: { id: true, code: true, name: true, timeZone: true },
    });
    await recordAudit(tx, {
      actor: admin,
      organizationId: organization.id,
      action: "organization.create",
      entityType: "Organization",
      entityId: organization.id,
      after: { code: values.code, name: values.name, shortName: values.shortName, timeZone: values.timeZone },
    });
    const invitation = await issueAccessInvitation(tx, {
      invitedBy: admin,
      organization,
      role: "ORGANIZER",
      event: null,
      roleExpiresAt: null,
      email: values.organizerEmail,
      name: values.organizerName,
      baseUrl,
      now,
    });
    return { id: organization.id, code: organization.code, invitation };
  });
}
