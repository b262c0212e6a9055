import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The real start script, refusing a configuration before it touches any database.
function start(env: Record<string, string>) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "rakor-start-"));
  const clean: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ["DATABASE_URL", "APP_URL", "TRUST_PROXY"]) delete clean[key];
  return spawnSync(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "start.ts")], {
    env: { ...clean, RAKOR_DATA_DIR: dataDir, AUTH_SECRET: "x".repeat(40), ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("starting Rakor", () => {
  it("a deployment on DATABASE_URL without APP_URL refuses to start and says why", () => {
    // Port 9 on loopback: nothing listens, so a start that tried the database would fail differently.
    const result = start({ DATABASE_URL: "postgresql://rakor@127.0.0.1:9/rakor" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/APP_URL is not set/);
    expect(result.stdout).not.toMatch(/migrations:/);
  });

  it("a TRUST_PROXY that is neither a hop count nor a CIDR list refuses to start", () => {
    const result = start({ DATABASE_URL: "postgresql://rakor@127.0.0.1:9/rakor", APP_URL: "https://rakor.test", TRUST_PROXY: "everyone" });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/TRUST_PROXY/);
    expect(result.stdout).not.toMatch(/migrations:/);
  });
});
