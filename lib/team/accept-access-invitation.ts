import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { invalidField } from "@/lib/errors/app-error";
import { ANY_ORGANIZATION } from "@/lib/events/reach";
import { assertEventWritable } from "@/lib/events/writable-event";
import { claimAccount, prepareAccountClaim } from "@/lib/invitations/claim-account";
import { enforceRateLimits } from "@/lib/rate-limit/consume-rate-limit";
import { roleGrantWhere } from "./access-guards";
import { lockOrganization } from "./scope";
import { findAccessInvitationByToken, type TokenAccessInvitation } from "./token-access-invitation";

export interface AcceptAccessInvitationOptions {
  /** Whoever is signed in, if anyone: needed only when the invited address already has a password. */
  actor?: Actor | null;
  token: string;
  ip: string;
  name?: string;
  password?: string;
  passwordConfirmation?: string;
  now?: Date;
}

export interface AcceptedAccessInvitation {
  userId: string;
  email: string;
  role: "ORGANIZER" | "CHECKIN_STAFF";
  eventId: string | null;
  passwordSet: boolean;
}

/**
 * Public: the token is the credential. Turns a valid access invitation into its role, with the
 * account rules of every invitation (lib/invitations/claim-account.ts): a new account, a password
 * for an account that has none, or, for an account with a password, the role added once its owner
 * has signed in. Consumed by a conditional update, so of two simultaneous acceptances one wins.
 */
export async function acceptAccessInvitation(options: AcceptAccessInvitationOptions): Promise<AcceptedAccessInvitation> {
  const now = options.now ?? new Date();
  await enforceRateLimits([{ policy: "invitation-accept:ip", key: options.ip || "unknown" }], { now });
  const invitation = await findAccessInvitationByToken(options.token, now);
  assertUsable(invitation);
  const claim = await prepareAccountClaim(invitation, options);

  return db.$transaction(async (tx) => {
    // The token found the event: it is the credential, whatever the organisation.
    if (invitation.eventId) await assertEventWritable(tx, invitation.eventId, ANY_ORGANIZATION);
    await lockOrganization(tx, invitation.organizationId);
    const consumed = await tx.accessInvitation.updateMany({
      where: { id: invitation.id, tokenHash: invitation.tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (consumed.count === 0) throw invalidField("_form", "invitations.errors.used");
    const { userId, accountCreated } = await claimAccount(tx, claim);

    const held = await tx.roleAssignment.findFirst({
      where: { ...roleGrantWhere(invitation), userId, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      select: { id: true },
    });
    if (!held) {
      await tx.roleAssignment.create({
        data:
          invitation.role === "ORGANIZER"
            ? { userId, role: "ORGANIZER", organizationId: invitation.organizationId }
            : { userId, role: "CHECKIN_STAFF", eventId: invitation.eventId, expiresAt: invitation.roleExpiresAt },
      });
    }
    await tx.accessInvitation.update({ where: { id: invitation.id }, data: { acceptedById: userId } });
    await recordAudit(tx, {
      actor: { userId },
      action: "team.invitation.accept",
      entityType: "AccessInvitation",
      entityId: invitation.id,
      organizationId: invitation.organizationId,
      eventId: invitation.eventId,
      after: { userId, role: invitation.role, email: invitation.email, accountCreated, roleAdded: !held },
    });
    return { userId, email: invitation.email, role: invitation.role, eventId: invitation.eventId, passwordSet: claim.passwordHash !== null };
  });
}

function assertUsable(invitation: TokenAccessInvitation | null): asserts invitation is TokenAccessInvitation & { status: "pending" } {
  if (!invitation) throw invalidField("_form", "invitations.errors.unknown");
  if (invitation.status === "accepted") throw invalidField("_form", "invitations.errors.used");
  if (invitation.status === "revoked") throw invalidField("_form", "invitations.errors.revoked");
  if (invitation.status === "expired") throw invalidField("_form", "invitations.errors.expired");
}
