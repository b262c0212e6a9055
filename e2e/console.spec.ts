import { ORGANIZER } from "./accounts";
import { checkLayout, deviceOf, expect, runStamp, test, watchErrors } from "./console-fixtures";

// The organizer's path through the console, as issue 3 promises it: create an event, import units
// from a CSV file, invite them with quotas, invite a coordinator who then signs in through the
// invitation link. Desktop and phone run one after the other against the same database, so every
// event, unit, province and address here carries a stamp of its own run and project.

test.use({ storageState: ORGANIZER.state });

const CSV_HEADER = "code,name,type,class,province,city,timezone";

test.describe("organizer console", () => {
  // Each step works on what the one before created.
  test.describe.configure({ mode: "serial" });
  let stamp = "";
  let eventId = "";
  const names = () => ({
    title: `Rakor Humas Wilayah Timur ${stamp}`,
    slug: `rakor-uji-${stamp}`,
    province: `Provinsi Uji ${stamp}`,
  });
  const units = () =>
    (["Satu", "Dua", "Tiga"] as const).map((word, index) => ({
      code: `UJI-${stamp.toUpperCase()}-${index + 1}`,
      name: `${["Lapas", "Rutan", "Bapas"][index]} Uji ${stamp} ${word}`,
      type: ["Lapas", "Rutan", "Bapas"][index]!,
    }));
  const csvLine = (unit: { code: string; name: string; type: string }) =>
    [unit.code, unit.name, unit.type, "IIB", names().province, "Kota Uji", "Asia/Makassar"].join(",");

  test.beforeAll(({}, testInfo) => {
    stamp = runStamp(testInfo);
  });

  test("creates an event in WITA through the form and sees it saved", async ({ page }) => {
    const { title, slug } = names();
    await page.goto("/console");
    await checkLayout(page, "console-events");
    await page.getByRole("link", { name: "Buat acara" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Buat acara" })).toBeVisible();

    await page.getByLabel("Nama acara", { exact: true }).fill(title);
    await page.getByLabel("Alamat acara", { exact: true }).fill(slug);
    await page.getByLabel("Nama tempat", { exact: true }).fill("Hotel Uji Makassar");
    await page.getByLabel("Kota", { exact: true }).fill("Makassar");
    await page.getByLabel("Zona waktu acara", { exact: true }).selectOption("Asia/Makassar");
    await page.getByLabel("Mulai", { exact: true }).fill("2031-03-10T08:00");
    await page.getByLabel("Selesai", { exact: true }).fill("2031-03-12T16:00");
    await page.getByLabel("Pendaftaran dibuka", { exact: true }).fill("2031-01-06T08:00");
    await page.getByLabel("Pendaftaran ditutup", { exact: true }).fill("2031-03-01T17:00");
    await page.getByLabel("Kapasitas (kursi)", { exact: true }).fill("10");
    await checkLayout(page, "event-new-filled");
    await page.getByRole("button", { name: "Buat acara" }).click();

    await expect(page).toHaveURL(/\/console\/events\/(?!new$)[a-z0-9]+$/);
    eventId = new URL(page.url()).pathname.split("/").pop()!;
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Draf", { exact: true })).toBeVisible();
    // Shown on the event's own clock, and said so.
    await expect(page.getByText(/08\.00–16\.00 WITA/)).toBeVisible();
    await checkLayout(page, "event-overview");

    // The edit form reads the saved times back in WITA, not in the browser's or server's zone.
    await page.getByRole("navigation", { name: "Menu acara" }).getByRole("link", { name: "Ubah" }).click();
    await expect(page.getByLabel("Zona waktu acara", { exact: true })).toHaveValue("Asia/Makassar");
    await expect(page.getByLabel("Mulai", { exact: true })).toHaveValue("2031-03-10T08:00");
    await expect(page.getByLabel("Pendaftaran ditutup", { exact: true })).toHaveValue("2031-03-01T17:00");
    await expect(page.getByLabel("Kapasitas (kursi)", { exact: true })).toHaveValue("10");
    await expect(page.getByLabel("Alamat acara", { exact: true })).toHaveValue(slug);
  });

  test("an end before the start is refused at the field and nothing is saved; the audit tab lists the change that was", async ({ page }) => {
    const edit = `/console/events/${eventId}/edit`;
    await page.goto(edit);
    const ends = page.getByLabel("Selesai", { exact: true });
    await ends.fill("2031-03-09T08:00");
    await page.getByRole("button", { name: "Simpan perubahan" }).click();
    await expect(ends).toHaveAttribute("aria-invalid", "true");
    await expect(ends).toHaveAccessibleDescription("Waktu selesai harus setelah waktu mulai.");
    await expect(page.getByText("Perubahan tersimpan.")).toHaveCount(0);
    await checkLayout(page, "event-edit-error");

    await page.reload();
    await expect(page.getByLabel("Selesai", { exact: true })).toHaveValue("2031-03-12T16:00");

    // A valid change is saved and recorded.
    await page.getByLabel("Tema", { exact: true }).fill("Sinergi Uji Timur");
    await page.getByLabel("Selesai", { exact: true }).fill("2031-03-12T17:00");
    await page.getByRole("button", { name: "Simpan perubahan" }).click();
    await expect(page.getByText("Perubahan tersimpan.")).toBeVisible();

    await page.getByRole("navigation", { name: "Menu acara" }).getByRole("link", { name: "Log audit" }).click();
    await expect(page.getByRole("heading", { name: "Log audit (2 catatan)" })).toBeVisible();
    const entries = page.locator("ol > li");
    await expect(entries).toHaveCount(2);
    // In the organizer's words, not the code's.
    const update = entries.filter({ hasText: "Acara diubah · Acara" });
    await expect(update.getByRole("row").filter({ hasText: "Sinergi Uji Timur" })).toBeVisible();
    // Times in the record are on the event's clock too.
    const endRow = update.getByRole("row").filter({ hasText: "Selesai" });
    await expect(endRow).toContainText("16.00 WITA");
    await expect(endRow).toContainText("17.00 WITA");
    await expect(entries.filter({ hasText: "Acara dibuat" })).toBeVisible();
    await expect(page.getByText("event.update")).toHaveCount(0);
    // The refused end time never reached the record.
    await expect(page.getByText(/\b9 Maret 2031/)).toHaveCount(0);
    await checkLayout(page, "event-audit");
  });

  test("imports units from a CSV file: a file with a problem is stopped at its line, a clean one is imported", async ({ page }) => {
    const [first, second, third] = units();
    await page.goto("/console/units");
    await checkLayout(page, "units-list");
    await page.getByRole("navigation", { name: "Menu unit kerja" }).getByRole("link", { name: "Impor CSV" }).click();
    await expect(page.getByRole("heading", { name: "Impor unit dari CSV" })).toBeVisible();
    const file = page.getByLabel("Pilih berkas CSV");

    const withProblem = [CSV_HEADER, csvLine(first!), csvLine({ ...second!, type: "Penjara" }), csvLine(third!)].join("\n");
    await file.setInputFiles({ name: "unit-bermasalah.csv", mimeType: "text/csv", buffer: Buffer.from(withProblem) });
    const problems = page.getByRole("table", { name: "Baris bermasalah" });
    await expect(problems).toBeVisible();
    const problemRow = problems.getByRole("row").filter({ hasText: second!.code });
    await expect(problemRow.getByRole("rowheader")).toHaveText("3");
    await expect(problemRow).toContainText("Jenis: Jenis tidak dikenal.");
    await expect(page.getByRole("button", { name: /^Impor \d+ unit$/ })).toHaveCount(0);
    await checkLayout(page, "units-import-problem");

    const clean = [CSV_HEADER, ...units().map(csvLine)].join("\r\n");
    await file.setInputFiles({ name: "unit-bersih.csv", mimeType: "text/csv", buffer: Buffer.from(clean) });
    await expect(problems).toHaveCount(0);
    await expect(page.getByText(`Kanwil baru akan dibuat untuk: ${names().province}.`)).toBeVisible();
    const start = page.getByRole("button", { name: "Impor 3 unit" });
    await expect(start).toBeEnabled();
    await start.click();
    const finished = page.getByRole("status").filter({ hasText: "Impor selesai" });
    await expect(finished).toHaveText(/Impor selesai: 3 unit baru, 0 diperbarui, 0 tanpa perubahan\.\s*1 Kanwil baru dibuat\./);
    await checkLayout(page, "units-import-done");

    await finished.getByRole("link", { name: "Lihat daftar unit" }).click();
    await page.getByLabel("Cari nama atau kode").fill(stamp);
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await expect(page.getByText("3 unit", { exact: true })).toBeVisible();
    for (const unit of units()) await expect(page.getByText(unit.name).locator("visible=true")).toBeVisible();
  });

  test("invites units with quotas, one by one and by province, and confirms an over-allocation", async ({ page }) => {
    const [first, , third] = units();
    await page.goto(`/console/events/${eventId}/units`);
    const summary = page.getByRole("region", { name: "Ringkasan kuota" });
    await expect(summary).toContainText("Kuota terbagi 0 dari 10 kursi");

    await page.getByLabel("Cari unit (nama atau kode)").fill(first!.code);
    await page.getByRole("button", { name: "Cari unit" }).click();
    const pick = page.getByRole("listitem").filter({ has: page.getByLabel(`Kursi untuk ${first!.name}`, { exact: true }) });
    await expect(pick.getByLabel(`Kursi untuk ${first!.name}`, { exact: true })).toHaveValue("2");
    await checkLayout(page, "quotas-picker");
    await pick.getByRole("button", { name: "Undang" }).click();
    await expect(summary).toContainText("Kuota terbagi 2 dari 10 kursi");
    await expect(summary).toContainText(`${first!.name} diundang dengan 2 kursi.`);

    await page.getByText("Undang sekaligus").click();
    await page.getByLabel("Provinsi (Kanwil)").selectOption(names().province);
    await page.getByLabel("Kursi per unit").fill("3");
    await page.getByRole("button", { name: "Undang unit" }).click();
    await expect(summary).toContainText("Kuota terbagi 9 dari 10 kursi");
    await expect(summary).toContainText("2 unit baru diundang, 1 unit diubah kuotanya, 0 unit tetap.");
    await expect(summary).toContainText("Sisa 1 kursi belum dibagi");
    await expect(page.getByRole("heading", { name: "Unit yang diundang (3 unit)" })).toBeVisible();

    // Five seats for the third unit would make 11 of 10: the organizer is asked first.
    const seatsOfThird = page.getByLabel(`Kursi untuk ${third!.name}`, { exact: true });
    const row = page.getByRole("listitem").filter({ has: seatsOfThird });
    await seatsOfThird.fill("5");
    await row.getByRole("button", { name: "Simpan" }).click();
    const confirm = row.getByRole("alertdialog", { name: "Kuota melebihi kapasitas" });
    await expect(confirm).toContainText("Jumlah kuota akan menjadi 11 kursi, melebihi kapasitas acara 10 kursi (lebih 1 kursi).");
    await checkLayout(page, "quotas-confirm");
    await confirm.getByRole("button", { name: "Batal" }).click();
    await expect(confirm).toHaveCount(0);
    await expect(summary).toContainText("Kuota terbagi 9 dari 10 kursi");

    await row.getByRole("button", { name: "Simpan" }).click();
    await confirm.getByRole("button", { name: "Tetap simpan" }).click();
    await expect(summary).toContainText("Kuota terbagi 11 dari 10 kursi");
    await expect(summary).toContainText("Melebihi kapasitas 1 kursi");
    await page.reload();
    await expect(page.getByLabel(`Kursi untuk ${third!.name}`, { exact: true })).toHaveValue("5");
    await checkLayout(page, "quotas-list");
  });

  test("invites a coordinator by email, who signs in through the link once and only once", async ({ page, browser }, testInfo) => {
    const [first] = units();
    const email = `koordinator-${stamp}@uji.rakor.test`;
    await page.goto(`/console/events/${eventId}/coordinators?q=${encodeURIComponent(first!.code)}`);
    const card = page.getByRole("region", { name: first!.name });
    await expect(card).toContainText("Belum ada koordinator.");
    await card.getByText("Undang koordinator").click();
    await card.getByLabel("Email koordinator").fill(email);
    await card.getByLabel("Nama (opsional)").fill("Andi Koordinator");
    await card.getByRole("button", { name: "Kirim undangan" }).click();
    await expect(card.getByText(`Undangan untuk ${email} sudah masuk antrean email.`)).toBeVisible();
    const linkField = card.getByLabel("Tautan undangan");
    const link = await linkField.inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invite\/[A-Za-z0-9_-]{20,}$/);
    await card.getByRole("button", { name: "Salin tautan" }).click();
    await expect(card.getByRole("status").filter({ hasText: /Tersalin|Tautan sudah dipilih/ })).toBeVisible();
    await checkLayout(page, "coordinators-issued");

    // The same link waits in the outbox, where it can be copied again if the page was closed.
    await page.goto("/console/outbox");
    const mail = page.locator("details").filter({ hasText: `Kepada: ${email}` });
    await mail.locator("summary").click();
    await expect(mail.getByLabel("Tautan undangan")).toHaveValue(link);
    await checkLayout(page, "outbox");

    const errors: string[] = [];
    const newcomer = await browser.newContext(deviceOf(testInfo));
    try {
      const invited = await newcomer.newPage();
      watchErrors(invited, errors);
      await invited.goto(link);
      await expect(invited.getByRole("heading", { level: 1, name: "Undangan koordinator unit" })).toBeVisible();
      await expect(invited.getByText(first!.name)).toBeVisible();
      await expect(invited.getByText(email)).toBeVisible();
      await expect(invited.getByLabel("Nama lengkap")).toHaveValue("Andi Koordinator");
      await invited.getByLabel("Kata sandi", { exact: true }).fill("Sandi-Uji-Koordinator-1");
      await invited.getByLabel("Ulangi kata sandi").fill("Sandi-Uji-Koordinator-1");
      await checkLayout(invited, "invite-accept");
      await invited.getByRole("button", { name: "Buat kata sandi dan masuk" }).click();
      await expect(invited).toHaveURL(/\/unit$/);
      await expect(invited.getByRole("heading", { name: first!.name })).toBeVisible();
      await checkLayout(invited, "unit-portal");
    } finally {
      await newcomer.close();
    }

    const stranger = await browser.newContext(deviceOf(testInfo));
    try {
      const again = await stranger.newPage();
      watchErrors(again, errors);
      await again.goto(link);
      await expect(again.getByRole("heading", { level: 1, name: "Undangan ini sudah dipakai" })).toBeVisible();
      await expect(again.getByText("Setiap tautan undangan hanya bisa dipakai satu kali, dan tautan ini sudah dipakai.")).toBeVisible();
      await expect(again.getByLabel("Kata sandi", { exact: true })).toHaveCount(0);
    } finally {
      await stranger.close();
    }
    expect(errors, "no script errors on the invitation pages").toEqual([]);

    await page.goto(`/console/events/${eventId}/coordinators?q=${encodeURIComponent(first!.code)}`);
    await expect(card).toContainText("Andi Koordinator");
    await expect(card).toContainText("Diterima");
  });
});

test("every console page of the demo event fits the screen", async ({ page }) => {
  await page.goto("/console");
  await page.getByRole("link", { name: "Rapat Koordinasi Humas Pemasyarakatan se-Indonesia" }).click();
  await expect(page).toHaveURL(/\/console\/events\/[a-z0-9]+$/);
  const base = new URL(page.url()).pathname;
  await checkLayout(page, "demo-overview");
  for (const [path, name] of [
    ["/edit", "demo-edit"],
    ["/units", "demo-units"],
    ["/units?find=", "demo-units-picker"],
    ["/participants", "demo-participants"],
    ["/coordinators", "demo-coordinators"],
    ["/audit", "demo-audit"],
  ] as const) {
    await page.goto(`${base}${path}`);
    await expect(page.getByRole("heading", { level: 1, name: "Rapat Koordinasi Humas Pemasyarakatan se-Indonesia" })).toBeVisible();
    await checkLayout(page, name);
  }
  for (const [path, name] of [
    ["/console/units/provinces", "units-provinces"],
    ["/console/units/new", "units-new"],
    ["/console/units/import", "units-import"],
  ] as const) {
    await page.goto(path);
    await checkLayout(page, name);
  }
});
