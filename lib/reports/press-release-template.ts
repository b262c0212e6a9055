import { documentTexts, type Translate } from "@/lib/documents/labels";
import { dayNameRange, numericDateRange } from "./date-words";
import { countInWords } from "@/lib/documents/number-words";
import type { ReportFacts } from "./queries";
import { place } from "./report-blocks";
import type { PressReleaseText } from "./schema";

// The siaran pers as the template writes it from the facts, in the style of a Humas news item:
// "JAKARTA – Direktorat Jenderal … menyelenggarakan … pada Senin–Kamis (22–25/12/2026) di …,
// dihadiri oleh 150 (seratus lima puluh) peserta dari 54 (lima puluh empat) UPT …". No guessing:
// every sentence comes from a fact, and a missing fact drops its sentence.

export function pressReleaseTemplate(facts: ReportFacts, t: Translate = documentTexts("reports.press")): PressReleaseText {
  const { event, organization } = facts;
  const first = facts.days[0]!;
  const last = facts.days.at(-1)!;
  const who = organization.shortName ?? organization.name;
  const paragraphs: string[] = [];

  const when = t("when", { days: dayNameRange(first, last), dates: numericDateRange(first, last) });
  const audience = facts.attendanceRecorded
    ? t("attended", { count: countInWords(facts.attended), units: countInWords(facts.unitsPresent) }) + (facts.attendedOnlineOnly > 0 ? t("attendedOnline", { online: countInWords(facts.attendedOnlineOnly) }) : "")
    : t("registered", { count: countInWords(facts.registered), units: countInWords(facts.unitsPresent) });
  const lead = t("lead", { organization: organization.name, title: event.title, when, place: place(event), audience });
  paragraphs.push(event.venueCity ? t("dateline", { city: event.venueCity.toUpperCase(), text: lead }) : lead);

  if (event.theme && event.slogan) paragraphs.push(t("themeAndSlogan", { theme: event.theme, slogan: event.slogan }));
  else if (event.theme) paragraphs.push(t("theme", { theme: event.theme }));
  else if (event.slogan) paragraphs.push(t("slogan", { slogan: event.slogan }));

  const held = facts.sessions.filter((s) => !s.cancelled);
  const opener = held.flatMap((s) => s.speakers).find((p) => p.role === "KEYNOTE");
  // Welcome addresses: the speakers of the first day's opening and ceremony sessions.
  const welcomers = held
    .filter((s) => (s.kind === "OPENING" || s.kind === "CEREMONY") && s.day === first)
    .flatMap((s) => s.speakers.filter((p) => p.role === "SPEAKER"))
    .filter((p, i, all) => p.name !== opener?.name && all.findIndex((q) => q.name === p.name) === i);
  // A speaker named by role ("Ketua Panitia Rakor Humas", title "Ketua Panitia") is not introduced twice.
  const person = (p: { name: string; title: string | null }) => (p.title && !p.name.toLowerCase().includes(p.title.toLowerCase()) ? t("person", { name: p.name, title: p.title }) : p.name);
  if (welcomers.length > 0) paragraphs.push(t("welcome", { people: listWords(welcomers.map(person), t("and")) }));
  if (opener) paragraphs.push(t("opening", { person: person(opener) }));

  const topics = held.filter((s) => ["KEYNOTE", "PANEL", "PLENARY"].includes(s.kind)).map((s) => t("topic", { title: s.title }));
  if (topics.length > 0) {
    paragraphs.push(t("agenda", { days: countInWords(facts.days.length), sessions: countInWords(held.filter((s) => !["BREAK", "MEAL"].includes(s.kind)).length), topics: listWords(topics.slice(0, 3), t("and")) }));
  }
  paragraphs.push(t("closing", { organization: who }));
  paragraphs.push(t("signature", { organization: who }));
  return { title: t("headline", { organization: who, title: event.title }), body: paragraphs.join("\n\n") };
}

/** "a", "a dan b", "a, b, dan c". */
export function listWords(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join("");
  if (items.length === 2) return `${items[0]} ${and} ${items[1]}`;
  return `${items.slice(0, -1).join(", ")}, ${and} ${items.at(-1)}`;
}
