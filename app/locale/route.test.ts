import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST } from "./route";

function post(fields: Record<string, string>, headers: Record<string, string> = { host: "rakor.test", origin: "https://rakor.test" }) {
  return POST(new NextRequest("https://rakor.test/locale", { method: "POST", body: new URLSearchParams(fields), headers }));
}

describe("the language switch of the cached agenda", () => {
  it("keeps the choice in the language cookie and goes back to the page", async () => {
    const response = await post({ locale: "en", back: "/e/rakor-uji/agenda" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/e/rakor-uji/agenda");
    expect(response.cookies.get("NEXT_LOCALE")?.value).toBe("en");
  });

  it("goes back only to a page of this site, and falls back to the default language", async () => {
    const response = await post({ locale: "xx", back: "//evil.example/phish" });
    expect(response.headers.get("location")).toBe("/");
    expect(response.cookies.get("NEXT_LOCALE")?.value).toBe("id");
  });

  it("a tab or backslash hidden in the return path cannot send the reader to another site", async () => {
    for (const back of ["/%09/evil.example/x", "/\\evil.example", "/%5C%5Cevil.example"]) {
      const response = await post({ locale: "en", back });
      expect(response.headers.get("location"), back).toBe("/");
    }
  });

  it("refuses a post from another site and sets nothing", async () => {
    const response = await post({ locale: "en", back: "/" }, { host: "rakor.test", origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(response.cookies.get("NEXT_LOCALE")).toBeUndefined();
  });
});
