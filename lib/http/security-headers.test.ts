import { createHash } from "node:crypto";
import { buildCustomRoute } from "next/dist/lib/build-custom-route";
import { describe, expect, it } from "vitest";
import type { NextConfig } from "next";
// @ts-expect-error next.config.mjs is plain JavaScript without a declaration file.
import config from "@/next.config.mjs";
import { agendaContentSecurityPolicy } from "@/lib/agenda/light/render-page";

const nextConfig = config as NextConfig;

// Which headers next.config.mjs sets on a path, matched by the regex Next.js's build makes of `source`.
async function configHeaders(path: string): Promise<Record<string, string>> {
  const rules = (await nextConfig.headers?.()) ?? [];
  const set: Record<string, string> = {};
  for (const rule of rules) {
    if (!new RegExp(buildCustomRoute("header", rule).regex).test(path)) continue;
    for (const { key, value } of rule.headers) set[key.toLowerCase()] = value;
  }
  return set;
}

describe("security headers set by the configuration", () => {
  it("React pages get the site's policy, and no page claims HSTS whatever the scheme", async () => {
    for (const path of ["/", "/login/continue", "/console/events/e1/speakers/s1", "/e/rakor/speakers", "/e/rakor/agenda.ics"]) {
      const headers = await configHeaders(path);
      expect(headers["content-security-policy"], path).toMatch(/default-src 'self'/);
      expect(headers["strict-transport-security"], path).toBeUndefined();
      expect(headers["x-frame-options"], path).toBe("DENY");
    }
  });

  it("a speaker photo, the public agenda and the sign-in page keep the policy their own response sets", async () => {
    for (const path of ["/e/rakor/speakers/s1/photo", "/console/events/e1/speakers/s1/photo", "/e/rakor/agenda", "/e/rakor/agenda-in/en", "/login"]) {
      const headers = await configHeaders(path);
      expect(headers["content-security-policy"], path).toBeUndefined();
      expect(headers["x-content-type-options"], path).toBe("nosniff");
    }
  });

  it("the agenda page's inline script is allowed by its hash, not by 'unsafe-inline'", () => {
    const script = "document.documentElement.dataset.ready='1';</script><script>alert(1)";
    const policy = agendaContentSecurityPolicy(script);
    const placed = script.replace(/<\/script/gi, "<\\/script");
    const hash = createHash("sha256").update(placed).digest("base64");
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe(`script-src 'self' 'sha256-${hash}'`);
    expect(scriptSrc).not.toContain("unsafe");
  });
});
