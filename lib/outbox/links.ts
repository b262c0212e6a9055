// Links in a plain-text message, for the outbox's copy buttons. Invitation links come first.
export function linksIn(text: string): string[] {
  const found = (text.match(/https?:\/\/[^\s<>"')]+/g) ?? []).map((link) => link.replace(/[.,;:!?]+$/, ""));
  const unique = [...new Set(found)];
  return [...unique.filter((l) => l.includes("/invite/")), ...unique.filter((l) => !l.includes("/invite/"))];
}
