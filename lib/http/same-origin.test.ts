import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const post = (headers: Record<string, string>) => new Request("https://rakor.test/x", { method: "POST", headers });

describe("same-origin posts", () => {
  it("accepts a post from a page of the host the browser asked for, also behind a proxy", () => {
    expect(isSameOrigin(post({ host: "rakor.test", origin: "https://rakor.test" }))).toBe(true);
    expect(isSameOrigin(post({ host: "10.0.0.5:3000", "x-forwarded-host": "rakor.test, proxy.internal", origin: "https://rakor.test" }))).toBe(true);
  });

  it("refuses another site, a malformed origin, and a missing one unless allowed", () => {
    expect(isSameOrigin(post({ host: "rakor.test", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(post({ host: "rakor.test", origin: "null" }))).toBe(false);
    expect(isSameOrigin(post({ host: "rakor.test" }))).toBe(false);
    expect(isSameOrigin(post({ host: "rakor.test" }), { allowMissing: true })).toBe(true);
  });
});
