import { expect, test, type Page } from "@playwright/test";

// Single sign-on against a real OpenID Connect provider (e2e/oidc-provider.mjs, started by
// playwright.config.ts): through its own login and consent pages and back. Its login name picks the
// identity; it accepts any password. Browsed at localhost, the address the app's AUTH_URL names
// here (playwright.config.ts says why).
test.use({ baseURL: `http://localhost:${process.env.E2E_PORT ?? 3100}` });

async function signInAtProvider(page: Page, login: "admin" | "stranger" | "unverified") {
  await page.getByRole("button", { name: "Masuk dengan SSO" }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("sandi-apa-saja");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

// The session is the Rakor user: its id is Rakor's (getActor reads it), not the provider's subject,
// and its name is Rakor's ("Admin Rakor"), not the provider's ("Admin (SSO)").
async function expectSignedInAsAdmin(page: Page) {
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: { id?: string; name?: string; email?: string } } | null;
  expect(session?.user).toMatchObject({ name: "Admin Rakor", email: "admin@rakor.demo" });
  expect(session?.user?.id).toMatch(/^c[a-z0-9]{20,}$/);
  await expect(page.getByRole("button", { name: "Keluar" })).toBeVisible();
}

test("a verified address of a Rakor account signs in as that account and comes back to the page it asked for", async ({ page }) => {
  await page.goto("/login?callbackUrl=%2Fconsole%2Funits");
  await signInAtProvider(page, "admin");
  await expect(page).toHaveURL(/\/console\/units$/);
  await expectSignedInAsAdmin(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the SSO button still works, and lands on the role's home like a password sign-in", async ({ page }) => {
    await page.goto("/login");
    await signInAtProvider(page, "admin");
    await expect(page).toHaveURL(/\/console$/);
    await expectSignedInAsAdmin(page);
  });
});

for (const [login, message] of [
  ["stranger", "Alamat email ini belum memiliki akun Rakor. Mintalah undangan kepada panitia."],
  ["unverified", "Penyedia SSO belum memverifikasi alamat email Anda"],
] as const) {
  test(`the provider's "${login}" identity is refused with its reason and is not signed in`, async ({ page }) => {
    await page.goto("/login");
    await signInAtProvider(page, login);
    await expect(page).toHaveURL(/\/login\?error=Sso/);
    await expect(page.getByText(message)).toBeVisible();
    expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();
    await page.goto("/console");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fconsole$/);
  });
}
