import { expect, test as setup } from "@playwright/test";
import { COORDINATOR, DEMO_PASSWORD, DOOR_STAFF, ORGANIZER } from "./accounts";

// Signs each role in once through the real form and keeps the session for the other specs.
for (const [account, landing] of [
  [ORGANIZER, /\/console$/],
  [COORDINATOR, /\/unit$/],
  [DOOR_STAFF, /\/checkin$/],
] as const) {
  setup(`sign in as ${account.email}`, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Alamat email").fill(account.email);
    await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await expect(page).toHaveURL(landing);
    await page.context().storageState({ path: account.state });
  });
}
