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
import { INVITATION_PERMISSION } from "./permission";
import { INVITATION_VALIDITY_DAYS, inviteCoordinatorSchema } from "./schema";
import { createInvitationToken, invitationLink } from "./token";

export interface InviteCoordinatorOptions {
  actor: Actor | null;
  /** The event the organizer is working on; the unit must be invited to it. */
  eventId?: string | null;
  unitId: string;
  email: string;
  name?: string;
  /** The site's public address, e.g. https://rakor.example.go.id, for the link in the mail. */
  baseUrl: string;
  now?: Date;
}

export interface IssuedInvitation {
  invitationId: string;
  email: string;
  /** The only time the link exists outside the mail: shown once so it can be sent by WhatsApp. */
  link: string;
  expiresAt: Date;
}

export async function inviteCoordinator(options: InviteCoordinatorOptions): Promise<IssuedInvitation> {
  const organizer = authorize(options.actor, INVITATION_PERMISSION);
  const input = parseInput(inviteCoordinatorSchema, {
    unitId: options.unitId,
    eventId: options.eventId ?? null,
    email: options.email,
    name: options.name,
    baseUrl: options.baseUrl,
  });
  const now = options.now ?? new Date();
  const { token, tokenHash } = createInvitationToken();
  const link = invitationLink(input.baseUrl, token);
  const expiresAt = expiryFrom(now, INVITATION_VALIDITY_DAYS);

  return db.$transaction(async (tx) => {
    if (input.eventId) await assertEventWritable(tx, input.eventId, reachOf(organizer, INVITATION_PERMISSION));
    const { organizationId } = await lockUnit(tx, input.unitId, organizationsWith(organizer, INVITATION_PERMISSION));
    const unit = await tx.unit.findUniqueOrThrow({ where: { id: input.unitId }, select: { name: true, timeZone: true } });
    let event: { title: string; timeZone: string } | null = null;
    if (input.eventId) {
      event = await tx.event.findUnique({ where: { id: input.eventId }, select: { title: true, timeZone: true } });
      if (!event) throw new AppError("not_found");
      const quota = await tx.unitQuota.findUnique({
        where: { eventId_unitId: { eventId: input.eventId, unitId: input.unitId } },
        select: { id: true },
      });
      if (!quota) throw invalidField("unitId", "invitations.errors.unitNotInvited");
    }
    await assertInvitable(tx, { unitId: input.unitId, email: input.email, now });

    const invitation = await tx.coordinatorInvitation.create({
      data: {
        unitId: input.unitId,
        eventId: input.eventId,
        email: input.email,
        name: input.name || null,
        tokenHash,
        expiresAt,
        invitedById: organizer.userId,
      },
      select: { id: true },
    });
    const mail = invitationEmail({
      to: input.email,
      name: input.name || null,
      unitName: unit.name,
      eventTitle: event?.title ?? null,
      link,
      expiresAt,
      timeZone: event?.timeZone ?? unit.timeZone,
    });
    await enqueueEmail(tx, { to: input.email, ...mail, kind: INVITATION_EMAIL_KIND, organizationId, eventId: input.eventId });
    await recordAudit(tx, {
      actor: organizer,
      action: "invitation.create",
      entityType: "CoordinatorInvitation",
      entityId: invitation.id,
      organizationId,
      eventId: input.eventId,
      after: { unitId: input.unitId, email: input.email, name: input.name || null, expiresAt },
    });
    return { invitationId: invitation.id, email: input.email, link, expiresAt };
  });
}
