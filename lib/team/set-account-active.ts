import "server-only";
import { endUserSessions } from "@/lib/auth/user-sessions";
import { z } from "zod";
import { authorize, organizationScope, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError, refused } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/zod";
import { assertAnotherOrganizer, lockOrganization, roleInOrganization } from "./scope";

export interface SetAccountActiveOptions {
  actor: Actor | null;
  userId: string;
  active: boolean;
  now?: Date;
}

const setAccountActiveSchema = z.object({ userId: z.string().trim().min(1).max(64), active: z.boolean() });

/**
 * "Nonaktifkan" / "Aktifkan kembali" an account that works only for this organisation. An inactive
 * account is refused on its very next request (getActor reads `active` every time), and its
 * sessions are ended, so reactivating it does not bring an old cookie back; its roles stay for
 * when it is reactivated. An account that also
 * serves another organisation, or the installation, is not this organiser's to switch off: remove
 * the role instead. Nobody deactivates themself, nor the organisation's last organiser.
 */
export async function setAccountActive(options: SetAccountActiveOptions): Promise<void> {
  const organizer = authorize(options.actor, "team:manage");
  const organizationId = organizationScope(organizer, "team:manage");
  const input = parseInput(setAccountActiveSchema, { userId: options.userId, active: options.active });
  const now = options.now ?? new Date();
  await db.$transaction(async (tx) => {
    await lockOrganization(tx, organizationId);
    const inOrganization = roleInOrganization(organizationId);
    const user = await tx.user.findFirst({
      where: { id: input.userId, roles: { some: inOrganization } },
      select: { id: true, email: true, active: true, roles: { where: { NOT: inOrganization }, select: { id: true }, take: 1 } },
    });
    if (!user) throw new AppError("not_found");
    if (user.id === organizer.userId) throw refused("conflict", "_form", "team.errors.notYourself");
    if (user.roles.length > 0) throw refused("conflict", "_form", "team.errors.otherOrganizations");
    if (user.active === input.active) return;
    if (!input.active) await assertAnotherOrganizer(tx, organizationId, user.id, now);
    await tx.user.update({ where: { id: user.id }, data: { active: input.active } });
    if (!input.active) await endUserSessions(tx, user.id);
    await recordAudit(tx, {
      actor: organizer,
      action: input.active ? "account.reactivate" : "account.deactivate",
      entityType: "User",
      entityId: user.id,
      organizationId,
      before: { email: user.email, active: user.active },
      after: { active: input.active },
    });
  });
}
