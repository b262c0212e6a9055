import type { Page } from "@playwright/test";
import { readPdf } from "../lib/documents/testing";
import { DOOR_STAFF, ORGANIZER } from "./accounts";
import { checkLayout, expect, test } from "./console-fixtures";

// Badges are printed the day before from the Dokumen page (a GET form that works without script),
// and at the door for someone who arrives without one. Both projects share one database: every
// assertion reads the state it starts from.

const EVENT_TITLE = "Rapat Koordinasi Humas Pemasyarakatan se-Indonesia";
const KARANGANYAR = "Lapas Khusus Kelas IIA Karanganyar Nusakambangan";

interface Roster {
  event: { id: string; days: string[] };
  participants: { id: string; name: string; status: string; code: string; unitName: string | null }[];
}

async function demoEventId(page: Page): Promise<string> {
  await page.goto("/console");
  await page.getByRole("link", { name: EVENT_TITLE }).click();
  await page.waitForURL(/\/console\/events\/[^/?#]+$/);
  return /\/console\/events\/([^/?#]+)/.exec(page.url())![1]!;
}

const roster = async (page: Page, eventId: string) => (await (await page.request.get(`/api/checkin/${eventId}/roster`)).json()) as Roster;

/** What the browser sends when the form is submitted with `button`: its formaction and the fields, as a GET would. */
async function submittedUrl(page: Page, button: string): Promise<string> {
  return page.getByRole("button", { name: button }).evaluate((element) => {
    const submit = element as HTMLButtonElement;
    const query = new URLSearchParams(new FormData(submit.form!, submit) as unknown as Record<string, string>).toString();
    return `${submit.formAction}?${query}`;
  });
}

test.describe("the organiser on the Dokumen page", () => {
  test.use({ storageState: ORGANIZER.state });

  test("counts the badges of a unit, downloads them as a PDF with its participants, and marks them printed", async ({ page }) => {
    const eventId = await demoEventId(page);
    const seated = (await roster(page, eventId)).participants.filter((p) => p.status === "CONFIRMED" && p.unitName === KARANGANYAR);
    expect(seated.length).toBeGreaterThan(0);

    await page.goto(`/console/events/${eventId}/documents`);
    await expect(page.getByRole("heading", { name: "Badge dan kartu meja" })).toBeVisible();
    await expect(page.getByTestId("badge-count")).toContainText(/Filter ini memberi \d+ badge/);
    await checkLayout(page, "documents-badges");

    await page.getByLabel("Unit", { exact: true }).selectOption({ label: KARANGANYAR });
    await page.getByRole("button", { name: "Hitung ulang" }).click();
    await page.waitForURL(/\/documents\/badges\?/);
    await expect(page.getByTestId("badge-count")).toContainText(`Filter ini memberi ${seated.length} badge`);
    await checkLayout(page, "badges-filter");

    const response = await page.request.get(await submittedUrl(page, "Unduh badge (PDF)"));
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    const text = (await readPdf(await response.body())).text.replace(/\s+/g, " ");
    for (const person of seated) expect(text).toContain(person.name);
    expect(text).toContain("PESERTA");
    expect(text).not.toContain("Yusuf Ramadhan");

    // Printed: now "Belum dicetak" of that unit gives no one, until someone new joins.
    await page.getByRole("button", { name: "Tandai sudah dicetak" }).click();
    await expect(page.getByText(/\d+ badge ditandai sudah dicetak\./)).toBeVisible();
    await page.getByLabel("Sudah dicetak?").selectOption("no");
    await page.getByRole("button", { name: "Hitung ulang" }).click();
    await expect(page.getByTestId("badge-count")).toContainText("Filter ini tidak memberi badge.");
    const empty = await page.request.get(await submittedUrl(page, "Unduh badge (PDF)"));
    expect((await readPdf(await empty.body())).text).toContain("Tidak ada badge untuk filter ini.");

    const speakers = await page.request.get(await submittedUrl(page, "Badge narasumber (PDF)"));
    expect(speakers.headers()["content-type"]).toBe("application/pdf");
    expect((await readPdf(await speakers.body())).text).toContain("NARASUMBER");

    const tent = await page.request.get(`/console/events/${eventId}/documents/tent-cards.pdf?speakers=1`);
    expect(tent.headers()["content-type"]).toBe("application/pdf");
    expect((await readPdf(await tent.body())).text).toContain("Supriyanto");
  });

  test("answers a bad size or unknown unit with 400 and says why", async ({ page }) => {
    const eventId = await demoEventId(page);
    const size = await page.request.get(`/console/events/${eventId}/documents/badges.pdf?size=12`);
    expect(size.status()).toBe(400);
    expect(await size.text()).toBe("Ukuran badge harus 8 atau 10 per halaman.");
    const unit = await page.request.get(`/console/events/${eventId}/documents/badges.pdf?unit=bukan-unit`);
    expect(unit.status()).toBe(400);
    expect(await unit.text()).toBe("Unit itu tidak ada di organisasi acara ini.");
    await page.goto(`/console/events/${eventId}/documents/badges?unit=bukan-unit`);
    await expect(page.locator("#badges-unit-error")).toHaveText("Unit itu tidak ada di organisasi acara ini.");
  });

  test("prints one participant's badge from the participant list", async ({ page }) => {
    const eventId = await demoEventId(page);
    const person = (await roster(page, eventId)).participants.find((p) => p.status === "CONFIRMED")!;
    await page.goto(`/console/events/${eventId}/participants?q=${encodeURIComponent(person.name)}`);
    const link = page.getByRole("link", { name: `Cetak badge ${person.name}` }).filter({ visible: true }).first();
    const badge = await page.request.get((await link.getAttribute("href"))!);
    expect(badge.headers()["content-type"]).toBe("application/pdf");
    expect((await readPdf(await badge.body())).text).toContain(person.name);
  });
});

test.describe("door staff", () => {
  test.use({ storageState: DOOR_STAFF.state });

  test("print the badge of the person just checked in from the result panel", async ({ page }) => {
    await page.goto("/checkin");
    await page.getByRole("link", { name: new RegExp(EVENT_TITLE) }).click();
    await expect(page.getByRole("heading", { level: 1, name: EVENT_TITLE })).toBeVisible();
    const eventId = /\/checkin\/([^/?#]+)/.exec(page.url())![1]!;
    const { event, participants } = await roster(page, eventId);
    const person = participants.filter((p) => p.status === "CONFIRMED").at(-1)!;
    await page.getByLabel("Hari", { exact: true }).selectOption(event.days.at(-1)!);
    await page.getByLabel("Kode tiket").fill(person.code);
    await page.getByRole("button", { name: "Periksa" }).click();
    const result = page.getByTestId("scan-result");
    await expect(result).toContainText(person.name);
    const link = result.getByRole("link", { name: `Cetak badge ${person.name}` });
    await expect(link).toBeVisible();
    await checkLayout(page, "door-badge-link");
    const badge = await page.request.get((await link.getAttribute("href"))!);
    expect(badge.status()).toBe(200);
    expect(badge.headers()["content-type"]).toBe("application/pdf");
    const text = (await readPdf(await badge.body())).text;
    expect(text).toContain(person.name);
    expect(text.match(/PESERTA/g)).toHaveLength(1);
  });
});
