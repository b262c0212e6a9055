import type { Browser, BrowserContext, Page, TestInfo } from "@playwright/test";
import { DEMO_PASSWORD } from "./accounts";
import { checkLayout, deviceOf, expect, test, watchErrors } from "./console-fixtures";

// Issue 12, items 3 and 4: a session is ended for every copy of its cookie, and "forgot password"
// ends the sessions of the account. Uses the demo admin, whom no other spec signs in with; each
// test signs in contexts of its own, and the password is set back at the end.

const ADMIN = "admin@rakor.demo";
const NEW_PASSWORD = "Sandi-Baru-Admin-2025";

test.describe.configure({ mode: "serial" });

async function freshPage(browser: Browser, testInfo: TestInfo, errors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(deviceOf(testInfo));
  const page = await context.newPage();
  watchErrors(page, errors);
  return { context, page };
}

async function signIn(page: Page, password: string) {
  await page.goto("/login");
  await page.getByLabel("Alamat email").fill(ADMIN);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/console$/);
}

test("a copied session cookie stops working when the session it belongs to signs out", async ({ browser }, testInfo) => {
  const errors: string[] = [];
  const first = await freshPage(browser, testInfo, errors);
  const second = await freshPage(browser, testInfo, errors);
  try {
    await signIn(first.page, DEMO_PASSWORD);
    await second.context.addCookies(await first.context.cookies());
    await second.page.goto("/account");
    await expect(second.page.getByRole("heading", { level: 1, name: "Akun saya" })).toBeVisible();

    await first.page.getByRole("button", { name: "Keluar", exact: true }).click();
    await expect(first.page.getByRole("link", { name: "Masuk", exact: true })).toBeVisible();

    await second.page.goto("/account");
    await expect(second.page).toHaveURL(/\/login\?callbackUrl=%2Faccount$/);
    // Nor does the session endpoint renew the copy.
    const answer = await second.context.request.get("/api/auth/session");
    expect(await answer.json()).toBeNull();
    expect(answer.headers()["set-cookie"] ?? "").toMatch(/authjs\.session-token=;.*Max-Age=0/);
  } finally {
    await first.context.close();
    await second.context.close();
  }
  expect(errors).toEqual([]);
});

test("forgot password: the mailed link sets a new password once, and the old session elsewhere is signed out", async ({ browser }, testInfo) => {
  // Five password hashes and checks (bcrypt) on a shared machine.
  test.setTimeout(150_000);
  const errors: string[] = [];
  const old = await freshPage(browser, testInfo, errors);
  const visitor = await freshPage(browser, testInfo, errors);
  try {
    await signIn(old.page, DEMO_PASSWORD);

    const { page } = visitor;
    await page.goto("/login");
    await page.getByRole("link", { name: "Lupa kata sandi?" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Lupa kata sandi" })).toBeVisible();
    await page.getByLabel("Alamat email").fill(ADMIN);
    await checkLayout(page, "forgot-password");
    await page.getByRole("button", { name: "Kirim tautan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Jika alamat itu terdaftar" })).toBeVisible();

    // The admin, who manages users, reads the mail in the outbox (SMTP is not set in e2e).
    await old.page.goto("/console/outbox");
    const mail = old.page.locator("details").filter({ hasText: `Kepada: ${ADMIN}` }).filter({ hasText: "Buat kata sandi baru untuk Rakor" }).first();
    await mail.locator("summary").click();
    const link = await mail.getByLabel("Tautan", { exact: true }).inputValue();
    expect(link).toMatch(/\/reset\/[A-Za-z0-9_-]{22}$/);

    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Buat kata sandi baru" })).toBeVisible();
    await page.getByLabel("Kata sandi baru", { exact: true }).fill("pendek");
    await page.getByLabel("Ulangi kata sandi baru").fill("pendek");
    await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
    await expect(page.getByText("Kata sandi minimal 10 karakter.")).toBeVisible();
    await page.getByLabel("Kata sandi baru", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Ulangi kata sandi baru").fill(NEW_PASSWORD);
    await checkLayout(page, "reset-password");
    await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
    await expect(page).toHaveURL(/\/login\?reset=done$/);
    await expect(page.getByRole("status").filter({ hasText: "Kata sandi baru tersimpan" })).toBeVisible();

    // The session signed in with the old password, in another browser, has ended.
    await old.page.goto("/console");
    await expect(old.page).toHaveURL(/\/login\?callbackUrl=%2Fconsole$/);

    // The link works once.
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Tautan tidak dapat dipakai" })).toBeVisible();
    await expect(page.getByText("Tautan ini sudah dipakai.")).toBeVisible();

    // The new password signs in; the account page sets the demo password back (asking for the current one).
    await signIn(page, NEW_PASSWORD);
    await page.getByRole("link", { name: "Akun", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Akun saya" })).toBeVisible();
    await checkLayout(page, "account");
    const passwordSection = page.getByRole("region", { name: "Kata sandi" });
    await passwordSection.getByLabel("Kata sandi saat ini").fill("bukan-sandinya");
    await passwordSection.getByLabel("Kata sandi baru", { exact: true }).fill(DEMO_PASSWORD);
    await passwordSection.getByLabel("Ulangi kata sandi baru").fill(DEMO_PASSWORD);
    await passwordSection.getByRole("button", { name: "Ganti kata sandi" }).click();
    await expect(passwordSection.getByText("Kata sandi saat ini salah.")).toBeVisible();
    await passwordSection.getByLabel("Kata sandi saat ini").fill(NEW_PASSWORD);
    await passwordSection.getByLabel("Kata sandi baru", { exact: true }).fill(DEMO_PASSWORD);
    await passwordSection.getByLabel("Ulangi kata sandi baru").fill(DEMO_PASSWORD);
    await passwordSection.getByRole("button", { name: "Ganti kata sandi" }).click();
    await expect(passwordSection.getByRole("status").filter({ hasText: "Kata sandi baru tersimpan." })).toBeVisible();
    // This browser stayed signed in.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Akun saya" })).toBeVisible();
  } finally {
    await old.context.close();
    await visitor.context.close();
  }
  expect(errors).toEqual([]);
});

test("the account page keeps the language chosen there, for the pages and the next sign-in elsewhere", async ({ browser }, testInfo) => {
  const errors: string[] = [];
  const here = await freshPage(browser, testInfo, errors);
  const elsewhere = await freshPage(browser, testInfo, errors);
  const languageChoice = (page: Page) => page.getByRole("region", { name: /^(Bahasa|Language)$/ }).getByRole("group");
  try {
    await signIn(here.page, DEMO_PASSWORD);
    await here.page.goto("/account");
    await languageChoice(here.page).getByRole("button", { name: "English" }).click();
    await expect(here.page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
    await expect(languageChoice(here.page).getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    await checkLayout(here.page, "account-en");

    // Another browser, which has never chosen a language, gets the account's at sign-in.
    await signIn(elsewhere.page, DEMO_PASSWORD);
    await elsewhere.page.goto("/account");
    await expect(elsewhere.page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
    await languageChoice(elsewhere.page).getByRole("button", { name: "Bahasa Indonesia" }).click();
    await expect(elsewhere.page.getByRole("heading", { level: 1, name: "Akun saya" })).toBeVisible();
  } finally {
    await here.context.close();
    await elsewhere.context.close();
  }
  expect(errors).toEqual([]);
});
