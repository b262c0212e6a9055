import type { Translate } from "@/lib/documents/labels";
import { formatInZone, zonedDayKey } from "@/lib/time";
import type { Block, BlockCell } from "./blocks";
import { dayDateRangeWords, dayDateWords, dateWords } from "./date-words";
import { countInWords, formatNumber } from "@/lib/documents/number-words";
import type { ReportFacts } from "./queries";

// The laporan kegiatan as blocks: the facts of the meeting, the figures, the agenda as held, the
// announcements and a closing sign-off by the organiser. Before anyone has been checked in the
// figures say that attendance is not recorded yet, instead of a page of zeros.

/** "Ballroom, Hotel …, Jl. …, Jakarta Barat": the city once, even when the address already names it. */
export function place(event: Pick<ReportFacts["event"], "venueRoom" | "venueName" | "venueAddress" | "venueCity">): string {
  const city = event.venueCity && !event.venueAddress?.toLowerCase().includes(event.venueCity.toLowerCase()) ? event.venueCity : null;
  return [event.venueRoom, event.venueName, event.venueAddress, city].filter(Boolean).join(", ");
}

export function sessionTime(session: { startsAt: Date; endsAt: Date }, timeZone: string): string {
  const start = formatInZone(session.startsAt, timeZone, "id", "time").replace(/ \S+$/, "");
  return `${start}–${formatInZone(session.endsAt, timeZone, "id", "time")}`;
}

export function reportBlocks(facts: ReportFacts, t: Translate, printedAt: Date): Block[] {
  const { event } = facts;
  const first = facts.days[0]!;
  const last = facts.days.at(-1)!;
  const recorded = facts.attendanceRecorded;
  const n = (value: number) => formatNumber(value);
  const present = (value: number) => (recorded ? n(value) : t("notRecordedCell"));
  const fields: [string, string][] = [[t("fieldName"), event.title]];
  if (event.theme) fields.push([t("fieldTheme"), event.theme]);
  if (event.slogan) fields.push([t("fieldSlogan"), event.slogan]);
  fields.push(
    [t("fieldDate"), dayDateRangeWords(first, last)],
    [t("fieldPlace"), place(event)],
    [t("fieldOrganizer"), facts.organization.name],
    [t("fieldMode"), t(`mode.${event.mode}`)],
  );

  const blocks: Block[] = [
    { kind: "title", lines: [t("title"), event.title.toUpperCase()] },
    { kind: "heading", text: t("factsHeading") },
    { kind: "fields", entries: fields },
    { kind: "heading", text: t("participantsHeading") },
  ];
  blocks.push(
    recorded
      ? { kind: "paragraph", text: t("summary", { registered: countInWords(facts.registered), attended: countInWords(facts.attended), units: countInWords(facts.unitsPresent), onSite: n(facts.attendedOnSite), online: n(facts.attendedOnlineOnly) }) }
      : { kind: "paragraph", text: t("summaryNotRecorded", { registered: countInWords(facts.registered), units: countInWords(facts.unitsPresent) }) },
  );
  if (!recorded) blocks.push({ kind: "paragraph", text: t("notRecorded"), italic: true });

  blocks.push(
    { kind: "subheading", text: t("perDayTitle") },
    {
      kind: "table",
      columns: [{ header: t("colDay"), weight: 5 }, { header: t("colRegistered"), weight: 2, align: "right" }, { header: t("colAttended"), weight: 2, align: "right" }, { header: t("colOnSite"), weight: 2, align: "right" }, { header: t("colOnline"), weight: 2, align: "right" }],
      rows: facts.perDay.map((d) => [dayDateWords(d.day), n(d.registered), present(d.attended), present(d.onSite), present(d.online)]),
      empty: t("noDays"),
    },
    { kind: "subheading", text: t("perProvinceTitle") },
    {
      kind: "table",
      columns: [{ header: t("colNo"), weight: 1, align: "right" }, { header: t("colProvince"), weight: 8 }, { header: t("colRegistered"), weight: 2, align: "right" }, { header: t("colAttendedAny"), weight: 2, align: "right" }],
      rows: facts.perProvince.map((p, i) => [String(i + 1), p.province ?? t("organiserRow", { name: facts.organization.name }), n(p.registered), present(p.attended)]),
      totals: facts.perProvince.length > 0 ? [{ text: t("total"), span: 2 }, n(facts.registered), present(facts.attended)] : undefined,
      empty: t("noParticipants"),
    },
    { kind: "subheading", text: t("perUnitTypeTitle") },
    {
      kind: "table",
      columns: [{ header: t("colUnitType"), weight: 7 }, { header: recorded ? t("colUnitsPresent") : t("colUnitsRegistered"), weight: 2, align: "right" }, { header: t("colRegistered"), weight: 2, align: "right" }, { header: t("colAttendedAny"), weight: 2, align: "right" }],
      rows: facts.perUnitType.map((g) => [g.type ? t(`unitType.${g.type}`) : t("organiserRow", { name: facts.organization.name }), g.type ? n(g.units) : "–", n(g.registered), present(g.attended)]),
      empty: t("noParticipants"),
    },
    { kind: "subheading", text: recorded ? t("absentTitle") : t("absentTitleNotRecorded") },
    {
      kind: "table",
      columns: [{ header: t("colNo"), weight: 1, align: "right" }, { header: t("colUnit"), weight: 8 }, { header: t("colProvince"), weight: 4 }, { header: t("colSeats"), weight: 2, align: "right" }, { header: t("colRegistered"), weight: 2, align: "right" }],
      rows: facts.absentUnits.map((u, i) => [String(i + 1), u.name, u.province, n(u.seats), n(u.registered)]),
      empty: facts.invitedUnits === 0 ? t("noInvited") : t("absentEmpty"),
    },
    { kind: "heading", text: t("agendaHeading") },
    {
      kind: "table",
      columns: [{ header: t("colTime"), weight: 3 }, { header: t("colSession"), weight: 6 }, { header: t("colSpeakers"), weight: 7 }],
      rows: agendaRows(facts, t),
      empty: t("agendaEmpty"),
    },
    { kind: "heading", text: t("announcementsHeading") },
    {
      kind: "table",
      columns: [{ header: t("colNo"), weight: 1, align: "right" }, { header: t("colPublished"), weight: 4 }, { header: t("colAnnouncement"), weight: 11 }],
      rows: facts.announcements.map((a, i) => [String(i + 1), formatInZone(a.createdAt, event.timeZone, "id", "dateTime"), a.sessionTitle ? `${a.body}\n${t("announcementSession", { title: a.sessionTitle })}` : a.body]),
      empty: t("announcementsEmpty"),
    },
    { kind: "heading", text: t("closingHeading") },
    { kind: "paragraph", text: t("closing", { title: event.title }) },
    {
      kind: "signOff",
      signOff: {
        placeAndDate: event.venueCity ? t("placeDate", { place: event.venueCity, date: dateWords(zonedDayKey(printedAt, event.timeZone)) }) : dateWords(zonedDayKey(printedAt, event.timeZone)),
        roleLines: [t("signRole")],
        name: facts.organization.name,
      },
    },
  );
  return blocks;
}

function agendaRows(facts: ReportFacts, t: Translate): BlockCell[][] {
  const rows: BlockCell[][] = [];
  let day = "";
  for (const session of facts.sessions) {
    if (session.day !== day) {
      day = session.day;
      rows.push([{ text: dayDateWords(day), span: 3, bold: true }]);
    }
    const speakers = session.speakers.map((s) => (s.title ? t("speakerLine", { name: s.name, title: s.title, role: t(`role.${s.role}`) }) : t("speakerLineBare", { name: s.name, role: t(`role.${s.role}`) })));
    rows.push([
      sessionTime(session, facts.event.timeZone),
      session.cancelled ? `${session.title} ${t("cancelled")}` : session.title,
      speakers.join("\n") || "–",
    ]);
  }
  return rows;
}
