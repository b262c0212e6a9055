import { sessionPath } from "@/lib/agenda/public/paths";
import { groupByDay, initialDayKey } from "@/lib/agenda/public/schedule";
import { liveSessions, renderBrowser, shownZone } from "./browse";
import { INITIAL_STATE, type AgendaPageData, type BrowserState } from "./types";

// The public agenda page's only script (bundled to public/agenda/agenda.js and inlined in the page):
// renders the day browser again with what only the device knows — its zone, its clock, the stars
// kept on it — and keeps the agenda readable offline. Same templates as the server render.

const ZONE_CHOICE = "rakor:agenda-zone";
const TOKEN = /^[A-Za-z0-9_-]{22}$/;
const ticketKey = (slug: string) => `rakor:ticket:${slug}`;
// Opened from a ticket link (/e/<slug>/agenda#tiket=<token>), stars are kept under the ticket: the
// token sits in the fragment, which never reaches the server, logs or Referer headers.
const bookmarksKey = (slug: string, token: string | null) => (token ? `rakor:bookmarks:t:${token}` : `rakor:bookmarks:e:${slug}`);

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // Private browsing may refuse storage: stars then last for this visit.
  }
}

function store(key: string, value: string): void {
  try {
    storage()?.setItem(key, value);
  } catch {
    // Full or refused storage: the page keeps working without remembering.
  }
}

function readTicketToken(slug: string): string | null {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get("tiket");
  if (fromHash && TOKEN.test(fromHash)) {
    store(ticketKey(slug), fromHash);
    // Out of the address bar, so a shared or bookmarked agenda link does not carry the ticket.
    window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
    return fromHash;
  }
  const stored = storage()?.getItem(ticketKey(slug));
  return stored && TOKEN.test(stored) ? stored : null;
}

function readIds(key: string): string[] {
  try {
    const value: unknown = JSON.parse(storage()?.getItem(key) ?? "[]");
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

/** What decides the render besides the reader's own actions: the day opened and now/next. */
function clockSignature(data: AgendaPageData, state: BrowserState): string {
  const zone = shownZone(data, state);
  const days = groupByDay(data.sessions, zone).map((d) => d.key);
  const live = liveSessions(data, state, days, zone);
  const day = state.chosenDay && days.includes(state.chosenDay) ? state.chosenDay : initialDayKey(days, state.now, zone);
  return `${[...live.now].join()}|${[...live.next].join()}|${day}`;
}

function start(): void {
  const root = document.getElementById("agenda-browser");
  const source = document.getElementById("agenda-data");
  if (!root || !source?.textContent) return;
  const data = JSON.parse(source.textContent) as AgendaPageData;
  const ticketToken = readTicketToken(data.slug);
  let state: BrowserState = {
    ...INITIAL_STATE,
    now: new Date(),
    viewerZone: Intl.DateTimeFormat().resolvedOptions().timeZone || null,
    useViewerZone: storage()?.getItem(ZONE_CHOICE) === "viewer",
    bookmarks: readIds(bookmarksKey(data.slug, ticketToken)),
    ticketToken,
  };

  const render = (focusId?: string) => {
    const focused = focusId ?? (root.contains(document.activeElement) ? document.activeElement?.id : undefined);
    root.innerHTML = renderBrowser(data, state).value;
    if (focused) document.getElementById(focused)?.focus();
  };
  const update = (change: Partial<BrowserState>, focusId?: string) => {
    state = { ...state, ...change };
    render(focusId);
  };

  root.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLElement>("[data-action]");
    if (!button) return;
    const action = button.dataset.action;
    if (action === "zone") {
      store(ZONE_CHOICE, state.useViewerZone ? "event" : "viewer");
      update({ useViewerZone: !state.useViewerZone });
    } else if (action === "show-all" || action === "show-mine") {
      update({ onlyMine: action === "show-mine" });
    } else if (action === "day" && button.dataset.day) {
      update({ chosenDay: button.dataset.day }, button.id);
    } else if (action === "forget-ticket") {
      // A shared phone: the next reader must not keep someone else's ticket and its personal calendar.
      try {
        storage()?.removeItem(ticketKey(data.slug));
      } catch {
        // Refused storage held no ticket either.
      }
      update({ ticketToken: null, bookmarks: readIds(bookmarksKey(data.slug, null)) }, "show-all");
    } else if (action === "star" && button.dataset.id) {
      const id = button.dataset.id;
      const bookmarks = state.bookmarks.includes(id) ? state.bookmarks.filter((x) => x !== id) : [...state.bookmarks, id];
      store(bookmarksKey(data.slug, state.ticketToken), JSON.stringify(bookmarks));
      update({ bookmarks }, button.id);
    }
  });

  // WAI-ARIA tabs: one tab stop; arrows, Home and End choose and focus another day.
  root.addEventListener("keydown", (event) => {
    const tab = (event.target as Element).closest<HTMLElement>('[role="tab"]');
    if (!tab) return;
    const tabs = [...root.querySelectorAll<HTMLElement>('[role="tab"]')];
    const index = tabs.indexOf(tab);
    const last = tabs.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    const day = target === undefined ? undefined : tabs[target];
    if (!day?.dataset.day) return;
    event.preventDefault();
    update({ chosenDay: day.dataset.day }, day.id);
  });

  render();

  // "Now" and "next" move with the clock; re-render only when they (or today's tab) change, so a
  // screen reader is not interrupted every half minute.
  let signature = clockSignature(data, state);
  window.setInterval(() => {
    const next = { ...state, now: new Date() };
    const nextSignature = clockSignature(data, next);
    state = next;
    if (nextSignature !== signature) {
      signature = nextSignature;
      render();
    }
  }, 30_000);

  const notice = document.getElementById("offline-notice");
  const showConnection = () => notice?.toggleAttribute("hidden", navigator.onLine);
  showConnection();
  window.addEventListener("online", showConnection);
  window.addEventListener("offline", showConnection);

  keepOffline(data);
}

/** Registers the service worker (public/sw.js) and hands it the agenda's pages to keep for offline reading. */
function keepOffline(data: AgendaPageData): void {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker
    .register("/sw.js")
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const assets = performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((name) => name.startsWith(`${location.origin}/_next/static/`));
      const base = `/e/${data.slug}`;
      const pages = [location.pathname, `${base}/speakers`, `${base}/rooms`, ...data.sessions.map((s) => sessionPath(data.slug, s.id))];
      registration.active?.postMessage({ type: "warm", pages, assets });
    })
    .catch(() => undefined);
}

start();
