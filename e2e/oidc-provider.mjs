// A real OpenID Connect provider for the single sign-on tests (e2e/sso.spec.ts): panva's certified
// `oidc-provider`, on loopback, with its development login and consent pages (any password is
// accepted; the login name picks the identity below). Started by playwright.config.ts before the app.
import Provider from "oidc-provider";

const port = Number(process.env.E2E_OIDC_PORT ?? 3101);
const appUrl = process.env.E2E_APP_URL ?? "http://127.0.0.1:3100";
const issuer = `http://127.0.0.1:${port}`;

// The login name typed on the provider's page → the claims it vouches for.
const IDENTITIES = {
  // A demo account's address, verified: signs in as that Rakor user.
  admin: { email: "admin@rakor.demo", email_verified: true, name: "Admin (SSO)" },
  // Verified, but no Rakor account has it.
  stranger: { email: "orang.asing@instansi.test", email_verified: true, name: "Orang Asing" },
  // A demo account's address the provider never verified: anyone could have typed it there.
  unverified: { email: "admin@rakor.demo", email_verified: false, name: "Belum Terverifikasi" },
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.E2E_OIDC_CLIENT_ID ?? "rakor-e2e",
      client_secret: process.env.E2E_OIDC_CLIENT_SECRET ?? "rakor-e2e-secret",
      redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["rakor-e2e-oidc-provider-cookie-key"] },
  async findAccount(_ctx, sub) {
    const identity = IDENTITIES[sub];
    if (!identity) return undefined;
    return { accountId: sub, claims: async () => ({ sub, ...identity }) };
  },
});

const server = provider.listen(port, "127.0.0.1", () => console.log(`[oidc-provider] ${issuer}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
// Why the provider refused a request, for the test's log.
for (const event of ["grant.error", "authorization.error", "server_error"]) {
  provider.on(event, (_ctx, error) => console.log(`[oidc-provider] ${event}: ${error.error_description ?? error.message}${error.error_detail ? ` (${error.error_detail})` : ""}`));
}
