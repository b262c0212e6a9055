import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/locale/route";
import { KIB, streamedBody, streamedPost } from "@/lib/test/streamed-request";

// The language switch of the public agenda: a tiny form, so a large post is cut off unread.

const SITE = { host: "rakor.test", origin: "https://rakor.test", "content-type": "application/x-www-form-urlencoded" };
const URL = "https://rakor.test/locale";

describe("the language switch", () => {
  it("sets the language cookie and sends the visitor back to the page on this site", async () => {
    const response = await POST(new NextRequest(URL, { method: "POST", headers: SITE, body: new URLSearchParams({ locale: "en", back: "/e/rakor" }) }));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/e/rakor");
    expect(response.cookies.get("NEXT_LOCALE")?.value).toBe("en");
  });

  it("a 200 MB chunked post is cut off with 413 after a few kilobytes, and no cookie is set", async () => {
    const body = streamedBody(new TextEncoder().encode(`back=/${"a".repeat(KIB - 6)}`), 200 * KIB);
    const response = await POST(new NextRequest(streamedPost(URL, SITE, body)));
    expect(response.status).toBe(413);
    expect(body.pulled).toBeLessThanOrEqual(10);
    expect(body.cancelled).toBe(true);
    expect(response.headers.get("set-cookie")).toBeNull();
  });
});
