import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { invalidField } from "@/lib/errors/app-error";
import { ANY_ORGANIZATION } from "@/lib/events/reach";
import { assertEventWritable } from "@/lib/events/writable-event";
import { enforceRateLimits } from "@/lib/rate-limit/consume-rate-limit";
import { claimAccount, prepareAccountClaim } from "./claim-account";
import { findInvitationByToken, type TokenInvitation } from "./token-invitation";

export interface AcceptInvitationOptions {
  /** Whoever is signed in, if anyone: needed only when the invited address already has a password. */
  actor?: Actor | null;
  token: string;
  /** The caller's address (lib/http/client-ip): acceptances are rate-limited per address. */
  ip: string;
  name?: string;
  password?: string;
  passwordConfirmation?: string;
  now?: Date;
}

export interface AcceptedInvitation {
  userId: string;
  email: string;
  unitId: string;
  /** True when this acceptance set the password: the caller signs the person in with it. */
  passwordSet: boolean;
}

/**
 * Public: the token is the credential. Turns a valid invitation into a unit coordinator role.
 * - No account with the invited address: one is created with the chosen name and password.
 * - An account without a password (created by an organizer, never used): it gets this password.
 * - An account that already has a password: its password is never replaced through a link
 *   (an organizer could otherwise take over any account by inviting its address). The owner
 *   signs in first and then accepts; the role is added to that account.
 * The invitation is consumed with a conditional update inside the transaction, so of two
 * simultaneous acceptances exactly one succeeds. Every attempt counts against the caller's address
 * first (a valid link is hard to guess, but each try may cost a password hash).
 */
export async function acceptInvitation(options: AcceptInvitationOptions): Promise<AcceptedInvitation> {
  const now = options.now ?? new Date();
  await enforceRateLimits([{ policy: "invitation-accept:ip", key: options.ip || "unknown" }], { now });
  const invitation = await findInvitationByToken(options.token, now);
  assertUsable(invitation);
  const claim = await prepareAccountClaim(invitation, options);

  return db.$transaction(async (tx) => {
    // An invitation sent for an event that has since been archived has lost its purpose. The
    // token found the invitation, and with it the event: it is the caller's credential.
    if (invitation.eventId) await assertEventWritable(tx, invitation.eventId, ANY_ORGANIZATION);
    const consumed = await tx.coordinatorInvitation.updateMany({
      where: { id: invitation.id, tokenHash: invitation.tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (consumed.count === 0) throw invalidField("_form", "invitations.errors.used");

    const { userId, accountCreated } = await claimAccount(tx, claim);

    const role = { userId, role: "UNIT_COORDINATOR" as const, unitId: invitation.unitId, eventId: null };
    const held = await tx.roleAssignment.findFirst({ where: role, select: { id: true } });
    if (!held) await tx.roleAssignment.create({ data: role });
    await tx.coordinatorInvitation.update({ where: { id: invitation.id }, data: { acceptedById: userId } });
    await recordAudit(tx, {
      actor: { userId },
      action: "invitation.accept",
      entityType: "CoordinatorInvitation",
      entityId: invitation.id,
      eventId: invitation.eventId,
      after: { userId, unitId: invitation.unitId, email: invitation.email, accountCreated, roleAdded: !held },
    });
    return { userId, email: invitation.email, unitId: invitation.unitId, passwordSet: claim.passwordHash !== null };
  });
}

function assertUsable(invitation: TokenInvitation | null): asserts invitation is TokenInvitation & { status: "pending" } {
  if (!invitation) throw invalidField("_form", "invitations.errors.unknown");
  if (invitation.status === "accepted") throw invalidField("_form", "invitations.errors.used");
  if (invitation.status === "revoked") throw invalidField("_form", "invitations.errors.revoked");
  if (invitation.status === "expired") throw invalidField("_form", "invitations.errors.expired");
}
