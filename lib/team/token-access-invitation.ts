import "server-only";
import { db } from "@/lib/db";
import type { InvitedAccount } from "@/lib/invitations/claim-account";
import { invitationStatus, type InvitationStatus } from "@/lib/invitations/status";
import { hashInvitationToken, isWellFormedInvitationToken } from "@/lib/invitations/token";

export interface TokenAccessInvitation {
  id: string;
  tokenHash: string;
  status: InvitationStatus;
  organizationId: string;
  organizationName: string;
  role: "ORGANIZER" | "CHECKIN_STAFF";
  eventId: string | null;
  eventTitle: string | null;
  roleExpiresAt: Date | null;
  email: string;
  name: string | null;
  expiresAt: Date;
  timeZone: string;
  account: InvitedAccount | null;
}

/** The access invitation a link's token opens, or null for a token that is not one of them. */
export async function findAccessInvitationByToken(token: string, now: Date = new Date()): Promise<TokenAccessInvitation | null> {
  if (!isWellFormedInvitationToken(token)) return null;
  const tokenHash = hashInvitationToken(token);
  const invitation = await db.accessInvitation.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      organizationId: true,
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
  if (!invitation || (invitation.role !== "ORGANIZER" && invitation.role !== "CHECKIN_STAFF")) return null;
  const user = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true, name: true, active: true, passwordHash: true } });
  return {
    id: invitation.id,
    tokenHash,
    status: invitationStatus(invitation, now),
    organizationId: invitation.organizationId,
    organizationName: invitation.organization.name,
    role: invitation.role,
    eventId: invitation.eventId,
    eventTitle: invitation.event?.title ?? null,
    roleExpiresAt: invitation.roleExpiresAt,
    email: invitation.email,
    name: invitation.name,
    expiresAt: invitation.expiresAt,
    timeZone: invitation.event?.timeZone ?? invitation.organization.timeZone,
    account: user ? { id: user.id, name: user.name, active: user.active, hasPassword: Boolean(user.passwordHash) } : null,
  };
}
