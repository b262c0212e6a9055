import type { Page } from "@playwright/test";
import { DEMO_EVENT_SLUG, ORGANIZER } from "./accounts";
import { checkLayout, expect, runStamp, test } from "./console-fixtures";

// The organizer's agenda editor (issue 5): a session entered on the event's clock (WIB) from a
// browser in another zone, a room clash shown as a warning and saved only on confirmation, an edit
// marked as changed, a cancellation, and a speaker's photo upload that refuses a non-image. Desktop
// and phone run one after the other against the same database, so names carry a per-run stamp.

test.use({ storageState: ORGANIZER.state, timezoneId: "Asia/Jayapura" });

const DEMO_TITLE = "Rapat Koordinasi Humas Pemasyarakatan se-Indonesia";
// A 1×1 PNG, built here rather than kept as a file.
const PNG_1X1 = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

async function openEventTab(page: Page, tab: string) {
  await page.goto("/console");
  await page.getByRole("link", { name: DEMO_TITLE }).first().click();
  await page.getByRole("navigation", { name: "Menu acara" }).getByRole("link", { name: tab, exact: true }).click();
}

const valuesOf = (page: Page, label: string) =>
  page.getByRole("textbox", { name: label, exact: true }).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

test.describe("agenda editor", () => {
  test.describe.configure({ mode: "serial" });
  let stamp = "";
  const speakerName = () => `Narasumber Uji ${stamp}`;
  const sessionTitle = () => `Sesi Uji ${stamp}`;

  test.beforeAll(({}, testInfo) => {
    stamp = runStamp(testInfo);
  });

  test("adds a speaker with a PNG photo, and refuses a file that is not an image", async ({ page }) => {
    await openEventTab(page, "Narasumber");
    await expect(page.getByRole("heading", { level: 2, name: "Narasumber" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Reynhard Silitonga" })).toBeVisible();
    await checkLayout(page, "speakers");
    await page.getByRole("link", { name: "Tambah narasumber" }).click();
    await page.getByLabel("Nama lengkap (dengan gelar)").fill(speakerName());
    await page.getByLabel("Jabatan").fill("Kepala Bagian Humas");
    await page.getByLabel("Instansi").fill("Ditjenpas");
    await page.getByRole("button", { name: "Simpan narasumber" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Ubah narasumber" })).toBeVisible();
    await expect(page.getByText("Belum ada foto.")).toBeVisible();

    const file = page.getByLabel("Pilih foto");
    await file.setInputFiles({ name: "foto.png", mimeType: "image/png", buffer: PNG_1X1 });
    await page.getByRole("button", { name: "Unggah foto" }).click();
    await expect(page.getByText("Foto tersimpan.")).toBeVisible();
    const photo = page.getByRole("img", { name: `Foto ${speakerName()}` });
    await expect(photo).toBeVisible();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

    // Named and typed as a PNG, but its bytes are text: refused, and the stored photo stays.
    await file.setInputFiles({ name: "bukan-foto.png", mimeType: "image/png", buffer: Buffer.from("ini bukan gambar") });
    await page.getByRole("button", { name: "Unggah foto" }).click();
    await expect(file).toHaveAccessibleDescription(/Berkas ini bukan foto JPEG, PNG atau WebP\./);
    await expect(file).toHaveAttribute("aria-invalid", "true");
    await checkLayout(page, "speaker-edit");
    await page.reload();
    await expect(page.getByRole("img", { name: `Foto ${speakerName()}` })).toBeVisible();
  });

  test("creates a session on the event's clock, is warned of the room clash, and saves only on confirmation", async ({ page }) => {
    await openEventTab(page, "Agenda");
    await expect(page.getByText("Semua waktu dalam WIB (Asia/Jakarta).")).toBeVisible();
    await expect(page.getByText("Sambutan Sekretaris Direktorat Jenderal Pemasyarakatan")).toBeVisible();
    await checkLayout(page, "agenda-day");
    await page.getByRole("link", { name: "Tambah sesi" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Sesi baru" })).toBeVisible();

    const starts = page.getByLabel("Mulai");
    const day = (await starts.inputValue()).slice(0, 10);
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(starts).toHaveAccessibleDescription(/Waktu WIB \(Asia\/Jakarta\)/);
    await page.getByLabel("Judul sesi").fill(sessionTitle());
    await page.getByLabel("Jenis sesi").selectOption("PANEL");
    await starts.fill(`${day}T09:30`);
    await page.getByLabel("Selesai").fill(`${day}T10:15`);
    await page.getByLabel("Ruangan").selectOption({ label: "Ballroom" });
    await page.getByRole("button", { name: "Tambah pengisi acara" }).click();
    await page.getByLabel("Nama", { exact: true }).selectOption({ label: speakerName() });
    await page.getByLabel("Peran").selectOption("MODERATOR");
    await checkLayout(page, "session-new");
    await page.getByRole("button", { name: "Simpan sesi" }).click();

    const warning = page.getByRole("alertdialog", { name: "Periksa jadwal ini" });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText("Ruangan Ballroom sudah dipakai “Sambutan Sekretaris Direktorat Jenderal Pemasyarakatan” (");
    await expect(warning).toContainText("09.30–10.00 WIB");
    await checkLayout(page, "session-warning");
    // Nothing was saved while the warning is open.
    const other = await page.context().newPage();
    await other.goto(`${new URL(page.url()).pathname.replace(/\/new$/, "")}?day=${day}`);
    await expect(other.getByText("Sambutan Sekretaris Direktorat Jenderal Pemasyarakatan")).toBeVisible();
    await expect(other.getByText(sessionTitle())).toHaveCount(0);
    await other.close();

    await page.getByRole("button", { name: "Tetap simpan" }).click();

    await expect(page).toHaveURL(new RegExp(`/agenda\\?day=${day}$`));
    const card = page.getByRole("listitem").filter({ hasText: sessionTitle() });
    // 09.30 WIB, though this browser's clock is WIT.
    await expect(card).toContainText("09.30–10.15 WIB");
    await expect(card).toContainText(`${speakerName()} (Moderator)`);
    await expect(card).not.toContainText("Diubah");
    // Saved despite the warning, it stays marked as clashing.
    await expect(card).toContainText("Bentrok");
    await checkLayout(page, "agenda-with-new-session");
  });

  test("edits the session, sees it marked changed, and is offered to announce it", async ({ page }) => {
    await openEventTab(page, "Agenda");
    await page.getByRole("link", { name: sessionTitle() }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Ubah sesi" })).toBeVisible();
    await expect(page.getByLabel("Mulai")).toHaveValue(/T09:30$/);
    await page.getByLabel("Ruangan").selectOption({ label: "Ruang Rapat Taman Palem" });
    await page.getByRole("button", { name: "Simpan perubahan" }).click();
    await expect(page.getByText("Sesi tersimpan.")).toBeVisible();
    const sessionId = new URL(page.url()).pathname.split("/").pop()!;

    const announce = page.getByRole("form", { name: "Umumkan perubahan" });
    await expect(announce).toBeVisible();
    await announce.getByLabel("Isi pengumuman").fill(`${sessionTitle()} pindah ke Ruang Rapat Taman Palem.`);
    await announce.getByRole("button", { name: "Umumkan" }).click();
    await expect(page.getByText(/Pengumuman terbit dan dikirim ke \d+ peserta\./)).toBeVisible();
    await checkLayout(page, "session-edited");

    await page.getByRole("link", { name: "Kembali ke agenda" }).click();
    const card = page.getByRole("listitem").filter({ hasText: sessionTitle() });
    await expect(card).toContainText("Diubah");
    await expect(card).not.toContainText("Bentrok");
    await expect(page.getByRole("region", { name: /Ruang Rapat Taman Palem/ }).getByText(sessionTitle())).toBeVisible();

    // A participant sees it at once on the public (cached) agenda: the session marked changed, in its
    // new room, and the announcement on the agenda page.
    const visitor = await page.context().browser()!.newContext({ storageState: { cookies: [], origins: [] }, baseURL: test.info().project.use.baseURL });
    const publicPage = await visitor.newPage();
    await publicPage.goto(`/e/${DEMO_EVENT_SLUG}/agenda/${sessionId}`);
    await expect(publicPage.getByRole("heading", { level: 1, name: sessionTitle() })).toBeVisible();
    await expect(publicPage.getByText(/^Diubah /)).toBeVisible();
    await expect(publicPage.getByText("Ruang Rapat Taman Palem").first()).toBeVisible();
    await publicPage.goto(`/e/${DEMO_EVENT_SLUG}/agenda`);
    await expect(publicPage.getByRole("region", { name: "Pengumuman" })).toContainText(`${sessionTitle()} pindah ke Ruang Rapat Taman Palem.`);
    await visitor.close();
  });

  test("cancels the session, which stays on the agenda marked cancelled", async ({ page }) => {
    await openEventTab(page, "Agenda");
    await page.getByRole("link", { name: sessionTitle() }).click();
    await page.getByRole("button", { name: "Batalkan sesi" }).click();
    await expect(page.getByText("Sesi dibatalkan.")).toBeVisible();
    await expect(page.getByText("Sesi ini dibatalkan.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Pulihkan sesi" })).toBeVisible();
    await page.getByRole("link", { name: "Kembali ke agenda" }).click();
    const card = page.getByRole("listitem").filter({ hasText: sessionTitle() });
    await expect(card).toContainText("Dibatalkan");

    // The speaker's page lists the session they are in.
    await openEventTab(page, "Narasumber");
    await expect(page.getByRole("listitem").filter({ hasText: speakerName() }).getByRole("link", { name: sessionTitle() })).toBeVisible();
  });

  test("rooms and tracks: adds a track with a colour and a room, refuses a duplicate room name", async ({ page }) => {
    await openEventTab(page, "Agenda");
    await page.getByRole("link", { name: "Ruangan & jalur" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Ruangan" })).toBeVisible();
    await checkLayout(page, "rooms-tracks");
    await page.locator("#room-new-name").fill(`Ruang Uji ${stamp}`);
    await page.getByRole("button", { name: "Tambah ruangan" }).click();
    await expect(page.getByText("Ruangan tersimpan.")).toBeVisible();
    await expect.poll(() => valuesOf(page, "Nama ruangan")).toContain(`Ruang Uji ${stamp}`);
    await page.locator("#room-new-name").fill("ballroom");
    await page.getByRole("button", { name: "Tambah ruangan" }).click();
    await expect(page.locator("#room-new-name")).toHaveAccessibleDescription("Sudah ada ruangan dengan nama ini.");
    await page.locator("#track-new-name").fill(`Jalur Uji ${stamp}`);
    await page.locator("#track-new-color").fill("#1d4ed8");
    await page.getByRole("button", { name: "Tambah jalur" }).click();
    await expect(page.getByText("Jalur tersimpan.")).toBeVisible();
    await expect.poll(() => valuesOf(page, "Nama jalur")).toContain(`Jalur Uji ${stamp}`);
    await expect.poll(() => valuesOf(page, "Warna")).toContain("#1d4ed8");
  });
});
