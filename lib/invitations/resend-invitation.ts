import "server-only";
import { authorize, organizationsWith, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { reachOf } from "@/lib/events/reach";
import { assertEventWritable } from "@/lib/events/writable-event";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { parseInput } from "@/lib/validation/zod";
import { assertInvitable, expiryFrom, lockUnit } from "./guards";
import { INVITATION_EMAIL_KIND, invitationEmail } from "./invitation-email";
import type { IssuedInvitation } from "./invite-coordinator";
import { INVITATION_PERMISSION } from "./permission";
import { INVITATION_VALIDITY_DAYS, resendInvitationSchema } from "./schema";
import { invitationStatus } from "./status";
import { createInvitationToken, invitationLink } from "./token";

export interface ResendInvitationOptions {
  actor: Actor | null;
  invitationId: string;
  baseUrl: string;
  now?: Date;
}

/**
 * A new link for a pending or expired invitation: the new token replaces the old one, so the
 * link sent before stops working, and the week starts again.
 */
export async function resendInvitation(options: ResendInvitationOptions): Promise<IssuedInvitation> {
  const organizer = authorize(options.actor, INVITATION_PERMISSION);
  const input = parseInput(resendInvitationSchema, { invitationId: options.invitationId, baseUrl: options.baseUrl });
  const now = options.now ?? new Date();
  const { token, tokenHash } = createInvitationToken();
  const link = invitationLink(input.baseUrl, token);
  const expiresAt = expiryFrom(now, INVITATION_VALIDITY_DAYS);

  return db.$transaction(async (tx) => {
    const organizations = organizationsWith(organizer, INVITATION_PERMISSION);
    const found = await tx.coordinatorInvitation.findFirst({
      where: { id: input.invitationId, unit: { organizationId: { in: organizations } } },
      select: { unitId: true, eventId: true },
    });
    if (!found) throw new AppError("not_found");
    if (found.eventId) await assertEventWritable(tx, found.eventId, reachOf(organizer, INVITATION_PERMISSION));
    const { organizationId } = await lockUnit(tx, found.unitId, organizations);
    const invitation = await tx.coordinatorInvitation.findUniqueOrThrow({
      where: { id: input.invitationId },
      select: {
        id: true,
        unitId: true,
        eventId: true,
        email: true,
        name: true,
        expiresAt: true,
        acceptedAt: true,
        revokedAt: true,
        unit: { select: { name: true, timeZone: true } },
        event: { select: { title: true, timeZone: true } },
      },
    });
    const status = invitationStatus(invitation, now);
    if (status === "accepted") throw invalidField("_form", "invitations.errors.alreadyAccepted");
    if (status === "revoked") throw invalidField("_form", "invitations.errors.revokedCannotResend");
    await assertInvitable(tx, { unitId: invitation.unitId, email: invitation.email, now, exceptInvitationId: invitation.id });

    // Conditional, so a link being accepted at this very moment is not replaced under the new coordinator.
    const { count } = await tx.coordinatorInvitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { tokenHash, expiresAt },
    });
    if (count === 0) throw invalidField("_form", "invitations.errors.alreadyAccepted");
    const mail = invitationEmail({
      to: invitation.email,
      name: invitation.name,
      unitName: invitation.unit.name,
      eventTitle: invitation.event?.title ?? null,
      link,
      expiresAt,
      timeZone: invitation.event?.timeZone ?? invitation.unit.timeZone,
    });
    await enqueueEmail(tx, { to: invitation.email, ...mail, kind: INVITATION_EMAIL_KIND, organizationId, eventId: invitation.eventId });
    await recordAudit(tx, {
      actor: organizer,
      action: "invitation.resend",
      entityType: "CoordinatorInvitation",
      entityId: invitation.id,
      organizationId,
      eventId: invitation.eventId,
      before: { expiresAt: invitation.expiresAt, status },
      after: { expiresAt, status: "pending" },
    });
    return { invitationId: invitation.id, email: invitation.email, link, expiresAt };
  });
}
