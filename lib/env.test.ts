import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const sso = { OIDC_ISSUER: "https://sso.kemenkumham.test/realms/pegawai", OIDC_CLIENT_ID: "rakor", OIDC_CLIENT_SECRET: "rahasia-klien" };

describe("the single sign-on settings", () => {
  it("are optional: without them Rakor starts with password sign-in only", () => {
    expect(parseEnv({}).OIDC_ISSUER).toBeUndefined();
  });

  it("are taken when all three are set, with an optional button name", () => {
    expect(parseEnv({ ...sso, OIDC_NAME: "SIMPEG" })).toMatchObject({ ...sso, OIDC_NAME: "SIMPEG" });
  });

  it("refuse to start with a partial set, naming every missing setting", () => {
    expect(() => parseEnv({ OIDC_ISSUER: sso.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID: .*missing[\s\S]*OIDC_CLIENT_SECRET: .*missing/);
    expect(() => parseEnv({ OIDC_CLIENT_ID: "rakor", OIDC_CLIENT_SECRET: "x" })).toThrow(/OIDC_ISSUER: .*missing/);
  });

  it("refuse a plain-http issuer unless it is on loopback", () => {
    expect(() => parseEnv({ ...sso, OIDC_ISSUER: "http://sso.kemenkumham.test" })).toThrow(/OIDC_ISSUER: .*https:\/\//);
    expect(() => parseEnv({ ...sso, OIDC_ISSUER: "http://127.0.0.1.evil.test" })).toThrow(/OIDC_ISSUER/);
    expect(parseEnv({ ...sso, OIDC_ISSUER: "http://127.0.0.1:3101" }).OIDC_ISSUER).toBe("http://127.0.0.1:3101");
  });
});
