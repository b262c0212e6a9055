"use client";

import { useEffect, useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatDayLong, formatDayTabParts, groupByDay, initialDayKey, nowAndNext } from "@/lib/agenda/public/schedule";
import { canonicalTimeZone, zonedDayKey, zoneLabel, type TimeLocale } from "@/lib/time";
import { DayTabs } from "./day-tabs";
import { SessionCard } from "./session-card";
import type { AgendaItem } from "./types";
import { useBookmarks } from "./use-bookmarks";
import { useClock, useViewerZone } from "./use-clock";

const ZONE_CHOICE = "rakor:agenda-zone";

interface Props {
  slug: string;
  eventZone: string;
  sessions: AgendaItem[];
}

/**
 * The agenda's one client island: day tabs, now/next, the zone switch and bookmarks. The server
 * render (and a visitor without JavaScript) sees the event's zone and the first day.
 */
export function AgendaBrowser({ slug, eventZone, sessions }: Props) {
  const t = useTranslations("publicAgenda");
  const locale = useLocale() as TimeLocale;
  const now = useClock();
  const viewerZone = useViewerZone();
  const bookmarks = useBookmarks(slug);
  const [useViewer, setUseViewer] = useState(false);
  const [onlyMine, setOnlyMine] = useState(false);
  const [chosenDay, setChosenDay] = useState<string | undefined>(undefined);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a choice remembered on the device
    setUseViewer(window.localStorage.getItem(ZONE_CHOICE) === "viewer");
  }, []);

  const differentZone = viewerZone !== null && canonicalTimeZone(viewerZone) !== canonicalTimeZone(eventZone);
  const zone = useViewer && differentZone && viewerZone ? viewerZone : eventZone;
  const days = useMemo(() => groupByDay(sessions, zone), [sessions, zone]);
  const dayKeys = days.map((d) => d.key);
  const selected = chosenDay && dayKeys.includes(chosenDay) ? chosenDay : initialDayKey(dayKeys, now, zone);
  // "Now" and "next" only while the event runs: weeks ahead, "next" would only be noise.
  const duringEvent = now !== null && dayKeys.includes(zonedDayKey(now, zone));
  const live = useMemo(() => (duringEvent && now ? nowAndNext(sessions, now) : { now: new Set<string>(), next: new Set<string>() }), [sessions, now, duringEvent]);
  const mine = new Set(bookmarks.ids.filter((id) => sessions.some((s) => s.id === id)));

  const switchZone = () => {
    const next = !useViewer;
    setUseViewer(next);
    window.localStorage.setItem(ZONE_CHOICE, next ? "viewer" : "event");
  };

  if (sessions.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-800">{t("empty")}</p>;

  const day = days.find((d) => d.key === selected);
  const shown = day ? (onlyMine ? day.sessions.filter((s) => mine.has(s.id)) : day.sessions) : [];
  const myIds = [...mine].join(",");
  const myCalendar = bookmarks.token ? `/t/${bookmarks.token}/agenda.ics?s=${myIds}` : `/e/${slug}/my-agenda.ics?s=${myIds}`;

  return (
    <div className="space-y-4">
      <div className="rounded-lg border border-slate-200 bg-white p-3">
        <p aria-live="polite" className="text-sm font-medium text-slate-900" data-testid="zone-shown">
          {t(zone === eventZone ? "zoneEvent" : "zoneViewer", { label: zoneLabel(zone, new Date(sessions[0]!.startsAt)), zone })}
        </p>
        {differentZone && viewerZone && (
          <button type="button" onClick={switchZone} className="mt-2 min-h-11 rounded-md border border-brand-600 px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50">
            {useViewer
              ? t("zoneToEvent", { label: zoneLabel(eventZone, new Date(sessions[0]!.startsAt)) })
              : t("zoneToViewer", { label: zoneLabel(viewerZone, new Date(sessions[0]!.startsAt)) })}
          </button>
        )}
      </div>

      <div role="group" aria-label={t("showLabel")} className="flex flex-wrap gap-2">
        {[false, true].map((mineOnly) => (
          <button
            key={String(mineOnly)}
            type="button"
            aria-pressed={onlyMine === mineOnly}
            onClick={() => setOnlyMine(mineOnly)}
            className={`min-h-11 rounded-full border px-3 py-2 text-sm font-semibold ${onlyMine === mineOnly ? "border-slate-900 bg-slate-900 text-white" : "border-slate-300 bg-white text-slate-900"}`}
          >
            {mineOnly ? t("showMine", { count: mine.size }) : t("showAll")}
          </button>
        ))}
      </div>

      <DayTabs
        label={t("days")}
        idPrefix="agenda"
        days={days.map((d) => ({ key: d.key, ...formatDayTabParts(d.key, locale) }))}
        selected={selected}
        onSelect={setChosenDay}
      />

      {/* Only the chosen day is in the page: less to hydrate on a slow phone, and a hidden panel
          would be neither visible nor searchable anyway. */}
      {day && (
        <section role="tabpanel" id={`agenda-panel-${day.key}`} aria-labelledby={`agenda-tab-${day.key}`} tabIndex={0}>
          <h2 className="mb-2 text-lg font-semibold text-slate-950">{formatDayLong(day.key, locale)}</h2>
          {shown.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 p-4 text-slate-800">{onlyMine ? t("emptyMine") : t("emptyDay")}</p>
          ) : (
            <ol className="space-y-2">
              {shown.map((session) => (
                <SessionCard
                  key={session.id}
                  session={session}
                  zone={zone}
                  isNow={live.now.has(session.id)}
                  isNext={live.next.has(session.id)}
                  bookmarked={mine.has(session.id)}
                  onToggle={bookmarks.toggle}
                />
              ))}
            </ol>
          )}
        </section>
      )}

      <div className="text-sm text-slate-800">
        <p>{bookmarks.token ? t("savedWithTicket") : t("savedOnDevice")}</p>
        {mine.size > 0 && (
          <a href={myCalendar} download className="mt-2 inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-slate-50">
            {t("myCalendar")}
          </a>
        )}
      </div>
    </div>
  );
}
