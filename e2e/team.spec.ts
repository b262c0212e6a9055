import type { Page } from "@playwright/test";
import { ORGANIZER } from "./accounts";
import { checkLayout, deviceOf, expect, runStamp, test } from "./console-fixtures";

// Issue 12, people and roles: an organiser invites a door staffer from the event, the staffer
// accepts on their own phone and scans, the organiser takes the role away, and the staffer's next
// scan is refused. A new address each run: the shared demo accounts keep their roles.

test.use({ storageState: ORGANIZER.state });

interface Roster {
  event: { id: string; days: string[] };
  participants: { id: string; name: string; status: string; code: string }[];
  checkIns: { registrationId: string; day: string; scope: string }[];
}

const EVENT_TITLE = "Rapat Koordinasi Humas Pemasyarakatan se-Indonesia";

async function demoEventId(page: Page): Promise<string> {
  await page.goto("/checkin");
  await page.getByRole("link", { name: /Rapat Koordinasi Humas Pemasyarakatan/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: EVENT_TITLE })).toBeVisible();
  return /\/checkin\/([^/?#]+)/.exec(page.url())![1]!;
}

async function scan(page: Page, code: string) {
  await page.getByLabel("Kode tiket").fill(code);
  await page.getByRole("button", { name: "Periksa" }).click();
}

test("an organiser invites a door staffer, who scans until the organiser removes the role", async ({ page, browser }, testInfo) => {
  const stamp = runStamp(testInfo);
  const email = `pintu-${stamp}@uji.rakor.test`;
  const name = `Petugas ${stamp}`;
  const eventId = await demoEventId(page);
  const roster = (await (await page.request.get(`/api/checkin/${eventId}/roster`)).json()) as Roster;
  // Both projects share one database and the attendance spec uses the first days: a day per project, counted from the end.
  const day = roster.event.days[roster.event.days.length - (testInfo.project.name === "phone" ? 1 : 2)]!;
  const done = new Set(roster.checkIns.filter((c) => c.day === day && c.scope === "").map((c) => c.registrationId));
  const [first, second] = roster.participants.filter((p) => p.status === "CONFIRMED" && !done.has(p.id)).slice(-2);
  expect(second).toBeDefined();

  await page.goto(`/console/events/${eventId}/door-staff`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Nama (opsional)").fill(name);
  await expect(page.getByLabel("Akses berakhir saat acara selesai")).toBeChecked();
  await page.getByRole("button", { name: "Kirim undangan" }).click();
  await expect(page.getByText(`Undangan untuk ${email} sudah masuk antrean email.`)).toBeVisible();
  const link = await page.getByLabel("Tautan undangan").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{22}$/);
  await checkLayout(page, "door-staff-issued");

  const staffer = await browser.newContext(deviceOf(testInfo));
  try {
    const door = await staffer.newPage();
    await door.goto(link);
    await expect(door.getByRole("heading", { level: 1, name: "Undangan petugas pintu" })).toBeVisible();
    await expect(door.getByText(EVENT_TITLE)).toBeVisible();
    await expect(door.getByLabel("Nama lengkap")).toHaveValue(name);
    await door.getByLabel("Kata sandi", { exact: true }).fill("Sandi-Uji-Petugas-1");
    await door.getByLabel("Ulangi kata sandi").fill("Sandi-Uji-Petugas-1");
    await checkLayout(door, "door-staff-accept");
    await door.getByRole("button", { name: "Buat kata sandi dan masuk" }).click();
    await expect(door).toHaveURL(new RegExp(`/checkin/${eventId}$`));

    await door.getByLabel("Hari", { exact: true }).selectOption(day);
    await scan(door, first!.code);
    await expect(door.getByTestId("scan-result")).toHaveAttribute("data-kind", "checked_in");
    await expect(door.getByTestId("scan-result")).toContainText(first!.name);
    await expect(door.getByTestId("pending-count")).toHaveText("Semua tersinkron");

    // The organiser takes the role away while the staffer's scanner is still open.
    await page.reload();
    const role = `Petugas pintu ${EVENT_TITLE}`;
    await page.getByRole("button", { name: `Cabut peran ${role} milik ${name}` }).click();
    await page.getByRole("group", { name: `Cabut peran ${role} dari ${name}?` }).getByRole("button", { name: "Ya, cabut" }).click();
    await expect(page.getByText(email)).toHaveCount(0);

    await scan(door, second!.code);
    await expect(door.getByTestId("scan-result").first()).toHaveAttribute("data-kind", "refused");
    await expect(door.getByTestId("scan-result").first()).toContainText("Ditolak: akses pintu Anda sudah dicabut");
    await expect(door.getByTestId("connection")).toHaveText("Akses pintu Anda sudah dicabut — pindaian tidak diterima");
    const refused = await door.request.post(`/api/checkin/${eventId}/scans`, {
      headers: { "Content-Type": "application/json", Origin: new URL(link).origin },
      data: { scans: [{ clientScanId: `${stamp}-again`, ticket: second!.code, day, sessionId: null, scannedAt: new Date().toISOString(), device: "Pintu" }] },
    });
    expect(refused.status()).toBe(403);
    await door.reload();
    await expect(door).toHaveURL(/\/forbidden$/);
  } finally {
    await staffer.close();
  }

  // The first scan counted; the one after the removal did not.
  const after = (await (await page.request.get(`/api/checkin/${eventId}/roster`)).json()) as Roster;
  const inToday = (id: string) => after.checkIns.some((c) => c.registrationId === id && c.day === day && c.scope === "");
  expect(inToday(first!.id)).toBe(true);
  expect(inToday(second!.id)).toBe(false);
});

test("the Tim & akses page lists the organisation's people and their roles", async ({ page }) => {
  await page.goto("/console");
  await page.getByRole("link", { name: "Tim & akses" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tim & akses" })).toBeVisible();
  const doorStaff = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Petugas Pintu 1" }) });
  await expect(doorStaff).toContainText(`Petugas pintu ${EVENT_TITLE}`);
  await checkLayout(page, "team");
});

test("a pending team invitation can be sent again with a new link, and revoked after one more question", async ({ page }, testInfo) => {
  const email = `tertunda-${runStamp(testInfo)}@uji.rakor.test`;
  await page.goto("/console/team");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Kirim undangan" }).click();
  const first = await page.getByLabel("Tautan undangan").first().inputValue();
  await page.reload();
  await page.getByRole("button", { name: `Kirim ulang undangan untuk ${email}` }).click();
  await expect(page.getByText(`Undangan untuk ${email} sudah masuk antrean email.`)).toBeVisible();
  const second = await page.getByLabel("Tautan undangan").inputValue();
  expect(second).toMatch(/\/invite\/[A-Za-z0-9_-]{22}$/);
  expect(second).not.toBe(first);
  await page.getByRole("button", { name: `Cabut undangan untuk ${email}` }).click();
  await page.getByRole("group", { name: `Cabut undangan untuk ${email}? Tautannya langsung tidak berlaku.` }).getByRole("button", { name: "Ya, cabut" }).click();
  await expect(page.getByRole("button", { name: `Kirim ulang undangan untuk ${email}` })).toHaveCount(0);
});
