import { expect, test, type Page } from "@playwright/test";
import { DOOR_STAFF, ORGANIZER } from "./accounts";

// Door staff on a phone at 07:30 when the hotel Wi-Fi drops: scans keep working from the list on
// the device, wait in a queue with their original times, and reach the server when the network
// returns. Both projects share one database, so each project checks people in on its own day.

interface Roster {
  event: { id: string; days: string[] };
  participants: { id: string; name: string; status: string; code: string }[];
  checkIns: { registrationId: string; day: string; scope: string; checkedInAt: string; device: string | null }[];
}

async function openScanner(page: Page): Promise<string> {
  await page.goto("/checkin");
  await page.getByRole("link", { name: /Rapat Koordinasi Humas Pemasyarakatan/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapat Koordinasi Humas Pemasyarakatan se-Indonesia" })).toBeVisible();
  return /\/checkin\/([^/?#]+)/.exec(page.url())![1]!;
}

const roster = async (page: Page, eventId: string) => (await (await page.request.get(`/api/checkin/${eventId}/roster`)).json()) as Roster;

test.describe("door staff", () => {
  test.use({ storageState: DOOR_STAFF.state });

  test("three tickets typed while offline are checked in with their original times once the network returns", async ({ page, context }, testInfo) => {
    const eventId = await openScanner(page);
    const before = await roster(page, eventId);
    const day = before.event.days[testInfo.project.name === "phone" ? 1 : 0]!;
    const done = new Set(before.checkIns.filter((c) => c.day === day && c.scope === "").map((c) => c.registrationId));
    const people = before.participants.filter((p) => p.status === "CONFIRMED" && !done.has(p.id)).slice(0, 3);
    expect(people).toHaveLength(3);

    await page.getByLabel("Hari", { exact: true }).selectOption(day);
    await page.getByText(/^Perangkat:/).click();
    await page.getByLabel("Nama perangkat").fill(`Pintu ${testInfo.project.name}`);
    await context.setOffline(true);
    await expect(page.getByTestId("connection")).toContainText("Luring");

    const typedAt: { from: number; to: number }[] = [];
    for (const [i, person] of people.entries()) {
      const from = Date.now();
      // Typed the way people do: lower case, a space instead of the dash.
      await page.getByLabel("Kode tiket").fill(person.code.toLowerCase().replace("-", " "));
      await page.getByRole("button", { name: "Periksa" }).click();
      const result = page.getByTestId("scan-result");
      await expect(result).toHaveAttribute("data-kind", "checked_in");
      await expect(result).toContainText(person.name);
      await expect(result).toContainText("Tersimpan di perangkat");
      typedAt.push({ from, to: Date.now() });
      await expect(page.getByTestId("pending-count")).toHaveText(`${i + 1} menunggu sinkron`);
    }

    // The same ticket again, still offline: the device itself knows the person is in.
    await page.getByLabel("Kode tiket").fill(people[0]!.code);
    await page.getByRole("button", { name: "Periksa" }).click();
    await expect(page.getByTestId("scan-result")).toHaveAttribute("data-kind", "already");
    await expect(page.getByTestId("pending-count")).toHaveText("3 menunggu sinkron");

    await page.waitForTimeout(1_500);
    const reconnectedAt = Date.now();
    await context.setOffline(false);
    await expect(page.getByTestId("pending-count")).toHaveText("Semua tersinkron", { timeout: 20_000 });
    await expect(page.getByTestId("connection")).toHaveText("Daring");

    const after = await roster(page, eventId);
    for (const [i, person] of people.entries()) {
      const checkIns = after.checkIns.filter((c) => c.registrationId === person.id && c.day === day && c.scope === "");
      expect(checkIns).toHaveLength(1);
      const at = Date.parse(checkIns[0]!.checkedInAt);
      expect(at).toBeGreaterThanOrEqual(typedAt[i]!.from);
      expect(at).toBeLessThanOrEqual(typedAt[i]!.to);
      expect(at).toBeLessThan(reconnectedAt);
      expect(checkIns[0]!.device).toBe(`Pintu ${testInfo.project.name}`);
    }
  });

  test("a queue longer than one sync request can carry reaches the server in parts after a reload", async ({ page }, testInfo) => {
    const eventId = await openScanner(page);
    const { event } = await roster(page, eventId);
    const queueKey = `rakor.checkin.${eventId}.queue`;
    // A long day offline at a big door: more scans than one request may carry (MAX_SYNC_BATCH is 500).
    await page.evaluate(
      ({ key, day, run }) => {
        const scannedAt = new Date().toISOString();
        const scans = Array.from({ length: 520 }, (_, i) => ({ clientScanId: `${run}-${i}`, ticket: `ZZ${i}`, day, sessionId: null, scannedAt, device: "Pintu antrean" }));
        localStorage.setItem(key, JSON.stringify(scans));
      },
      { key: queueKey, day: event.days[0]!, run: `antrean-${testInfo.project.name}-${Date.now()}` },
    );
    await page.reload();
    const queued = () => page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? "[]") as unknown[]).length, queueKey);
    await expect.poll(queued, { timeout: 90_000 }).toBe(0);
    await expect(page.getByTestId("pending-count")).toHaveText("Semua tersinkron");
    await expect(page.getByTestId("connection")).toHaveText("Daring");
  });

  test("a refused ticket is red with the reason, and a check-in can be undone within minutes", async ({ page }, testInfo) => {
    const eventId = await openScanner(page);
    const before = await roster(page, eventId);
    const day = before.event.days[testInfo.project.name === "phone" ? 3 : 2]!;
    await page.getByLabel("Hari", { exact: true }).selectOption(day);

    await page.getByLabel("Kode tiket").fill("ZZZZ-ZZZZ");
    await page.getByRole("button", { name: "Periksa" }).click();
    await expect(page.getByTestId("scan-result")).toHaveAttribute("data-kind", "refused");
    await expect(page.getByTestId("scan-result")).toContainText("tiket tidak dikenal");

    const done = new Set(before.checkIns.filter((c) => c.day === day && c.scope === "").map((c) => c.registrationId));
    const person = before.participants.find((p) => p.status === "CONFIRMED" && !done.has(p.id))!;
    await page.getByLabel("Cari peserta").fill(person.name.split(" ")[0]!);
    await page.getByRole("button", { name: new RegExp(person.name) }).click();
    const result = page.getByTestId("scan-result");
    await expect(result).toHaveAttribute("data-kind", "checked_in");
    await expect(page.getByTestId("pending-count")).toHaveText("Semua tersinkron");
    await expect(result).not.toContainText("Tersimpan di perangkat");

    await result.getByRole("button", { name: "Batalkan check-in" }).click();
    await expect(page.getByTestId("scan-result")).not.toContainText(person.name);
    await expect.poll(async () => (await roster(page, eventId)).checkIns.some((c) => c.registrationId === person.id && c.day === day)).toBe(false);

    await page.screenshot({ path: testInfo.outputPath("scanner.png"), fullPage: true });
  });
});

test.describe("organizer", () => {
  test.use({ storageState: ORGANIZER.state });

  test("follows attendance live from the console and downloads the daftar hadir", async ({ page }, testInfo) => {
    await page.goto("/console");
    await page.getByRole("link", { name: /Rapat Koordinasi Humas Pemasyarakatan/ }).first().click();
    await page.getByRole("link", { name: "Kehadiran" }).click();
    await expect(page.getByTestId("present-total")).toContainText(/\d+ hadir dari \d+ terdaftar/);
    const pdf = await page.request.get((await page.getByRole("link", { name: "Unduh daftar hadir (PDF)" }).getAttribute("href"))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    await page.screenshot({ path: testInfo.outputPath("attendance.png"), fullPage: true });
  });

  test("asks the participant to sign after check-in when the event requires it, and keeps the signature", async ({ page }, testInfo) => {
    await page.goto("/console");
    await page.getByRole("link", { name: /Rapat Koordinasi Humas Pemasyarakatan/ }).first().click();
    await page.getByRole("link", { name: "Kehadiran" }).click();
    const setting = page.getByLabel("Peserta menandatangani daftar hadir di perangkat petugas");
    await setting.check();
    // Saved when a reload still shows it.
    await expect.poll(async () => (await page.reload(), await setting.isChecked())).toBe(true);
    try {
      // Organizers may scan too; the scanner reads the setting when it opens.
      const eventId = /\/console\/events\/([^/]+)/.exec(page.url())![1]!;
      await page.goto(`/checkin/${eventId}`);
      const before = await roster(page, eventId);
      const day = before.event.days[testInfo.project.name === "phone" ? 2 : 3]!;
      await page.getByLabel("Hari", { exact: true }).selectOption(day);
      const done = new Set(before.checkIns.filter((c) => c.day === day && c.scope === "").map((c) => c.registrationId));
      const person = before.participants.find((p) => p.status === "CONFIRMED" && !done.has(p.id))!;
      await page.getByLabel("Kode tiket").fill(person.code);
      await page.getByRole("button", { name: "Periksa" }).click();
      await expect(page.getByTestId("scan-result")).toHaveAttribute("data-kind", "checked_in");
      const pad = page.getByRole("group", { name: `Tanda tangan ${person.name}` });
      await expect(pad).toBeVisible();
      await pad.locator("canvas").scrollIntoViewIfNeeded();
      const box = (await pad.locator("canvas").boundingBox())!;
      await page.mouse.move(box.x + 20, box.y + box.height / 2);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 20 + i * 15, box.y + box.height / 2 + (i % 2 ? 15 : -15));
      await page.mouse.up();
      await pad.getByRole("button", { name: "Simpan tanda tangan" }).click();
      await expect(pad).toBeHidden();
      const sheet = await page.request.get(`/console/events/${eventId}/attendance/daftar-hadir.xlsx?day=${day}`);
      expect(sheet.status()).toBe(200);
    } finally {
      await page.goto("/console");
      await page.getByRole("link", { name: /Rapat Koordinasi Humas Pemasyarakatan/ }).first().click();
      await page.getByRole("link", { name: "Kehadiran" }).click();
      await setting.uncheck();
      await expect.poll(async () => (await page.reload(), await setting.isChecked())).toBe(false);
    }
  });
});
