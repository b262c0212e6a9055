import "server-only";
import { actorForSession } from "./user-sessions";

// GET /api/auth/session would re-sign any cookie it can decrypt and push its expiry forward,
// including the cookie of a session that was ended. This answers it the way getActor() sees it:
// an ended session is no session, and its cookie is expired instead of renewed.

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

interface SessionBody {
  user?: { id?: string };
  sessionToken?: string;
  [key: string]: unknown;
}

export async function answerSessionRequest<R extends Request>(request: R, authGet: (request: R) => Promise<Response>): Promise<Response> {
  const answer = await authGet(request);
  if (!answer.ok) return answer;
  const body = (await answer.json()) as SessionBody | null;
  if (!body) return Response.json(null, { headers: answer.headers });

  const { sessionToken, ...visible } = body;
  const actor = await actorForSession(body.user?.id, sessionToken);
  if (!actor) {
    const headers = new Headers({ "content-type": "application/json", "cache-control": "private, no-cache, no-store" });
    for (const name of sessionCookieNames(request)) {
      headers.append("set-cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`);
    }
    return new Response("null", { status: 200, headers });
  }
  // The row's token stays on the server: the browser has the cookie and needs nothing else.
  const headers = new Headers(answer.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(visible), { status: answer.status, headers });
}

function sessionCookieNames(request: Request): string[] {
  const header = request.headers.get("cookie") ?? "";
  return header
    .split(";")
    .map((part) => part.split("=")[0]!.trim())
    .filter((name) => SESSION_COOKIE.test(name));
}
