// The session row a cookie belongs to (lib/auth/user-sessions.ts): in the encrypted token as `sid`,
// and in the server-side session object as `sessionToken` (the session endpoint strips it).
declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}

declare module "next-auth" {
  interface Session {
    sessionToken?: string;
  }
}

export {};
