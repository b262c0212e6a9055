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
export function ScanResultPanel({ result, timeZone, locale, children }: { result: DoorResult; timeZone: string; locale: TimeLocale; children?: React.ReactNode }) {
  const t = useTranslations("attendance.result");
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
      {children}
    </section>
  );
}
