import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { KIB, streamedBody, streamedPost } from "@/lib/test/streamed-request";

// Auth.js's own endpoints (sign-in callback, sign-out) take anonymous posts: their bodies are
// bounded like every other route's before Auth.js reads them.

describe("the Auth.js endpoints", () => {
  it("an anonymous 200 MB chunked post to the credentials callback is cut off with 413 after a few kilobytes", async () => {
    const { POST } = await import("@/app/api/auth/[...nextauth]/route");
    const body = streamedBody(new TextEncoder().encode(`password=${"a".repeat(KIB - 9)}`), 200 * KIB);
    const headers = { host: "rakor.test", origin: "https://rakor.test", "content-type": "application/x-www-form-urlencoded" };
    const response = await POST(new NextRequest(streamedPost("https://rakor.test/api/auth/callback/credentials", headers, body)));
    expect(response.status).toBe(413);
    expect(body.pulled).toBeLessThanOrEqual(20);
    expect(body.cancelled).toBe(true);
    expect(response.headers.get("set-cookie")).toBeNull();
  });
});
