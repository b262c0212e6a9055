import { describe, expect, it } from "vitest";
import { liveAgendaPath } from "./live-route";

const cookie = (name: string, value = "x") => ({ name, value });
const get = (pathname: string, cookies: { name: string; value: string }[] = []) => liveAgendaPath({ method: "GET", pathname, cookies, isServerAction: false });

describe("which agenda requests are rendered per request instead of from the cache", () => {
  it("leaves an anonymous reader in the default language on the cached page", () => {
    expect(get("/e/rakor-uji/agenda")).toBeNull();
    expect(get("/e/rakor-uji/agenda/", [cookie("NEXT_LOCALE", "id")])).toBeNull();
  });

  it("renders for another language, a signed-in user or a server action", () => {
    expect(get("/e/rakor-uji/agenda", [cookie("NEXT_LOCALE", "en")])).toBe("/e/rakor-uji/agenda-live");
    expect(get("/e/rakor-uji/agenda", [cookie("authjs.session-token")])).toBe("/e/rakor-uji/agenda-live");
    expect(get("/e/rakor-uji/agenda", [cookie("__Secure-authjs.session-token")])).toBe("/e/rakor-uji/agenda-live");
    expect(liveAgendaPath({ method: "POST", pathname: "/e/rakor-uji/agenda", cookies: [], isServerAction: true })).toBe("/e/rakor-uji/agenda-live");
  });

  it("leaves every other page alone", () => {
    expect(get("/e/rakor-uji/agenda/abc", [cookie("NEXT_LOCALE", "en")])).toBeNull();
    expect(get("/e/rakor-uji", [cookie("NEXT_LOCALE", "en")])).toBeNull();
  });
});
