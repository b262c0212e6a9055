import { sessionPath } from "@/lib/agenda/public/paths";
import { formatDayLong, formatDayTabParts, formatSessionTime, groupByDay, initialDayKey, nowAndNext } from "@/lib/agenda/public/schedule";
import { canonicalTimeZone, zoneLabel } from "@/lib/time/zones";
import { formatInZone } from "@/lib/time/format";
import { zonedDayKey } from "@/lib/time/parse";
import { attr, fill, html, type Html } from "./html";
import type { AgendaItem, AgendaPageData, BrowserState } from "./types";

// The agenda's day browser (zone line and switch, all/mine, day tabs, the chosen day's sessions,
// the personal calendar link) as one pure function of the data and the reader's state. The server
// renders it with what it knows (event zone, first day, no bookmarks) into the cached page; the
// browser script renders it again with the device's zone, clock and bookmarks. Buttons carry
// `data-action`, and ids that survive a re-render so focus can be put back.

/** The zone the times are shown in: the device's when chosen and different from the event's. */
export function shownZone(data: AgendaPageData, state: BrowserState): string {
  return state.useViewerZone && differentZone(data, state) && state.viewerZone ? state.viewerZone : data.eventZone;
}

function differentZone(data: AgendaPageData, state: BrowserState): boolean {
  return state.viewerZone !== null && canonicalTimeZone(state.viewerZone) !== canonicalTimeZone(data.eventZone);
}

/** The sessions marked now and next: only while the event runs (weeks ahead "next" is noise). */
export function liveSessions(data: AgendaPageData, state: BrowserState, dayKeys: readonly string[], zone: string) {
  const during = state.now !== null && dayKeys.includes(zonedDayKey(state.now, zone));
  return during && state.now ? nowAndNext(data.sessions, state.now) : { now: new Set<string>(), next: new Set<string>() };
}

export function renderBrowser(data: AgendaPageData, state: BrowserState): Html {
  const m = data.messages;
  if (data.sessions.length === 0) return html`<p class="rounded-lg border border-slate-200 bg-white p-4 text-slate-800">${m.empty}</p>`;
  const zone = shownZone(data, state);
  const days = groupByDay(data.sessions, zone);
  const dayKeys = days.map((d) => d.key);
  const selected = state.chosenDay && dayKeys.includes(state.chosenDay) ? state.chosenDay : initialDayKey(dayKeys, state.now, zone);
  const day = days.find((d) => d.key === selected);
  const live = liveSessions(data, state, dayKeys, zone);
  const mine = new Set(state.bookmarks.filter((id) => data.sessions.some((s) => s.id === id)));
  const shown = day ? (state.onlyMine ? day.sessions.filter((s) => mine.has(s.id)) : day.sessions) : [];
  const at = new Date(data.sessions[0]!.startsAt);
  const ids = [...mine].join(",");
  const myCalendar = state.ticketToken ? `/t/${state.ticketToken}/agenda.ics?s=${ids}` : `/e/${data.slug}/my-agenda.ics?s=${ids}`;
  const usingViewer = zone !== data.eventZone;

  return html`<div class="space-y-4">
  <div class="rounded-lg border border-slate-200 bg-white p-3">
    <p aria-live="polite" class="text-sm font-medium text-slate-900" data-testid="zone-shown">${fill(usingViewer ? m.zoneViewer : m.zoneEvent, { label: zoneLabel(zone, at), zone })}</p>
    ${differentZone(data, state) && state.viewerZone
      ? html`<button type="button" id="zone-switch" data-action="zone" class="mt-2 min-h-11 rounded-md border border-brand-600 px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50">${
          usingViewer ? fill(m.zoneToEvent, { label: zoneLabel(data.eventZone, at) }) : fill(m.zoneToViewer, { label: zoneLabel(state.viewerZone, at) })
        }</button>`
      : null}
  </div>
  <div role="group" aria-label="${m.showLabel}" class="flex flex-wrap gap-2">
    ${[false, true].map((mineOnly) => html`<button type="button" id="${mineOnly ? "show-mine" : "show-all"}" data-action="${mineOnly ? "show-mine" : "show-all"}" aria-pressed="${String(state.onlyMine === mineOnly)}" class="min-h-11 rounded-full border px-3 py-2 text-sm font-semibold ${
      state.onlyMine === mineOnly ? "border-slate-900 bg-slate-900 text-white" : "border-slate-300 bg-white text-slate-900"
    }">${mineOnly ? fill(m.showMine, { count: mine.size }) : m.showAll}</button>`)}
  </div>
  ${renderDayTabs(data, dayKeys, selected)}
  ${day
    ? html`<section role="tabpanel" id="agenda-panel-${day.key}" aria-labelledby="agenda-tab-${day.key}" tabindex="0">
    <h2 class="mb-2 text-lg font-semibold text-slate-950">${formatDayLong(day.key, data.locale)}</h2>
    ${shown.length === 0
      ? html`<p class="rounded-lg border border-dashed border-slate-300 p-4 text-slate-800">${state.onlyMine ? m.emptyMine : m.emptyDay}</p>`
      : html`<ol class="space-y-2">${shown.map((s) => renderSessionCard(data, s, zone, { isNow: live.now.has(s.id), isNext: live.next.has(s.id), bookmarked: mine.has(s.id) }))}</ol>`}
  </section>`
    : null}
  <div class="text-sm text-slate-800">
    <p>${state.ticketToken ? m.savedWithTicket : m.savedOnDevice}</p>
    ${state.ticketToken
      ? html`<button type="button" id="forget-ticket" data-action="forget-ticket" class="mt-1 min-h-11 font-semibold text-brand-800 underline underline-offset-2">${m.forgetTicket}</button>`
      : null}
    ${mine.size > 0
      ? html`<a href="${myCalendar}" download class="mt-2 inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-slate-50">${m.myCalendar}</a>`
      : null}
  </div>
</div>`;
}

/** WAI-ARIA tabs (the browser script moves between them with the arrow keys, Home and End). */
function renderDayTabs(data: AgendaPageData, dayKeys: readonly string[], selected: string | undefined): Html {
  return html`<div role="tablist" aria-label="${data.messages.days}" class="grid grid-cols-[repeat(auto-fill,minmax(4.25rem,1fr))] gap-2">${dayKeys.map((key) => {
    const active = key === selected;
    const { weekday, date } = formatDayTabParts(key, data.locale);
    return html`<button type="button" role="tab" id="agenda-tab-${key}" data-action="day" data-day="${key}" aria-selected="${String(active)}"${attr("aria-controls", active && `agenda-panel-${key}`)} tabindex="${active ? "0" : "-1"}" class="flex min-h-11 flex-col items-center rounded-md border px-1 py-1.5 text-sm leading-tight ${
      active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-brand-800 hover:bg-slate-50"
    }"><span class="text-xs">${weekday}</span><span class="font-semibold">${date}</span></button>`;
  })}</div>`;
}

interface CardMarks {
  isNow: boolean;
  isNext: boolean;
  bookmarked: boolean;
}

export function renderSessionCard(data: AgendaPageData, session: AgendaItem, zone: string, { isNow, isNext, bookmarked }: CardMarks): Html {
  const m = data.messages;
  const highlight = isNow ? "border-l-brand-700 bg-brand-50" : isNext ? "border-l-amber-500" : "border-l-transparent";
  const changed = session.changedAt ? new Date(session.changedAt) : null;
  const badge = (classes: string, text: string) => html`<span class="rounded px-1.5 py-0.5 text-xs font-semibold ${classes}">${text}</span>`;
  const strike = session.cancelled ? "line-through" : "";
  return html`<li class="flex gap-2 rounded-lg border border-l-4 border-slate-200 bg-white p-3 ${highlight}" data-session-id="${session.id}">
  <div class="min-w-0 flex-1">
    <p class="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm"><span class="font-semibold tabular-nums text-slate-900 ${strike}">${formatSessionTime(session.startsAt, session.endsAt, zone, data.locale)}</span>${
      isNow && badge("bg-brand-700 text-white", m.now)}${isNext && badge("bg-amber-100 text-amber-950", m.next)}${
      session.cancelled && badge("bg-red-100 text-red-900", m.cancelled)}${
      changed && !session.cancelled && badge("bg-sky-100 text-sky-950", fill(m.changed, { time: `${formatInZone(changed, zone, data.locale, "dateShort")} ${formatInZone(changed, zone, data.locale, "time")}` }))}</p>
    <h3 class="mt-1 break-words font-semibold leading-snug ${session.cancelled ? "text-slate-600 line-through" : "text-slate-950"}"><a href="${sessionPath(data.slug, session.id)}" class="underline-offset-2 hover:underline focus-visible:underline">${session.title}</a></h3>
    <p class="mt-1 break-words text-sm text-slate-700">${[session.kind, session.room].filter(Boolean).join(" · ")}</p>
    ${session.speakers ? html`<p class="break-words text-sm text-slate-700">${session.speakers}</p>` : null}
  </div>
  <button type="button" id="star-${session.id}" data-action="star" data-id="${session.id}" aria-pressed="${String(bookmarked)}" aria-label="${fill(bookmarked ? m.bookmarkRemove : m.bookmarkAdd, { title: session.title })}" class="flex h-11 w-11 shrink-0 items-center justify-center rounded-full text-2xl leading-none text-amber-700 hover:bg-amber-50"><span aria-hidden="true">${bookmarked ? "★" : "☆"}</span></button>
</li>`;
}
