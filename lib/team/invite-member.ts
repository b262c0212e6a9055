import "server-only";
import { authorize, organizationScope, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { assertEventWritable } from "@/lib/events/writable-event";
import { createInvitationToken, invitationLink } from "@/lib/invitations/token";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/zod";
import { z } from "zod";
import { assertAccessInvitable, linkExpiry } from "./access-guards";
import { ACCESS_INVITATION_EMAIL_KIND, accessInvitationEmail } from "./access-invitation-email";
import { ACCESS_INVITATION_VALIDITY_DAYS, inviteMemberFormSchema, parseRoleTarget } from "./schema";
import { lockOrganization } from "./scope";

export interface InviteMemberOptions {
  actor: Actor | null;
  /** "ORGANIZER" or "CHECKIN_STAFF:<eventId>" (lib/team/schema.ts roleTarget). */
  target: string;
  email: string;
  name?: string;
  /** Door staff only: the role ends when the event ends. */
  endsWithEvent?: boolean;
  /** The site's public address, for the link in the mail. */
  baseUrl: string;
  now?: Date;
}

export interface IssuedAccessInvitation {
  invitationId: string;
  email: string;
  /** Shown once so it can be passed on by WhatsApp; afterwards only in the outbox. */
  link: string;
  expiresAt: Date;
}

const inviteMemberSchema = inviteMemberFormSchema.extend({ baseUrl: z.url({ protocol: /^https?$/ }) });

/**
 * Invites an address to a role in the organiser's own organisation: organiser, or door staff of one
 * of its events. An address that already has an account gets the role when its owner accepts while
 * signed in; no invitation ever sets the password of an account that has one.
 */
export async function inviteMember(options: InviteMemberOptions): Promise<IssuedAccessInvitation> {
  const organizer = authorize(options.actor, "team:manage");
  const organizationId = organizationScope(organizer, "team:manage");
  const input = parseInput(inviteMemberSchema, {
    email: options.email,
    name: options.name,
    target: options.target,
    endsWithEvent: options.endsWithEvent,
    baseUrl: options.baseUrl,
  });
  const target = parseRoleTarget(input.target);
  if (target.role === "UNIT_COORDINATOR") throw invalidField("target", "team.errors.roleInvalid");
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    // The event comes first in every lock order; one of another organisation is "not found".
    if (target.eventId) await assertEventWritable(tx, target.eventId, [organizationId]);
    await lockOrganization(tx, organizationId);
    const organization = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true, timeZone: true } });
    const event = target.eventId
      ? await tx.event.findFirst({ where: { id: target.eventId, organizationId }, select: { title: true, timeZone: true, endsAt: true } })
      : null;
    if (target.eventId && !event) throw new AppError("not_found");
    const roleExpiresAt = event && input.endsWithEvent ? event.endsAt : null;
    if (roleExpiresAt && roleExpiresAt <= now) throw invalidField("endsWithEvent", "team.errors.eventEnded");
    await assertAccessInvitable(tx, { organizationId, role: target.role, eventId: target.eventId, email: input.email, now });
    return issueAccessInvitation(tx, {
      invitedBy: organizer,
      organization: { id: organizationId, ...organization },
      role: target.role,
      event: event && target.eventId ? { id: target.eventId, ...event } : null,
      roleExpiresAt,
      email: input.email,
      name: input.name || null,
      baseUrl: input.baseUrl,
      now,
    });
  });
}

export interface IssueAccessInvitationOptions {
  invitedBy: Actor;
  organization: { id: string; name: string; timeZone: string };
  role: "ORGANIZER" | "CHECKIN_STAFF";
  event: { id: string; title: string; timeZone: string } | null;
  roleExpiresAt: Date | null;
  email: string;
  name: string | null;
  baseUrl: string;
  now: Date;
}

/**
 * The invitation itself, inside the caller's transaction (which has checked who may invite whom):
 * a single-use link whose token only the mail carries, the mail in the organisation's outbox, and
 * the audit entry. Also used for an organisation's first organiser, invited by the installation's admin.
 */
export async function issueAccessInvitation(tx: Prisma.TransactionClient, options: IssueAccessInvitationOptions): Promise<IssuedAccessInvitation> {
  const { organization, event, email, name, roleExpiresAt, now } = options;
  const { token, tokenHash } = createInvitationToken();
  const link = invitationLink(options.baseUrl, token);
  const role = { organizationId: organization.id, role: options.role, eventId: event?.id ?? null };
  const expiresAt = linkExpiry(now, ACCESS_INVITATION_VALIDITY_DAYS, roleExpiresAt);
  const invitation = await tx.accessInvitation.create({
    data: { ...role, roleExpiresAt, email, name, tokenHash, expiresAt, invitedById: options.invitedBy.userId },
    select: { id: true },
  });
  const mail = accessInvitationEmail({
    name,
    role: options.role,
    organizationName: organization.name,
    eventTitle: event?.title ?? null,
    link,
    expiresAt,
    timeZone: event?.timeZone ?? organization.timeZone,
  });
  await enqueueEmail(tx, { to: email, ...mail, kind: ACCESS_INVITATION_EMAIL_KIND, eventId: role.eventId, organizationId: organization.id });
  await recordAudit(tx, {
    actor: options.invitedBy,
    action: "team.invitation.create",
    entityType: "AccessInvitation",
    entityId: invitation.id,
    organizationId: organization.id,
    eventId: role.eventId,
    after: { ...role, roleExpiresAt, email, name, expiresAt },
  });
  return { invitationId: invitation.id, email, link, expiresAt };
}
