import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientIp } from "@/lib/http/client-ip";
import { allowSignIn, oidcProviders } from "./oidc";
import { endUserSession, SESSION_LIFETIME_DAYS, startUserSession } from "./user-sessions";
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
// them. Each names a row in "Session" (lib/auth/user-sessions.ts), which getActor() checks on every
// request together with the user and their roles, so signing out, a new password, deactivation or
// a removed role take effect at once for every copy of the cookie. The row also holds the idle and
// absolute limits; the cookie itself may live as long as the longest session.
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_LIFETIME_DAYS * 24 * 60 * 60 },
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
    // `user` is there only at sign-in: the moment a session row is made (for SSO too: allowSignIn
    // has put the Rakor user's id on it).
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sid = await startUserSession(user.id);
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (token.sid) session.sessionToken = token.sid;
      return session;
    },
  },
  events: {
    // This browser only; the user's other sessions go on.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (sid) await endUserSession(sid);
    },
  },
});
