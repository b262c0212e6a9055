import "server-only";
import { inTransaction } from "@/lib/db/transaction";

export interface MatchSsoUserOptions {
  /** Auth.js's provider id ("oidc") and the identity provider's subject for this person. */
  provider: string;
  providerAccountId: string;
  /** The `email` and `email_verified` claims as the identity provider sent them. */
  email: unknown;
  emailVerified: unknown;
  now?: Date;
}

export type SsoRefusal = "unverified" | "no_account" | "deactivated" | "linked_elsewhere";

export type MatchSsoUserResult =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; reason: SsoRefusal };

/**
 * The Rakor user an identity provider's sign-in stands for. Single sign-on only opens accounts an
 * organiser created (by invitation or import): it never creates a user and never grants a role, so
 * whoever signs in holds exactly the roles their organisation gave them.
 *
 * The identity provider's subject, once linked, is the identity: a later sign-in finds the same
 * user even after the address changed at the provider. The first sign-in links by the address,
 * which the provider must have verified (otherwise anyone could claim any address there); the
 * claim is demanded on every sign-in, not only the first.
 */
export async function matchSsoUser(options: MatchSsoUserOptions): Promise<MatchSsoUserResult> {
  if (options.emailVerified !== true) return { ok: false, reason: "unverified" };
  if (typeof options.email !== "string" || !options.providerAccountId) return { ok: false, reason: "unverified" };
  const email = options.email.trim().toLowerCase();
  const { provider, providerAccountId } = options;
  const now = options.now ?? new Date();
  const select = { id: true, name: true, email: true, active: true } as const;

  return inTransaction(async (tx) => {
    const linked = await tx.account.findUnique({ where: { provider_providerAccountId: { provider, providerAccountId } }, select: { user: { select } } });
    let user = linked?.user;
    if (!user) {
      const byEmail = await tx.user.findUnique({ where: { email }, select: { ...select, accounts: { where: { provider }, select: { id: true } } } });
      if (!byEmail) return { ok: false, reason: "no_account" } as const;
      if (!byEmail.active) return { ok: false, reason: "deactivated" } as const;
      // Another identity at this provider already signs in as this user: the address moved to
      // someone else there, or two identities share it. Neither takes over the account.
      if (byEmail.accounts.length > 0) return { ok: false, reason: "linked_elsewhere" } as const;
      // The unique (provider, providerAccountId) makes a simultaneous first sign-in fail here
      // rather than link twice.
      await tx.account.create({ data: { userId: byEmail.id, type: "oidc", provider, providerAccountId } });
      user = byEmail;
    }
    if (!user.active) return { ok: false, reason: "deactivated" } as const;
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    return { ok: true, user: { id: user.id, name: user.name, email: user.email } } as const;
  });
}
