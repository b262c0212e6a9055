import type { TimeLocale } from "@/lib/time";

/** One session as the agenda page shows it: labels resolved on the server. */
export interface AgendaItem {
  id: string;
  title: string;
  kind: string;
  startsAt: string;
  endsAt: string;
  room: string | null;
  speakers: string;
  cancelled: boolean;
  /** The update time of a session changed after publication, else null. */
  changedAt: string | null;
}

/** The raw messages the day browser needs, `{name}` placeholders unfilled (see `fill`). */
export const BROWSER_MESSAGES = [
  "days", "empty", "emptyDay", "emptyMine", "zoneEvent", "zoneViewer", "zoneToViewer", "zoneToEvent", "now", "next",
  "changed", "cancelled", "bookmarkAdd", "bookmarkRemove", "showLabel", "showAll", "showMine", "myCalendar",
  "savedOnDevice", "savedWithTicket", "forgetTicket",
] as const;
export type BrowserMessages = Record<(typeof BROWSER_MESSAGES)[number], string>;

/** What the page hands its browser script (as JSON in the page) to render the day browser again. */
export interface AgendaPageData {
  slug: string;
  eventZone: string;
  locale: TimeLocale;
  sessions: AgendaItem[];
  messages: BrowserMessages;
}

/** The reader's choices and device, as far as known: the server knows none of them. */
export interface BrowserState {
  now: Date | null;
  /** The device's zone; null on the server. */
  viewerZone: string | null;
  useViewerZone: boolean;
  onlyMine: boolean;
  /** The tab the reader chose; otherwise today's during the event, else the first day. */
  chosenDay: string | undefined;
  bookmarks: readonly string[];
  /** The ticket the bookmarks are kept with, when the agenda was opened from a ticket link. */
  ticketToken: string | null;
}

export const INITIAL_STATE: BrowserState = {
  now: null,
  viewerZone: null,
  useViewerZone: false,
  onlyMine: false,
  chosenDay: undefined,
  bookmarks: [],
  ticketToken: null,
};
