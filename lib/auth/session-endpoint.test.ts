import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setupTestDatabase } from "@/lib/test/database";
import { endUserSession, startUserSession } from "./user-sessions";

// GET /api/auth/session re-signs a cookie it can decrypt. A cookie whose session was ended must get
// null and an expired cookie back, never a fresh one (issue 12, item 4).

const database = setupTestDatabase();
const SECRET = "s".repeat(40);
const COOKIE = "authjs.session-token";
let userId: string;

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", SECRET);
  userId = (await database.current.prisma.user.create({ data: { email: "sesi@uji.test", name: "Pengguna Sesi" } })).id;
});

async function askSession(sid: string | undefined) {
  const cookie = await encode({ token: { sub: userId, name: "Pengguna Sesi", email: "sesi@uji.test", ...(sid ? { sid } : {}) }, secret: SECRET, salt: COOKIE });
  const { GET } = await import("@/app/api/auth/[...nextauth]/route");
  const response = await GET(new NextRequest("http://rakor.test/api/auth/session", { headers: { host: "rakor.test", cookie: `${COOKIE}=${cookie}` } }));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> | null, cookies: response.headers.getSetCookie() };
}

describe("the session endpoint", () => {
  it("renews a live session and does not show the session's token", async () => {
    const sid = await startUserSession(userId);
    const { body, cookies } = await askSession(sid);
    expect(body).toMatchObject({ user: { id: userId, email: "sesi@uji.test" } });
    expect(JSON.stringify(body)).not.toContain(sid);
    expect(cookies.some((c) => c.startsWith(`${COOKIE}=`) && !/Max-Age=0/i.test(c) && c.length > COOKIE.length + 40)).toBe(true);
  });

  it("answers null to the cookie of a session that was signed out, and expires it instead of renewing it", async () => {
    const sid = await startUserSession(userId);
    await endUserSession(sid);
    const { status, body, cookies } = await askSession(sid);
    expect(status).toBe(200);
    expect(body).toBeNull();
    expect(cookies).toEqual([`${COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`]);
  });

  it("answers null to a cookie made before sessions had rows", async () => {
    const { body, cookies } = await askSession(undefined);
    expect(body).toBeNull();
    expect(cookies.every((c) => /Max-Age=0/i.test(c))).toBe(true);
  });
});
