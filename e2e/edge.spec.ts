import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { DEMO_EVENT_SLUG, ORGANIZER } from "./accounts";

// The edge as a client on the internet meets it (issue 11, items 3, 4 and 14): the real start
// script, edge server and production build, read through real response headers.

const FORGED = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.9" };
const PNG_1X1 = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

test.describe("the edge", () => {
  test("a client-sent X-Forwarded-Host reaches neither a publicly cached feed nor its calendar links", async ({ request, baseURL }) => {
    for (const feed of ["schedule.json", "schedule.xml", "agenda.ics"]) {
      const response = await request.get(`/e/${DEMO_EVENT_SLUG}/${feed}`, { headers: FORGED });
      expect(response.status(), feed).toBe(200);
      const body = await response.text();
      expect(body, feed).not.toContain("evil.example");
      expect(body, feed).toContain(`${baseURL}/e/${DEMO_EVENT_SLUG}`);
    }
    expect((await request.get(`/e/${DEMO_EVENT_SLUG}/schedule.json`)).headers()["cache-control"]).toMatch(/public/);
  });

  test("plain HTTP gets no HSTS, even when a client claims X-Forwarded-Proto: https", async ({ request }) => {
    for (const headers of [{}, FORGED]) {
      const response = await request.get("/login", { headers });
      expect(response.headers()["strict-transport-security"]).toBeUndefined();
      expect(response.headers()["content-security-policy"]).toMatch(/default-src 'self'/);
      expect(response.headers()["x-frame-options"]).toBe("DENY");
    }
  });

  test("the public agenda allows its one inline script by hash, and the script runs without a violation", async ({ request, page }) => {
    const response = await request.get(`/e/${DEMO_EVENT_SLUG}/agenda`);
    const policy = response.headers()["content-security-policy"] ?? "";
    const scriptSrc = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"));
    expect(scriptSrc).not.toContain("unsafe-inline");
    const html = await response.text();
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
    expect(inline).toHaveLength(1);
    const hash = createHash("sha256").update(inline[0]!).digest("base64");
    expect(scriptSrc).toBe(`script-src 'self' 'sha256-${hash}'`);

    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { violations: string[] }).violations.push(e.violatedDirective));
    });
    await page.goto(`/e/${DEMO_EVENT_SLUG}/agenda`);
    await expect(page.locator("#agenda-browser")).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });

  test.describe("speaker photos", () => {
    test.use({ storageState: ORGANIZER.state });

    test("a speaker's photo keeps its own sandbox policy, in the console and on the public page", async ({ page, baseURL }) => {
      await page.goto("/console");
      await page.getByRole("link", { name: "Rapat Koordinasi Humas Pemasyarakatan se-Indonesia" }).first().click();
      await page.getByRole("navigation", { name: "Menu acara" }).getByRole("link", { name: "Narasumber", exact: true }).click();
      await page.getByRole("link", { name: "Reynhard Silitonga" }).click();
      await expect(page).toHaveURL(/\/console\/events\/[^/]+\/speakers\/[^/]+$/);
      const consolePhoto = `${new URL(page.url()).pathname}/photo`;
      const speakerId = consolePhoto.split("/").at(-2)!;
      const upload = await page.request.post(consolePhoto, {
        headers: { origin: baseURL! },
        multipart: { photo: { name: "foto.png", mimeType: "image/png", buffer: PNG_1X1 } },
      });
      expect(await upload.json()).toMatchObject({ ok: true });

      for (const path of [consolePhoto, `/e/${DEMO_EVENT_SLUG}/speakers/${speakerId}/photo`]) {
        const photo = await page.request.get(path);
        expect(photo.status(), path).toBe(200);
        expect(photo.headers()["content-type"], path).toBe("image/png");
        expect(photo.headers()["content-security-policy"], path).toBe("default-src 'none'; sandbox");
      }
    });
  });
});
