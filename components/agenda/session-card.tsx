"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatSessionTime } from "@/lib/agenda/public/schedule";
import { formatInZone, type TimeLocale } from "@/lib/time";
import type { AgendaItem } from "./types";

interface Props {
  session: AgendaItem;
  zone: string;
  isNow: boolean;
  isNext: boolean;
  bookmarked: boolean;
  onToggle: (id: string) => void;
}

export function SessionCard({ session, zone, isNow, isNext, bookmarked, onToggle }: Props) {
  const t = useTranslations("publicAgenda");
  const locale = useLocale() as TimeLocale;
  const highlight = isNow ? "border-l-brand-700 bg-brand-50" : isNext ? "border-l-amber-500" : "border-l-transparent";
  const changed = session.changedAt ? new Date(session.changedAt) : null;
  return (
    <li className={`flex gap-2 rounded-lg border border-l-4 border-slate-200 bg-white p-3 ${highlight}`} data-session-id={session.id}>
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
          <span className={`font-semibold tabular-nums text-slate-900 ${session.cancelled ? "line-through" : ""}`}>
            {formatSessionTime(session.startsAt, session.endsAt, zone, locale)}
          </span>
          {isNow && <Badge className="bg-brand-700 text-white">{t("now")}</Badge>}
          {isNext && <Badge className="bg-amber-100 text-amber-950">{t("next")}</Badge>}
          {session.cancelled && <Badge className="bg-red-100 text-red-900">{t("cancelled")}</Badge>}
          {changed && !session.cancelled && (
            <Badge className="bg-sky-100 text-sky-950">
              {t("changed", { time: `${formatInZone(changed, zone, locale, "dateShort")} ${formatInZone(changed, zone, locale, "time")}` })}
            </Badge>
          )}
        </p>
        <h3 className={`mt-1 break-words font-semibold leading-snug ${session.cancelled ? "text-slate-600 line-through" : "text-slate-950"}`}>
          <a href={session.href} className="underline-offset-2 hover:underline focus-visible:underline">
            {session.title}
          </a>
        </h3>
        <p className="mt-1 break-words text-sm text-slate-700">{[session.kind, session.room].filter(Boolean).join(" · ")}</p>
        {session.speakers && <p className="break-words text-sm text-slate-700">{session.speakers}</p>}
      </div>
      <button
        type="button"
        onClick={() => onToggle(session.id)}
        aria-pressed={bookmarked}
        aria-label={bookmarked ? t("bookmarkRemove", { title: session.title }) : t("bookmarkAdd", { title: session.title })}
        className="flex h-11 w-11 shrink-0 items-center justify-center rounded-full text-2xl leading-none text-amber-700 hover:bg-amber-50"
      >
        <span aria-hidden="true">{bookmarked ? "★" : "☆"}</span>
      </button>
    </li>
  );
}

function Badge({ className, children }: { className: string; children: React.ReactNode }) {
  return <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${className}`}>{children}</span>;
}
