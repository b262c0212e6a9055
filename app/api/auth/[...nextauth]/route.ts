import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { answerSessionRequest } from "@/lib/auth/session-endpoint";
import { readBody } from "@/lib/http/read-body";

// The session endpoint must not renew the cookie of a session that was ended (lib/auth/session-endpoint.ts).
export async function GET(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.replace(/\/+$/, "").endsWith("/api/auth/session")) return answerSessionRequest(request, handlers.GET);
  return handlers.GET(request);
}

// Auth.js reads the whole body of its posts (a sign-in form, a sign-out); anyone may post here,
// so the body is bounded while streaming before Auth.js sees it. Its forms are a few short fields.
const MAX_BODY_BYTES = 16 * 1024;

export async function POST(request: NextRequest): Promise<Response> {
  const read = await readBody(request, MAX_BODY_BYTES);
  if (!read.ok) return new Response(null, { status: read.status });
  return handlers.POST(new NextRequest(request.url, { method: "POST", headers: request.headers, body: read.bytes }));
}
