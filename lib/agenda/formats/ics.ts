import "server-only";
import { createEvents, type EventAttributes } from "ics";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import type { TimeLocale } from "@/lib/time";
import { sessionPath } from "../public/paths";
import { formatSessionTime } from "../public/schedule";
import type { PublicAgenda } from "../public/model";

export interface AgendaCalendarOptions {
  /** Site address, for the session links. */
  baseUrl: string;
  locale: TimeLocale;
  /** Only these sessions (a personal agenda); all when absent. Unknown ids are ignored. */
  sessionIds?: readonly string[];
  calendarName?: string;
}

const MESSAGES = { id, en } as const;

/** The session's UID: stable across edits (so calendar apps update the entry), derived from the id. */
export function sessionUid(sessionId: string): string {
  return `session-${sessionId}@rakor`;
}

/**
 * The agenda as one iCalendar file, one VEVENT per session in UTC (every calendar app puts it on the
 * right hour whatever the phone's zone), SEQUENCE = the session's sequence so a moved session replaces
 * the old entry, and a cancelled session as STATUS:CANCELLED rather than dropped, so it disappears
 * from calendars that had it.
 */
export function agendaCalendar(agenda: PublicAgenda, options: AgendaCalendarOptions): string {
  const { event } = agenda;
  const t = createTranslator({ locale: options.locale, messages: MESSAGES[options.locale], namespace: "publicAgenda.calendar" });
  const wanted = options.sessionIds ? new Set(options.sessionIds) : null;
  const sessions = agenda.sessions.filter((s) => !wanted || wanted.has(s.id));
  const rooms = new Map(agenda.rooms.map((r) => [r.id, r.name]));
  const speakers = new Map(agenda.speakers.map((s) => [s.id, s.name]));
  const base = options.baseUrl.replace(/\/+$/, "");

  const attributes = sessions.map((session): EventAttributes => {
    const url = `${base}${sessionPath(event.slug, session.id)}`;
    const names = session.speakers.map((s) => speakers.get(s.speakerId)).filter((n): n is string => Boolean(n));
    const description = [
      session.cancelled ? t("cancelled") : null,
      t("time", { time: formatSessionTime(session.startsAt, session.endsAt, event.timeZone, options.locale), zone: event.timeZone }),
      names.length > 0 ? t("speakers", { names: names.join(", ") }) : null,
      session.description,
      "",
      t("link", { link: url }),
    ]
      .filter((line) => line !== null)
      .join("\n");
    const room = session.roomId ? rooms.get(session.roomId) : undefined;
    return {
      uid: sessionUid(session.id),
      sequence: session.sequence,
      title: session.title,
      description,
      location: room ? `${room}, ${event.venueName}` : event.venue,
      url,
      start: Date.parse(session.startsAt),
      startInputType: "utc",
      startOutputType: "utc",
      end: Date.parse(session.endsAt),
      endInputType: "utc",
      endOutputType: "utc",
      lastModified: Date.parse(session.updatedAt),
      status: session.cancelled ? "CANCELLED" : "CONFIRMED",
      busyStatus: session.cancelled ? "FREE" : "BUSY",
      categories: [session.kind],
    };
  });

  const header = { productId: "-//Rakor//Agenda//ID", method: "PUBLISH", calName: options.calendarName ?? event.title };
  let { error, value } = createEvents(attributes, header);
  // The library refuses some site addresses (an IPv6 host, capitals in the name); the link is in the
  // description too, so the file is still worth having without URL.
  if (error) ({ error, value } = createEvents(attributes.map((a) => ({ ...a, url: undefined })), header));
  if (error || !value) throw error ?? new Error("could not build the agenda calendar");
  return value;
}

/** Session ids from a `?s=a,b,c` query: at most 200 well-formed ids, duplicates dropped. */
export function parseSessionIds(query: string | null): string[] {
  if (!query) return [];
  const ids = query.split(",").map((part) => part.trim()).filter((part) => /^[a-z0-9]{1,40}$/i.test(part));
  return [...new Set(ids)].slice(0, 200);
}
