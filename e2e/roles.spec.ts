import { expect, test } from "@playwright/test";
import { COORDINATOR, DEMO_PASSWORD, DOOR_STAFF, ORGANIZER } from "./accounts";

test.describe("anonymous visitor", () => {
  test("is sent to sign in from the console, and comes back after signing in", async ({ page }) => {
    await page.goto("/console");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fconsole$/);
    await page.getByLabel("Alamat email").fill(ORGANIZER.email);
    await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await expect(page).toHaveURL(/\/console$/);
    await expect(page.getByRole("heading", { level: 1, name: "Acara" })).toBeVisible();
  });

  test("is sent to sign in from the unit portal", async ({ page }) => {
    await page.goto("/unit");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Funit$/);
  });

  test("sees a clear message for a wrong password and the email is kept", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Alamat email").fill("operator.karanganyar@rakor.demo");
    await page.getByLabel("Kata sandi").fill("salah-sekali");
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Email atau kata sandi salah." })).toBeVisible();
    await expect(page.getByLabel("Alamat email")).toHaveValue("operator.karanganyar@rakor.demo");
    await expect(page).toHaveURL(/\/login/);
  });

  test("sees field errors for an incomplete email", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Alamat email").fill("panitia");
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await expect(page.getByText("Tulis alamat email yang lengkap")).toBeVisible();
    await expect(page.getByLabel("Alamat email")).toHaveAttribute("aria-invalid", "true");
  });
});

test.describe("organizer", () => {
  test.use({ storageState: ORGANIZER.state });

  test("opens the console and sees the demo event", async ({ page }) => {
    await page.goto("/console");
    await expect(page.getByRole("heading", { level: 1, name: "Acara" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Rapat Koordinasi Humas Pemasyarakatan se-Indonesia" })).toBeVisible();
  });

  test("is refused the unit portal", async ({ page }) => {
    await page.goto("/unit");
    await expect(page).toHaveURL(/\/forbidden$/);
    await expect(page.getByRole("heading", { name: "Anda tidak memiliki akses ke halaman ini" })).toBeVisible();
  });
});

test.describe("unit coordinator", () => {
  test.use({ storageState: COORDINATOR.state });

  test("opens the unit portal with Lapas Karanganyar's seats and deadline", async ({ page }) => {
    await page.goto("/unit");
    await expect(page.getByRole("heading", { level: 1, name: "Portal unit" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Lapas Khusus Kelas IIA Karanganyar Nusakambangan" })).toBeVisible();
    // The demo seeds 2 of 3; the registration specs may have filled the third seat by now.
    await expect(page.getByText(/[23] dari 3 kursi terisi/)).toBeVisible();
    await expect(page.getByText(/Batas pendaftaran: .* WIB/)).toBeVisible();
  });

  test("is refused the console and does not see its link", async ({ page }) => {
    await page.goto("/unit");
    await expect(page.getByRole("link", { name: "Konsol panitia" })).toHaveCount(0);
    await page.goto("/console");
    await expect(page).toHaveURL(/\/forbidden$/);
  });
});

test.describe("door staff", () => {
  test.use({ storageState: DOOR_STAFF.state });

  test("is refused both the console and the unit portal", async ({ page }) => {
    await page.goto("/console");
    await expect(page).toHaveURL(/\/forbidden$/);
    await page.goto("/unit");
    await expect(page).toHaveURL(/\/forbidden$/);
  });
});

test("signing out ends the session", async ({ browser }) => {
  const context = await browser.newContext({ storageState: undefined });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Alamat email").fill(COORDINATOR.email);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/unit$/);
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("link", { name: "Masuk" })).toBeVisible();
  await page.goto("/unit");
  await expect(page).toHaveURL(/\/login/);
  await context.close();
});
