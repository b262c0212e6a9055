import { describe, expect, it } from "vitest";
import { attr, fill, html } from "./html";

describe("html templates", () => {
  it("escapes text, keeps nested templates, joins lists and drops empty parts", () => {
    const items = ["a&b", `"q"`].map((text) => html`<li>${text}</li>`);
    expect(html`<ul title="${"<x>"}">${items}${null}${false}${undefined}</ul>`.value).toBe('<ul title="&lt;x&gt;"><li>a&amp;b</li><li>&quot;q&quot;</li></ul>');
  });

  it("writes an attribute only when it has a value", () => {
    expect(html`<a${attr("aria-current", false)}${attr("aria-current", "page")}${attr("hidden", true)}>`.value).toBe('<a aria-current="page" hidden>');
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(fill("Agenda saya ({count}) {other}", { count: 2 })).toBe("Agenda saya (2) {other}");
  });
});
