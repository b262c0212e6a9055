import { env } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy.mjs";

// The sign-in page's Content-Security-Policy, set per request by proxy.ts because the identity
// provider is configured at run time, after the build that fixed next.config.mjs's headers. Its
// SSO button is answered with a redirect to the provider, which form-action must allow.
export function signInPagePolicy(): string {
  const formActions = env.OIDC_ISSUER ? [new URL(env.OIDC_ISSUER).origin] : [];
  return contentSecurityPolicy({ dev: env.NODE_ENV !== "production", formActions });
}
