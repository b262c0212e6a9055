import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/create-client";
import { acceptInvitationFormSchema } from "@/lib/invitations/schema";
import { parseInput } from "@/lib/validation/zod";
import { newOrganizationSchema } from "./schema";

// Not "server-only": a script imports it. For the command line only (npm run admin:create): whoever runs it owns the server, so there is no
// actor to authorize. A fresh database has no one to invite the first person; this makes them.

export interface CreateInstallationAdminOptions {
  email: string;
  name: string;
  password: string;
  /** Also create this organisation, with the admin as its first organiser. */
  organization?: { code: string; name: string; timeZone?: string };
}

export interface InstallationAdmin {
  userId: string;
  created: boolean;
  organizationId: string | null;
}

export async function createInstallationAdmin(prisma: Db, options: CreateInstallationAdminOptions): Promise<InstallationAdmin> {
  const email = options.email.trim().toLowerCase();
  const { name, password } = parseInput(acceptInvitationFormSchema, { name: options.name, password: options.password, passwordConfirmation: options.password });
  const organization = options.organization
    ? parseInput(newOrganizationSchema, { ...options.organization, timeZone: options.organization.timeZone ?? "Asia/Jakarta", organizerName: name, organizerEmail: email })
    : null;
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { name, passwordHash, active: true }, select: { id: true } })
      : await tx.user.create({ data: { email, name, passwordHash }, select: { id: true } });
    if (!(await tx.roleAssignment.findFirst({ where: { userId: user.id, role: "ADMIN" }, select: { id: true } }))) {
      await tx.roleAssignment.create({ data: { userId: user.id, role: "ADMIN" } });
    }
    let organizationId: string | null = null;
    if (organization) {
      const found = await tx.organization.findUnique({ where: { code: organization.code }, select: { id: true } });
      organizationId =
        found?.id ??
        (await tx.organization.create({ data: { code: organization.code, name: organization.name, timeZone: organization.timeZone }, select: { id: true } })).id;
      if (!(await tx.roleAssignment.findFirst({ where: { userId: user.id, role: "ORGANIZER", organizationId }, select: { id: true } }))) {
        await tx.roleAssignment.create({ data: { userId: user.id, role: "ORGANIZER", organizationId } });
      }
    }
    await tx.auditLog.create({
      data: { actorId: null, organizationId, action: "installationAdmin.create", entityType: "User", entityId: user.id, after: { email, organization: organization?.code ?? null }, reason: "cli" },
    });
    return { userId: user.id, created: !existing, organizationId };
  });
}
