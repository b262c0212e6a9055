import "server-only";
import type { Actor } from "@/lib/auth/authorize";
import { hashPassword } from "@/lib/auth/password";
import { AppError, invalidField } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/zod";
import { acceptInvitationFormSchema } from "./schema";

// The account side of accepting any invitation (a unit coordinator's, or a role from "Tim & akses"):
// who the invited address becomes. Shared, so that no kind of invitation can reset a password.

export interface InvitedAccount {
  id: string;
  name: string;
  active: boolean;
  hasPassword: boolean;
}

export interface ClaimRequest {
  /** Whoever is signed in, if anyone: needed only when the invited address already has a password. */
  actor?: Actor | null;
  name?: string;
  password?: string;
  passwordConfirmation?: string;
}

/** What the transaction needs: null passwordHash means "the signed-in owner accepts". */
export interface AccountClaim {
  email: string;
  name: string;
  passwordHash: string | null;
  actorUserId: string | null;
}

/** Before the transaction (bcrypt takes a quarter of a second): checks who may accept, hashes the new password. */
export async function prepareAccountClaim(
  invitation: { email: string; name: string | null; account: InvitedAccount | null },
  request: ClaimRequest,
): Promise<AccountClaim> {
  const account = invitation.account;
  if (account && !account.active) throw invalidField("_form", "invitations.errors.accountInactive");
  const actorUserId = request.actor?.userId ?? null;
  if (account?.hasPassword) {
    // A password is never replaced through a link: an organiser could otherwise take over any
    // account by inviting its address. The owner signs in first; the role is added to that account.
    if (actorUserId !== account.id) throw invalidField("_form", "invitations.errors.signInFirst", { email: invitation.email });
    return { email: invitation.email, name: account.name, passwordHash: null, actorUserId };
  }
  const input = parseInput(acceptInvitationFormSchema, {
    name: request.name ?? "",
    password: request.password ?? "",
    passwordConfirmation: request.passwordConfirmation ?? "",
  });
  return { email: invitation.email, name: input.name, passwordHash: await hashPassword(input.password), actorUserId };
}

/** Inside the transaction, after the invitation was consumed: the account the role goes to. */
export async function claimAccount(tx: Prisma.TransactionClient, claim: AccountClaim): Promise<{ userId: string; accountCreated: boolean }> {
  const existing = await tx.user.findUnique({ where: { email: claim.email }, select: { id: true } });
  if (!claim.passwordHash) {
    // The signed-in owner's path: the account must still be theirs.
    if (!existing || existing.id !== claim.actorUserId) throw new AppError("conflict");
    return { userId: existing.id, accountCreated: false };
  }
  if (!existing) {
    const created = await tx.user.create({ data: { email: claim.email, name: claim.name, passwordHash: claim.passwordHash }, select: { id: true } });
    return { userId: created.id, accountCreated: true };
  }
  // Set only where there is none: the account may have got a password since the page was read.
  const { count } = await tx.user.updateMany({
    where: { id: existing.id, passwordHash: null, active: true },
    data: { name: claim.name, passwordHash: claim.passwordHash },
  });
  if (count === 0) throw invalidField("_form", "invitations.errors.signInFirst", { email: claim.email });
  return { userId: existing.id, accountCreated: false };
}
