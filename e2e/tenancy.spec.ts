import { DEMO_PASSWORD, ORGANIZER } from "./accounts";
import { checkLayout, deviceOf, expect, runStamp, test } from "./console-fixtures";

// Issue 12, organisations: the installation's admin adds an organisation and invites its first
// organiser; that organiser works in a console where the demo organisation (Ditjenpas) does not
// exist — its event, exports, PDFs and units are "not found" or absent. A new organisation and
// address each run; the shared demo accounts are only signed in (the admin in a context of its own).

test.use({ storageState: ORGANIZER.state });

const EVENT_TITLE = "Rapat Koordinasi Humas Pemasyarakatan se-Indonesia";

test("an organiser of another organisation finds nothing of Ditjenpas: no event, export, PDF, unit or mail", async ({ page, browser }, testInfo) => {
  const stamp = runStamp(testInfo);
  const code = `UJI-${stamp}`.toUpperCase();
  const orgName = `Balai Uji Organisasi ${stamp}`;
  const email = `panitia-${stamp}@uji.rakor.test`;

  // Ditjenpas's organiser knows the demo event's id.
  await page.goto("/console");
  await page.getByRole("link", { name: EVENT_TITLE }).click();
  await page.waitForURL(/\/console\/events\/[^/?#]+$/);
  const eventId = /\/console\/events\/([^/?#]+)/.exec(page.url())![1]!;
  const roster = (await (await page.request.get(`/api/checkin/${eventId}/roster`)).json()) as { event: { days: string[] } };
  const day = roster.event.days[0]!;
  const files = ["participants/export.csv", "participants/export.xlsx", `attendance/daftar-hadir.pdf?day=${day}`, `attendance/daftar-hadir.xlsx?day=${day}`, "lampiran.pdf"];
  // Ditjenpas's organiser gets each file: the refusals below are about the organisation, not the address.
  for (const file of files) expect((await page.request.get(`/console/events/${eventId}/${file}`)).status(), file).toBe(200);

  const adminContext = await browser.newContext(deviceOf(testInfo));
  const organizerContext = await browser.newContext(deviceOf(testInfo));
  try {
    const admin = await adminContext.newPage();
    await admin.goto("/login");
    await admin.getByLabel("Email").fill("admin@rakor.demo");
    await admin.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await admin.getByRole("button", { name: "Masuk", exact: true }).click();
    await admin.waitForURL(/\/console/);
    await admin.goto("/console/organizations");
    await admin.getByLabel("Kode").fill(code);
    await admin.getByLabel("Nama lengkap").fill(orgName);
    await admin.getByLabel("Nama panitia pertama").fill(`Panitia ${stamp}`);
    await admin.getByLabel("Email panitia pertama").fill(email);
    await admin.getByRole("button", { name: "Tambah organisasi" }).click();
    await expect(admin.getByText(`Organisasi ${orgName} ditambahkan.`, { exact: false })).toBeVisible();
    const link = await admin.getByLabel("Tautan undangan panitia pertama").inputValue();
    await expect(admin.getByRole("listitem").filter({ hasText: code })).toBeVisible();
    await checkLayout(admin, "organizations");

    const other = await organizerContext.newPage();
    await other.goto(link);
    await expect(other.getByRole("heading", { level: 1, name: "Undangan panitia" })).toBeVisible();
    await expect(other.getByText(orgName)).toBeVisible();
    await other.getByLabel("Kata sandi", { exact: true }).fill("Sandi-Panitia-Uji-1");
    await other.getByLabel("Ulangi kata sandi").fill("Sandi-Panitia-Uji-1");
    await other.getByRole("button", { name: "Buat kata sandi dan masuk" }).click();
    await expect(other).toHaveURL(/\/console$/);
    await expect(other.getByText("Belum ada acara. Buat acara pertama Anda.")).toBeVisible();
    await expect(other.getByRole("link", { name: EVENT_TITLE })).toHaveCount(0);

    // Ditjenpas's event and everything under it is not found.
    for (const path of ["", "/participants", "/units", "/agenda", "/attendance", "/audit"]) {
      const response = await other.goto(`/console/events/${eventId}${path}`);
      expect(response?.status(), `/console/events/<id>${path}`).toBe(404);
    }
    for (const file of files) {
      const response = await other.request.get(`/console/events/${eventId}/${file}`);
      expect(response.status(), file).toBe(404);
    }
    // Its own catalogue and outbox are empty; its letterhead is its own.
    await other.goto("/console/units");
    await expect(other.getByText("Lapas Kelas I Semarang")).toHaveCount(0);
    // The outbox holds one mail: its own organiser's invitation, none of Ditjenpas's.
    await other.goto("/console/outbox");
    await expect(other.getByText(`Kepada: ${email}`)).toHaveCount(1);
    await expect(other.getByText(/^Kepada: /)).toHaveCount(1);
    await other.goto("/console/organization");
    await expect(other.getByLabel("Nama lengkap")).toHaveValue(orgName);
    await checkLayout(other, "organization-settings");
  } finally {
    await adminContext.close();
    await organizerContext.close();
  }
});
