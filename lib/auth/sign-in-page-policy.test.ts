import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";

const config = vi.hoisted(() => ({ OIDC_ISSUER: undefined as string | undefined, NODE_ENV: "production" }));
vi.mock("@/lib/env", () => ({ env: config }));

const { proxy, config: proxyConfig } = await import("@/proxy");

const signInPagePolicy = () => proxy(new NextRequest("http://127.0.0.1:3000/login?callbackUrl=%2Fconsole")).headers.get("content-security-policy");
const formAction = (policy: string | null) => policy?.split("; ").find((d) => d.startsWith("form-action"));

describe("the sign-in page's Content-Security-Policy", () => {
  beforeEach(() => {
    config.OIDC_ISSUER = undefined;
  });

  it("is set by proxy.ts on every request for /login", () => {
    expect(proxyConfig.matcher).toContain("/login");
    expect(signInPagePolicy()).toMatch(/^default-src 'self'; script-src 'self' 'unsafe-inline';/);
  });

  it("lets forms lead only to the site itself without single sign-on", () => {
    expect(formAction(signInPagePolicy())).toBe("form-action 'self'");
  });

  it("lets the SSO button's post be redirected to the identity provider's origin, and nowhere else", () => {
    config.OIDC_ISSUER = "https://sso.kemenkumham.test/realms/pegawai";
    expect(formAction(signInPagePolicy())).toBe("form-action 'self' https://sso.kemenkumham.test");
  });
});
