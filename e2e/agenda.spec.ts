import { expect, test, type Page } from "@playwright/test";
import { COORDINATOR, DEMO_EVENT_SLUG } from "./accounts";

// A participant on a phone (and at a desk): browses the demo agenda by day, opens a session, stars
// it, and still has agenda and star in airplane mode after one visit; reads the times in the
// event's zone (WIB) or switches to their own (WITA, WIT), always told which clock is shown.

const AGENDA = `/e/${DEMO_EVENT_SLUG}/agenda`;

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Waits until the service worker holds this page and every script and stylesheet it loaded. */
async function waitForOfflineCopy(page: Page, extraPages: string[] = []) {
  await page.waitForFunction(
    async (extra) => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration?.active) return false;
      const pages = await caches.open("rakor-pages-v1");
      const assets = await caches.open("rakor-assets-v1");
      for (const url of [location.href.split("#")[0]!, ...extra.map((p) => new URL(p, location.origin).href)]) {
        if (!(await pages.match(url, { ignoreVary: true }))) return false;
      }
      const files = [...document.querySelectorAll<HTMLScriptElement>("script[src]")].map((s) => s.src);
      files.push(...[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href));
      for (const file of files) if (!(await assets.match(file, { ignoreVary: true }))) return false;
      return true;
    },
    extraPages,
    { timeout: 30_000, polling: 500 },
  );
}

test("the event page leads to the agenda, which shows the days in WIB and fits the screen", async ({ page }) => {
  await page.goto(`/e/${DEMO_EVENT_SLUG}`);
  await page.getByRole("link", { name: "Lihat agenda acara" }).click();
  await expect(page).toHaveURL(new RegExp(`${AGENDA}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Agenda" })).toBeVisible();
  await expect(page.getByTestId("zone-shown")).toHaveText("Waktu ditampilkan dalam WIB (Asia/Jakarta), zona waktu acara.");
  const tabs = page.getByRole("tablist", { name: "Hari" }).getByRole("tab");
  await expect(tabs).toHaveCount(4);
  await expect(tabs.first()).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel").getByText("08.00–09.00 WIB").first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  // No framework: the page's one small script and its styles travel inside the page.
  await expect(page.locator("script[src]")).toHaveCount(0);
  await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(0);
  // The open formats are linked from the agenda.
  await expect(page.getByRole("link", { name: "schedule.xml (frab)" })).toHaveAttribute("href", `/e/${DEMO_EVENT_SLUG}/schedule.xml`);
  await expect(page.getByRole("link", { name: "Kalender lengkap (.ics)" })).toHaveAttribute("href", `/e/${DEMO_EVENT_SLUG}/agenda.ics`);
});

test("days are browsed with a tap or the arrow keys, and a session opens with its speakers", async ({ page }) => {
  await page.goto(AGENDA);
  const tabs = page.getByRole("tablist", { name: "Hari" }).getByRole("tab");
  await tabs.nth(1).click();
  await expect(tabs.nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel")).toHaveCount(1);
  await tabs.nth(1).press("ArrowRight");
  await expect(tabs.nth(2)).toHaveAttribute("aria-selected", "true");
  await expect(tabs.nth(2)).toBeFocused();
  await tabs.nth(2).press("Home");
  await expect(tabs.first()).toHaveAttribute("aria-selected", "true");

  await page.getByRole("link", { name: "Sambutan Sekretaris Direktorat Jenderal Pemasyarakatan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sambutan Sekretaris Direktorat Jenderal Pemasyarakatan" })).toBeVisible();
  await expect(page.getByText("09.30–10.00 WIB")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Narasumber" })).toBeVisible();
  await expect(page.getByText("Supriyanto", { exact: true })).toBeVisible();
  await expectNoSidewaysScroll(page);

  await page.getByRole("navigation", { name: "Bagian agenda" }).getByRole("link", { name: "Narasumber" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Reynhard Silitonga" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.getByRole("navigation", { name: "Bagian agenda" }).getByRole("link", { name: "Ruangan" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Ruang Rapat Taman Palem" })).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test("during the event, today's tab opens with what is on now and what comes next marked", async ({ page, request }) => {
  const schedule = await (await request.get(`/e/${DEMO_EVENT_SLUG}/schedule.json`)).json();
  const secondDay: string = schedule.schedule.conference.days[1].date;
  // 09:00 WIB on the second day: the social-media panel (08:30–10:00) runs, the coffee break is next.
  await page.clock.install({ time: new Date(`${secondDay}T09:00:00+07:00`) });
  await page.goto(AGENDA);
  await expect(page.getByRole("tablist", { name: "Hari" }).getByRole("tab").nth(1)).toHaveAttribute("aria-selected", "true");
  const cards = page.getByRole("tabpanel").getByRole("listitem");
  await expect(cards.filter({ hasText: "Pengelolaan Media Sosial UPT" }).getByText("Sedang berlangsung")).toBeVisible();
  await expect(cards.filter({ hasText: "Rehat Kopi" }).getByText("Berikutnya")).toBeVisible();
  await expect(page.getByText("Sedang berlangsung")).toHaveCount(1);
  await expect(page.getByText("Berikutnya", { exact: true })).toHaveCount(1);
});

test("a starred session stays starred, and agenda and star are still there offline after one visit", async ({ page, context }) => {
  await page.goto(AGENDA);
  const title = "Pembukaan: Lagu Indonesia Raya, Doa, dan Laporan Ketua Panitia";
  const star = page.getByRole("button", { name: `Simpan ke agenda saya: ${title}` });
  await star.click();
  const saved = page.getByRole("button", { name: `Hapus dari agenda saya: ${title}` });
  await expect(saved).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Agenda saya (1)" }).click();
  await expect(page.getByRole("tabpanel").getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Unduh agenda saya (.ics)" })).toHaveAttribute("href", /\/my-agenda\.ics\?s=[a-z0-9]+$/);

  const speakers = `/e/${DEMO_EVENT_SLUG}/speakers`;
  await waitForOfflineCopy(page, [speakers]);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Agenda" })).toBeVisible();
  await expect(page.getByText(/Anda sedang luring/)).toBeVisible();
  await expect(page.getByTestId("last-updated")).toContainText("Data agenda terakhir diperbarui");
  await expect(page.getByRole("button", { name: `Hapus dari agenda saya: ${title}` })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("navigation", { name: "Bagian agenda" }).getByRole("link", { name: "Narasumber" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Supriyanto" })).toBeVisible();
  await context.setOffline(false);
});

for (const { timeZone, label, opening } of [
  { timeZone: "Asia/Makassar", label: "WITA", opening: "09.00–10.00 WITA" },
  { timeZone: "Asia/Jayapura", label: "WIT", opening: "10.00–11.00 WIT" },
]) {
  test.describe(`a delegate whose phone is on ${label}`, () => {
    test.use({ timezoneId: timeZone });

    test(`sees WIB first, then switches to ${label} and is told so`, async ({ page }) => {
      await page.goto(AGENDA);
      const shown = page.getByTestId("zone-shown");
      await expect(shown).toHaveText("Waktu ditampilkan dalam WIB (Asia/Jakarta), zona waktu acara.");
      await expect(page.getByRole("tabpanel").getByText("08.00–09.00 WIB").first()).toBeVisible();
      await page.getByRole("button", { name: `Tampilkan dalam zona saya (${label})` }).click();
      await expect(shown).toHaveText(`Waktu ditampilkan dalam ${label} (${timeZone}), zona waktu perangkat Anda.`);
      await expect(page.getByRole("tabpanel").getByText(opening).first()).toBeVisible();
      await expect(page.getByRole("tabpanel").getByText(/WIB/)).toHaveCount(0);
      // The choice is remembered on the device, and the way back names the event's zone.
      await page.reload();
      await expect(shown).toHaveText(`Waktu ditampilkan dalam ${label} (${timeZone}), zona waktu perangkat Anda.`);
      await page.getByRole("button", { name: "Tampilkan dalam zona acara (WIB)" }).click();
      await expect(shown).toHaveText("Waktu ditampilkan dalam WIB (Asia/Jakarta), zona waktu acara.");
    });
  });
}

test.describe("from a ticket link", () => {
  test.use({ storageState: COORDINATOR.state });

  test("the agenda keeps the stars with the ticket, offers a personal .ics, and the ticket opens offline", async ({ page, browser }) => {
    // A coordinator copies a delegate's ticket link, as they would into WhatsApp.
    await page.goto("/unit");
    await page.getByRole("link", { name: "Kelola peserta" }).first().click();
    const confirmed = page.getByRole("listitem").filter({ has: page.getByText("Terkonfirmasi", { exact: true }) }).first();
    const ticketLink = await confirmed.getByRole("textbox").inputValue();
    const token = /\/t\/([A-Za-z0-9_-]{22})$/.exec(ticketLink)?.[1];
    expect(token).toBeTruthy();

    const visitor = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
    const phone = await visitor.newPage();
    await phone.goto(ticketLink);
    const toAgenda = phone.getByRole("link", { name: "Lihat agenda" });
    await expect(toAgenda).toHaveAttribute("href", `${AGENDA}#tiket=${token}`);
    await toAgenda.click();
    await expect(phone.getByText("Sesi yang Anda simpan tersimpan bersama tiket Anda di perangkat ini.")).toBeVisible();
    // The agenda takes the token out of the address bar, so a shared agenda link does not carry it.
    await expect(phone).toHaveURL(new RegExp(`${AGENDA}$`));
    const title = "Sambutan Sekretaris Direktorat Jenderal Pemasyarakatan";
    await phone.getByRole("button", { name: `Simpan ke agenda saya: ${title}` }).click();
    const personal = phone.getByRole("link", { name: "Unduh agenda saya (.ics)" });
    await expect(personal).toHaveAttribute("href", new RegExp(`^/t/${token}/agenda\\.ics\\?s=[a-z0-9]+$`));
    const calendar = await phone.request.get((await personal.getAttribute("href"))!);
    expect(calendar.status()).toBe(200);
    const body = await calendar.text();
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(body).toContain(`SUMMARY:${title}`);

    // Opened again without the fragment, the agenda still knows the ticket and its stars.
    await phone.goto(AGENDA);
    await expect(phone.getByRole("button", { name: `Hapus dari agenda saya: ${title}` })).toHaveAttribute("aria-pressed", "true");
    // Handed to a colleague, the phone forgets the ticket: its stars and personal calendar go with it.
    await phone.getByRole("button", { name: "Lupakan tiket ini di perangkat ini" }).click();
    await expect(phone.getByText("Sesi yang Anda simpan tersimpan di perangkat ini, tanpa perlu masuk.")).toBeVisible();
    await expect(phone.getByRole("button", { name: `Simpan ke agenda saya: ${title}` })).toHaveAttribute("aria-pressed", "false");
    await phone.reload();
    await expect(phone.getByRole("button", { name: `Simpan ke agenda saya: ${title}` })).toHaveAttribute("aria-pressed", "false");

    await phone.goto(ticketLink);
    await expect(phone.getByRole("img", { name: /Kode QR tiket/ })).toBeVisible();
    await waitForOfflineCopy(phone);
    await visitor.setOffline(true);
    await phone.reload();
    await expect(phone.getByRole("img", { name: /Kode QR tiket/ })).toBeVisible();
    await expect(phone.getByText(/Anda sedang luring/)).toBeVisible();
    await expect(phone.getByTestId("ticket-fetched-at")).toContainText("Data tiket ini diambil");
    await visitor.close();
  });
});

test("switching the language on the agenda renders it in English, and back", async ({ page }) => {
  await page.goto(AGENDA);
  await page.getByRole("button", { name: "en", exact: true }).click();
  await expect(page.getByTestId("zone-shown")).toHaveText("Times shown in WIB (Asia/Jakarta), the event's time zone.");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("tablist", { name: "Days" })).toBeVisible();
  await page.getByRole("button", { name: "id", exact: true }).click();
  await expect(page.getByTestId("zone-shown")).toHaveText("Waktu ditampilkan dalam WIB (Asia/Jakarta), zona waktu acara.");
});

test("an unknown event has no agenda, and the feeds answer 404 too", async ({ page, request }) => {
  const response = await page.goto("/e/tidak-ada-acara-ini/agenda");
  expect(response?.status()).toBe(404);
  expect((await request.get("/e/tidak-ada-acara-ini/schedule.xml")).status()).toBe(404);
});

test("the feeds are served with their types", async ({ request }) => {
  const xml = await request.get(`/e/${DEMO_EVENT_SLUG}/schedule.xml`);
  expect(xml.headers()["content-type"]).toContain("application/xml");
  expect(await xml.text()).toContain("<schedule>");
  const ics = await request.get(`/e/${DEMO_EVENT_SLUG}/agenda.ics`);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const vevents = (await ics.text()).match(/BEGIN:VEVENT/g) ?? [];
  const json = await request.get(`/e/${DEMO_EVENT_SLUG}/schedule.json`);
  const days = (await json.json()).schedule.conference.days as { rooms: Record<string, unknown[]> }[];
  // The demo's 33 sessions over four days, plus any the agenda editor's spec added before this one.
  const sessions = days.flatMap((day) => Object.values(day.rooms).flat());
  expect(days.length).toBeGreaterThanOrEqual(4);
  expect(sessions.length).toBeGreaterThanOrEqual(33);
  expect(vevents).toHaveLength(sessions.length);
});
