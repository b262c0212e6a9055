import "server-only";
import type { Account, Profile, User } from "next-auth";
import type { OIDCConfig } from "next-auth/providers";
import { env } from "@/lib/env";
import { matchSsoUser, type SsoRefusal } from "./match-sso-user";

// Optional single sign-on through the organisation's OpenID Connect provider (OIDC_ISSUER,
// OIDC_CLIENT_ID, OIDC_CLIENT_SECRET; lib/env.ts refuses a partial set). It opens only accounts
// that already exist in Rakor; see matchSsoUser.

export const OIDC_PROVIDER_ID = "oidc";

/** Where the identity provider sends the browser back, to register there (below APP_URL). */
export const OIDC_CALLBACK_PATH = `/api/auth/callback/${OIDC_PROVIDER_ID}`;

export function ssoConfigured(): boolean {
  return Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
}

/** The name on the sign-in button: "Masuk dengan <name>". */
export function ssoName(): string {
  return env.OIDC_NAME ?? "SSO";
}

/** Auth.js's providers for single sign-on: one OpenID Connect provider when configured, else none. */
export function oidcProviders(): OIDCConfig<Profile>[] {
  if (!ssoConfigured()) return [];
  return [
    {
      id: OIDC_PROVIDER_ID,
      name: ssoName(),
      type: "oidc",
      issuer: env.OIDC_ISSUER,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      // The claims come from the userinfo endpoint (checked against the ID token's subject): many
      // providers put email and email_verified there and not in the ID token.
      idToken: false,
      checks: ["pkce", "state", "nonce"],
      profile: (profile) => ({ id: profile.sub ?? undefined, name: profile.name ?? profile.email, email: profile.email }),
    },
  ];
}

/** The `error` Auth.js's sign-in page gets for each refusal (app/(auth)/login/page.tsx shows it). */
export const SSO_REFUSAL_ERRORS: Record<SsoRefusal | "failed", string> = {
  unverified: "SsoUnverified",
  no_account: "SsoNoAccount",
  deactivated: "SsoDeactivated",
  linked_elsewhere: "SsoLinkedElsewhere",
  failed: "SsoFailed",
};

export interface SsoSignInParams {
  user: User;
  account?: Account | null;
  profile?: Profile;
}

/**
 * Auth.js's signIn callback: passwords were checked by their provider; a single sign-on must match
 * an existing Rakor user. A refusal sends the browser back to the sign-in page with its reason.
 */
export async function allowSignIn({ user, account, profile }: SsoSignInParams): Promise<true | string> {
  if (account?.provider !== OIDC_PROVIDER_ID) return true;
  let result;
  try {
    result = await matchSsoUser({
      provider: account.provider,
      providerAccountId: account.providerAccountId,
      email: profile?.email,
      emailVerified: profile?.email_verified,
    });
  } catch (error) {
    console.error("single sign-on: matching the user failed", error);
    return `/login?error=${SSO_REFUSAL_ERRORS.failed}`;
  }
  if (!result.ok) return `/login?error=${SSO_REFUSAL_ERRORS[result.reason]}`;
  // Without a database adapter Auth.js carries this very object into the jwt callback and the
  // token's `sub`: it must be the Rakor user, not the identity provider's subject (getActor reads it).
  Object.assign(user, { id: result.user.id, name: result.user.name, email: result.user.email, image: null });
  return true;
}
