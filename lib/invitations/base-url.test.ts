import { beforeEach, describe, expect, it, vi } from "vitest";

// The request a client could send: every header that ever named the site's address, forged.
const forged = new Headers({ host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
vi.mock("next/headers", () => ({ headers: async () => forged }));
const config = vi.hoisted(() => ({ APP_URL: undefined as string | undefined }));
vi.mock("@/lib/env", () => ({ env: config }));

const { publicBaseUrl } = await import("./base-url");

describe("the site's address in e-mails, tickets and feeds", () => {
  beforeEach(() => {
    config.APP_URL = undefined;
  });

  it("comes from APP_URL, whatever Host or X-Forwarded-Host the request carries", async () => {
    config.APP_URL = "https://rakor.example.go.id/";
    await expect(publicBaseUrl()).resolves.toBe("https://rakor.example.go.id");
  });

  it("a client-sent X-Forwarded-Host never becomes the address in a link, even without APP_URL", async () => {
    const result = await publicBaseUrl().then((url) => url, (error: Error) => error.message);
    expect(result).not.toContain("evil.example");
    expect(result).toMatch(/APP_URL/);
  });
});
