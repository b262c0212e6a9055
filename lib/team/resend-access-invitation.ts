import "server-only";
import { z } from "zod";
import { authorize, organizationScope, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { assertEventWritable } from "@/lib/events/writable-event";
import { invitationStatus } from "@/lib/invitations/status";
import { createInvitationToken, invitationLink } from "@/lib/invitations/token";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { parseInput } from "@/lib/validation/zod";
import { assertAccessInvitable, linkExpiry } from "./access-guards";
import { ACCESS_INVITATION_EMAIL_KIND, accessInvitationEmail } from "./access-invitation-email";
import type { IssuedAccessInvitation } from "./invite-member";
import { ACCESS_INVITATION_VALIDITY_DAYS } from "./schema";
import { lockOrganization } from "./scope";

export interface ResendAccessInvitationOptions {
  actor: Actor | null;
  invitationId: string;
  baseUrl: string;
  now?: Date;
}

const resendSchema = z.object({ invitationId: z.string().trim().min(1).max(64), baseUrl: z.url({ protocol: /^https?$/ }) });

/** "Kirim ulang": a new token replaces the old (the link sent before stops working) and the week starts again. */
export async function resendAccessInvitation(options: ResendAccessInvitationOptions): Promise<IssuedAccessInvitation> {
  const organizer = authorize(options.actor, "team:manage");
  const organizationId = organizationScope(organizer, "team:manage");
  const input = parseInput(resendSchema, { invitationId: options.invitationId, baseUrl: options.baseUrl });
  const now = options.now ?? new Date();
  const { token, tokenHash } = createInvitationToken();
  const link = invitationLink(input.baseUrl, token);

  return db.$transaction(async (tx) => {
    const found = await tx.accessInvitation.findFirst({ where: { id: input.invitationId, organizationId }, select: { eventId: true } });
    if (!found) throw new AppError("not_found");
    if (found.eventId) await assertEventWritable(tx, found.eventId, [organizationId]);
    await lockOrganization(tx, organizationId);
    const invitation = await tx.accessInvitation.findFirstOrThrow({
      where: { id: input.invitationId, organizationId },
      select: {
        id: true,
        role: true,
        eventId: true,
        roleExpiresAt: true,
        email: true,
        name: true,
        expiresAt: true,
        acceptedAt: true,
        revokedAt: true,
        organization: { select: { name: true, timeZone: true } },
        event: { select: { title: true, timeZone: true } },
      },
    });
    const role = invitation.role;
    if (role !== "ORGANIZER" && role !== "CHECKIN_STAFF") throw new AppError("not_found");
    const status = invitationStatus(invitation, now);
    if (status === "accepted") throw invalidField("_form", "invitations.errors.alreadyAccepted");
    if (status === "revoked") throw invalidField("_form", "invitations.errors.revokedCannotResend");
    if (invitation.roleExpiresAt && invitation.roleExpiresAt <= now) throw invalidField("_form", "team.errors.eventEnded");
    await assertAccessInvitable(tx, { organizationId, role, eventId: invitation.eventId, email: invitation.email, now, exceptInvitationId: invitation.id });

    const expiresAt = linkExpiry(now, ACCESS_INVITATION_VALIDITY_DAYS, invitation.roleExpiresAt);
    await tx.accessInvitation.update({ where: { id: invitation.id }, data: { tokenHash, expiresAt, invitedById: organizer.userId } });
    const mail = accessInvitationEmail({
      name: invitation.name,
      role,
      organizationName: invitation.organization.name,
      eventTitle: invitation.event?.title ?? null,
      link,
      expiresAt,
      timeZone: invitation.event?.timeZone ?? invitation.organization.timeZone,
    });
    await enqueueEmail(tx, { to: invitation.email, ...mail, kind: ACCESS_INVITATION_EMAIL_KIND, eventId: invitation.eventId, organizationId });
    await recordAudit(tx, {
      actor: organizer,
      action: "team.invitation.resend",
      entityType: "AccessInvitation",
      entityId: invitation.id,
      organizationId,
      eventId: invitation.eventId,
      before: { expiresAt: invitation.expiresAt, status },
      after: { expiresAt, status: "pending" },
    });
    return { invitationId: invitation.id, email: invitation.email, link, expiresAt };
  });
}
