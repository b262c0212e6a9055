import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientIp } from "@/lib/http/client-ip";
import { allowSignIn, oidcProviders } from "./oidc";
import { verifyCredentials } from "./verify-credentials";

export class RateLimitedSignIn extends CredentialsSignin {
  override code = "rate_limited";
  constructor(readonly retryAfterMinutes: number) {
    super();
  }
}

/** The server is checking as many passwords as it will at once (lib/auth/password.ts). */
export class BusySignIn extends CredentialsSignin {
  override code = "busy";
}

// Sessions are signed, encrypted JWT cookies: any instance with the same AUTH_SECRET can read
// them. Roles are not kept in the token; getActor() reads them from the database on every
// request, so removing a role or deactivating a user takes effect at once.
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  // A refused sign-in is an answer, not a server error: logging each one with its stack trace cost
  // the server more than answering it during a flood of wrong passwords.
  logger: {
    error(error) {
      if (!(error instanceof CredentialsSignin)) console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await verifyCredentials({
          email: String(credentials.email ?? ""),
          password: String(credentials.password ?? ""),
          ip: clientIp(request.headers),
        });
        if (result.ok) return result.user;
        if (result.reason === "rate_limited") throw new RateLimitedSignIn(result.retryAfterMinutes);
        if (result.reason === "busy") throw new BusySignIn();
        return null;
      },
    }),
    ...oidcProviders(),
  ],
  callbacks: {
    signIn: allowSignIn,
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
