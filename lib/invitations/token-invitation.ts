import "server-only";
import { db } from "@/lib/db";
import { invitationStatus, type InvitationStatus } from "./status";
import { hashInvitationToken, isWellFormedInvitationToken } from "./token";

export interface TokenInvitation {
  id: string;
  tokenHash: string;
  status: InvitationStatus;
  email: string;
  name: string | null;
  unitId: string;
  unitName: string;
  eventId: string | null;
  eventTitle: string | null;
  expiresAt: Date;
  timeZone: string;
  /** The account that already uses the invited address, if any. */
  account: { id: string; name: string; active: boolean; hasPassword: boolean } | null;
}

/** The invitation a link's token opens, or null for a token that is not (or no longer) ours. */
export async function findInvitationByToken(token: string, now: Date = new Date()): Promise<TokenInvitation | null> {
  if (!isWellFormedInvitationToken(token)) return null;
  const tokenHash = hashInvitationToken(token);
  const invitation = await db.coordinatorInvitation.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      email: true,
      name: true,
      unitId: true,
      eventId: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      unit: { select: { name: true, timeZone: true } },
      event: { select: { title: true, timeZone: true } },
    },
  });
  if (!invitation) return null;
  const user = await db.user.findUnique({
    where: { email: invitation.email },
    select: { id: true, name: true, active: true, passwordHash: true },
  });
  return {
    id: invitation.id,
    tokenHash,
    status: invitationStatus(invitation, now),
    email: invitation.email,
    name: invitation.name,
    unitId: invitation.unitId,
    unitName: invitation.unit.name,
    eventId: invitation.eventId,
    eventTitle: invitation.event?.title ?? null,
    expiresAt: invitation.expiresAt,
    timeZone: invitation.event?.timeZone ?? invitation.unit.timeZone,
    account: user ? { id: user.id, name: user.name, active: user.active, hasPassword: Boolean(user.passwordHash) } : null,
  };
}
