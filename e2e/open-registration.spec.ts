import { ORGANIZER } from "./accounts";
import { checkLayout, deviceOf, expect, runStamp, test } from "./console-fixtures";

// Open registration (issue 4): an organizer opens a public form with approval, a person registers
// from a phone without an account and sees a pending ticket without a QR code, the organizer
// approves, and the same ticket link now carries the QR code. The form answers only "check your
// email" (issue 11): the ticket link is taken from the mail, as the organizer sees it in the outbox.

test.use({ storageState: ORGANIZER.state });

/** A local date-time in Jakarta for <input type="datetime-local">, `days` from now. */
function wib(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

test("a person registers on the public form, waits for approval, and gets the QR once approved", async ({ page, browser }, testInfo) => {
  const stamp = runStamp(testInfo);
  const slug = `seminar-terbuka-${stamp}`;
  await page.goto("/console/events/new");
  await page.getByLabel("Nama acara", { exact: true }).fill(`Seminar Terbuka ${stamp}`);
  await page.getByLabel("Alamat acara", { exact: true }).fill(slug);
  await page.getByLabel("Nama tempat", { exact: true }).fill("Aula Ditjenpas");
  await page.getByLabel("Mulai", { exact: true }).fill(wib(30));
  await page.getByLabel("Selesai", { exact: true }).fill(wib(30.3));
  await page.getByLabel("Pendaftaran dibuka", { exact: true }).fill(wib(-1));
  await page.getByLabel("Pendaftaran ditutup", { exact: true }).fill(wib(20));
  await page.getByLabel("Kapasitas (kursi)", { exact: true }).fill("20");
  await page.getByLabel("Buka formulir pendaftaran publik").check();
  await page.getByLabel("Pendaftaran publik perlu persetujuan panitia").check();
  await page.getByRole("button", { name: "Buat acara" }).click();
  await expect(page).toHaveURL(/\/console\/events\/(?!new$)[a-z0-9]+$/);
  const eventPath = new URL(page.url()).pathname;
  await page.getByRole("button", { name: "Terbitkan" }).click();
  await expect(page.getByRole("button", { name: "Tutup pendaftaran" })).toBeVisible();

  // The registrant: no account, a phone-sized fresh context.
  const context = await browser.newContext(deviceOf(testInfo));
  const visitor = await context.newPage();
  await visitor.goto(`/e/${slug}`);
  await visitor.getByRole("link", { name: "Daftar sekarang" }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: "Formulir pendaftaran" })).toBeVisible();
  await expect(visitor.getByText(/perlu persetujuan panitia/)).toBeVisible();
  await checkLayout(visitor, "open-registration-form");
  const name = `Pendaftar ${stamp}`;
  await visitor.getByLabel("Nama lengkap").fill(name);
  await visitor.getByLabel("NIP", { exact: true }).fill("19850312 201001 1 00" + String(Date.now() % 10));
  await visitor.getByLabel("Jabatan").fill("Analis Kebijakan");
  await visitor.getByLabel("Nomor WhatsApp").fill("0813 1111 2222");
  const address = `pendaftar-${stamp}@uji.test`;
  await visitor.getByLabel("Email", { exact: true }).fill(address);
  await visitor.getByRole("button", { name: "Daftar", exact: true }).click();
  await expect(visitor.getByRole("status").filter({ hasText: "Periksa email Anda" })).toBeVisible();

  await page.goto("/console/outbox");
  const mail = page.locator("details").filter({ hasText: `Kepada: ${address}` });
  await mail.locator("summary").click();
  const ticketLink = await mail.getByLabel("Tautan", { exact: true }).inputValue();
  expect(ticketLink).toMatch(/\/t\/[A-Za-z0-9_-]{22}$/);
  await visitor.goto(ticketLink);
  await expect(visitor.getByText("Menunggu persetujuan panitia")).toBeVisible();
  await expect(visitor.getByRole("img", { name: /Kode QR/ })).toHaveCount(0);
  await checkLayout(visitor, "open-registration-pending-ticket");

  await page.goto(`${eventPath}/participants?q=${encodeURIComponent(name)}`);
  await checkLayout(page, "participants-pending");
  await page.getByRole("button", { name: `Setujui: ${name}` }).click();
  // Decided: the row no longer offers a decision.
  await expect(page.getByRole("button", { name: `Setujui: ${name}` })).toHaveCount(0);

  await visitor.reload();
  await expect(visitor.getByText("Tiket berlaku")).toBeVisible();
  await expect(visitor.getByRole("img", { name: /Kode QR/ })).toBeVisible();
  await context.close();
});
