import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run Debian's Chromium (Playwright's own browser download is not possible
// here) against the production build, served with a fresh embedded database seeded with the demo.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
// A real OpenID Connect provider for the single sign-on spec (e2e/oidc-provider.mjs). Plain http
// on loopback: Auth.js lets its OpenID client talk http, and lib/env.ts allows it only on loopback.
// Single sign-on is browsed at localhost: Next.js names a request to 127.0.0.1 "localhost" in the
// URL Auth.js's callback sees, so the redirect URI (AUTH_URL) must say localhost to agree with it.
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? PORT + 1);
const SSO_APP_URL = `http://localhost:${PORT}`;
const OIDC = { issuer: `http://127.0.0.1:${OIDC_PORT}`, clientId: "rakor-e2e", clientSecret: "rakor-e2e-secret" };
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: { baseURL, trace: "retain-on-failure", screenshot: "only-on-failure", launchOptions: chromium },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/, use: { ...devices["Desktop Chrome"], launchOptions: chromium } },
    {
      name: "desktop",
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], launchOptions: chromium },
    },
    {
      name: "phone",
      dependencies: ["setup"],
      // Process supervision and the single sign-on exchange do not depend on the viewport: they
      // run once, on the desktop project.
      testIgnore: /(edge-processes|sso)\.spec\.ts/,
      use: { ...devices["Pixel 7"], launchOptions: chromium },
    },
  ],
  webServer: [
    {
      command: "node e2e/oidc-provider.mjs",
      url: `${OIDC.issuer}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: false,
      env: {
        E2E_OIDC_PORT: String(OIDC_PORT),
        E2E_APP_URL: SSO_APP_URL,
        E2E_OIDC_CLIENT_ID: OIDC.clientId,
        E2E_OIDC_CLIENT_SECRET: OIDC.clientSecret,
      },
    },
    {
      command: "node scripts/e2e-server.mjs",
      url: `${baseURL}/login`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PORT: String(PORT),
        RAKOR_DATA_DIR: ".data/e2e",
        HOSTNAME: "127.0.0.1",
        AUTH_URL: SSO_APP_URL,
        OIDC_ISSUER: OIDC.issuer,
        OIDC_CLIENT_ID: OIDC.clientId,
        OIDC_CLIENT_SECRET: OIDC.clientSecret,
      },
    },
  ],
});
