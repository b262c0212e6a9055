import { describe, expect, it } from "vitest";
import { localizedAgendaPath } from "./locale-route";

const cookie = (name: string, value = "x") => ({ name, value });

describe("which copy of the cached agenda a reader gets", () => {
  it("gives the default-language copy to a reader without a language choice, or who chose Indonesian", () => {
    expect(localizedAgendaPath("/e/rakor-uji/agenda", [])).toBeNull();
    expect(localizedAgendaPath("/e/rakor-uji/agenda/", [cookie("NEXT_LOCALE", "id")])).toBeNull();
    // Signed in or not, the agenda shows nobody's account.
    expect(localizedAgendaPath("/e/rakor-uji/agenda", [cookie("authjs.session-token")])).toBeNull();
  });

  it("sends a reader who chose English to the English copy", () => {
    expect(localizedAgendaPath("/e/rakor-uji/agenda", [cookie("NEXT_LOCALE", "en")])).toBe("/e/rakor-uji/agenda-in/en");
  });

  it("ignores a language it does not have, and every other page", () => {
    expect(localizedAgendaPath("/e/rakor-uji/agenda", [cookie("NEXT_LOCALE", "fr")])).toBeNull();
    expect(localizedAgendaPath("/e/rakor-uji/agenda/abc", [cookie("NEXT_LOCALE", "en")])).toBeNull();
    expect(localizedAgendaPath("/e/rakor-uji", [cookie("NEXT_LOCALE", "en")])).toBeNull();
  });
});
