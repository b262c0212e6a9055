import { expect, test, type Page } from "@playwright/test";
import { COORDINATOR } from "./accounts";

// A unit coordinator on a phone or a desk: names delegates within the quota, is told clearly when
// the quota is full and can use the waitlist, and replaces a delegate — whose ticket then stops
// working. Both projects run against one database, so nothing here assumes the seats left.

test.use({ storageState: COORDINATOR.state });

/** A NIP no other run has used: birth date from the run, appointment 2015-01, sequence from the clock. */
function uniqueNip(offset: number): string {
  const n = (Date.now() + offset) % 1_000_000;
  const month = String(1 + (n % 12)).padStart(2, "0");
  const day = String(1 + (Math.floor(n / 12) % 28)).padStart(2, "0");
  return `1990${month}${day}2015011${String(Math.floor(n / 336) % 1000).padStart(3, "0")}`;
}

async function openKaranganyarEvent(page: Page) {
  await page.goto("/unit");
  await page.getByRole("link", { name: "Kelola peserta" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapat Koordinasi Humas Pemasyarakatan se-Indonesia" })).toBeVisible();
}

async function fillPerson(scope: Page | ReturnType<Page["locator"]>, name: string, nip: string) {
  await scope.getByLabel("Nama lengkap").fill(name);
  await scope.getByLabel("NIP", { exact: true }).fill(nip);
  await scope.getByLabel("Jabatan").fill("Pranata Humas");
  await scope.getByLabel("Nomor WhatsApp").fill("0812 3456 7890");
}

test("a coordinator fills the quota, is told it is full, and can put the next person on the waitlist", async ({ page }, testInfo) => {
  await openKaranganyarEvent(page);
  const seats = page.getByRole("heading", { name: /dari 3 kursi terisi/ });
  const add = page.getByRole("region", { name: "Daftarkan peserta" });
  for (let i = 0; i < 3; i++) {
    const used = Number(/(\d+) dari 3/.exec((await seats.textContent()) ?? "")?.[1]);
    if (used >= 3) break;
    await fillPerson(add, `Delegasi ${testInfo.project.name} ${i}`, uniqueNip(i));
    await add.getByRole("button", { name: "Daftarkan" }).click();
    await expect(add.getByText("Tersimpan.")).toBeVisible();
    await expect(seats).toHaveText(`${used + 1} dari 3 kursi terisi`);
  }

  const waiting = `Cadangan ${testInfo.project.name} ${Date.now()}`;
  await fillPerson(add, waiting, uniqueNip(50));
  await add.getByRole("button", { name: "Daftarkan" }).click();
  await expect(add.getByRole("alert")).toContainText("Kuota unit sudah penuh: 3 dari 3 kursi terisi");
  await add.getByRole("button", { name: "Masukkan ke daftar tunggu" }).click();
  const card = page.getByRole("listitem").filter({ hasText: waiting });
  await expect(card.getByText("Daftar tunggu", { exact: true })).toBeVisible();
  await expect(seats).toHaveText("3 dari 3 kursi terisi");
});

test("replacing a delegate keeps the seat, and the replaced person's ticket is no longer valid", async ({ page, browser }, testInfo) => {
  await openKaranganyarEvent(page);
  const original = page.getByRole("listitem").filter({ has: page.getByText("Terkonfirmasi", { exact: true }) }).first();
  const oldTicket = await original.getByRole("textbox").inputValue();
  expect(oldTicket).toMatch(/\/t\/[A-Za-z0-9_-]{22}$/);

  await original.getByRole("button", { name: "Ganti orang" }).click();
  const newName = `Pengganti ${testInfo.project.name} ${Date.now()}`;
  await fillPerson(original, newName, uniqueNip(99));
  await original.getByRole("button", { name: "Ganti peserta" }).click();
  const replacement = page.getByRole("listitem").filter({ hasText: newName });
  await expect(replacement.getByText("Terkonfirmasi", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "3 dari 3 kursi terisi" })).toBeVisible();
  const newTicket = await replacement.getByRole("textbox").inputValue();

  // The tickets open without signing in, as from a WhatsApp message.
  const visitor = await browser.newContext();
  const ticketPage = await visitor.newPage();
  await ticketPage.goto(oldTicket);
  await expect(ticketPage.getByText("Tiket tidak berlaku")).toBeVisible();
  await expect(ticketPage.getByRole("img", { name: /Kode QR tiket/ })).toHaveCount(0);
  await ticketPage.goto(newTicket);
  await expect(ticketPage.getByText(newName)).toBeVisible();
  await expect(ticketPage.getByText("Tiket berlaku")).toBeVisible();
  await expect(ticketPage.getByRole("img", { name: /Kode QR tiket/ })).toBeVisible();
  await visitor.close();
});

test("a coordinator cannot open another unit's page by changing the address", async ({ page }) => {
  await openKaranganyarEvent(page);
  const [, eventId] = /\/unit\/events\/([^/]+)\//.exec(page.url()) ?? [];
  const response = await page.goto(`/unit/events/${eventId}/not-my-unit-id`);
  expect(response?.status()).toBe(404);
});
