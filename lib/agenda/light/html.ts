// HTML from template literals for the agenda page that is rendered without React (server and
// browser share its templates). Every interpolated value is escaped unless it is already Html, so
// titles typed by organizers can never become markup.

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return "";
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  return escapeHtml(String(part));
}

/** `html\`<p>${title}</p>\``: strings and numbers escaped, Html kept, arrays joined, null/false dropped. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0] ?? "";
  parts.forEach((part, index) => {
    out += render(part) + (strings[index + 1] ?? "");
  });
  return new Html(out);
}

/** An attribute present or absent: `${attr("hidden", !shown)}`. */
export function attr(name: string, value: string | boolean | null | undefined): Html {
  if (value === false || value === null || value === undefined) return new Html("");
  return new Html(value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`);
}

/** Fills `{name}` placeholders of a message (the agenda's messages use no plural or select forms). */
export function fill(message: string, values: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
