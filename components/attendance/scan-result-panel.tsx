"use client";

import { useTranslations } from "next-intl";
import { formatInZone, type TimeLocale } from "@/lib/time";
import type { DoorResult } from "./door-types";

const TONE = {
  checked_in: "border-green-700 bg-green-600 text-white",
  already: "border-amber-600 bg-amber-400 text-slate-950",
  refused: "border-red-800 bg-red-700 text-white",
} as const;

/** The big answer staff read from a step away: green in, amber already in, red refused. */
export function ScanResultPanel({ result, eventId, timeZone, locale, children }: { result: DoorResult; eventId?: string; timeZone: string; locale: TimeLocale; children?: React.ReactNode }) {
  const t = useTranslations("attendance.result");
  const badges = useTranslations("badges.section");
  const time = (iso?: string) => (iso ? formatInZone(new Date(iso), timeZone, locale, "time") : "");
  const who = [result.byName, result.device].filter(Boolean).join(" · ");
  const headline =
    result.kind === "checked_in"
      ? t("checkedIn")
      : result.kind === "already"
        ? who
          ? t("alreadyBy", { time: time(result.checkedInAt), who })
          : t("already", { time: time(result.checkedInAt) })
        : t(`refused.${result.reason ?? "unknown_ticket"}`);
  return (
    <section aria-live="assertive" data-testid="scan-result" data-kind={result.kind} className={`rounded-xl border-4 p-5 shadow ${TONE[result.kind]}`}>
      <p className="text-2xl font-extrabold leading-tight">{headline}</p>
      {result.person && (
        <div className="mt-3">
          <p className="text-xl font-bold">{result.person.name}</p>
          {result.person.position && <p className="text-base">{result.person.position}</p>}
          {result.person.unitName && <p className="text-base">{result.person.unitName}</p>}
        </div>
      )}
      {result.kind === "checked_in" && <p className="mt-2 text-sm">{t("at", { time: time(result.checkedInAt) })}</p>}
      {result.pending && <p className="mt-2 text-sm font-semibold">{t("pending")}</p>}
      {/* Someone who is in but has no badge: print theirs (online only; the PDF comes from the server). */}
      {eventId && result.person && result.kind !== "refused" && (
        <a
          href={`/console/events/${eventId}/documents/badges/${result.person.registrationId}`}
          target="_blank"
          rel="noopener"
          aria-label={badges("badgeOfName", { name: result.person.name })}
          className="mt-3 inline-flex min-h-11 items-center rounded-md border-2 border-current px-4 text-base font-semibold underline-offset-2 hover:underline"
        >
          {badges("badgeOf")}
        </a>
      )}
      {children}
    </section>
  );
}
