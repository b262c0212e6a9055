"use client";

import { useTranslations } from "next-intl";
import { shortDayLabel } from "@/lib/attendance/day-label";
import { formatInZone, type TimeLocale } from "@/lib/time";

interface DoorSettingsProps {
  days: string[];
  day: string;
  onDay: (day: string) => void;
  sessions: { id: string; title: string; startsAt: string }[];
  sessionId: string | null;
  onSession: (sessionId: string | null) => void;
  device: string;
  onDevice: (device: string) => void;
  timeZone: string;
  locale: TimeLocale;
}

const SELECT = "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-2.5 text-base font-normal";

/** What the scans are for (day, session) side by side; the device's name, set once, tucked away. */
export function DoorSettings(props: DoorSettingsProps) {
  const t = useTranslations("attendance.scanner");
  return (
    <div className="space-y-2">
      <div className="grid grid-cols-2 gap-2">
        <div className="text-sm font-semibold">
          <label htmlFor="door-day">{t("day")}</label>
          <select id="door-day" value={props.day} onChange={(e) => props.onDay(e.target.value)} className={SELECT}>
            {props.days.map((d) => (
              <option key={d} value={d}>
                {shortDayLabel(d, props.locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="text-sm font-semibold">
          <label htmlFor="door-session">{t("session")}</label>
          <select id="door-session" value={props.sessionId ?? ""} onChange={(e) => props.onSession(e.target.value || null)} className={SELECT}>
            <option value="">{t("wholeDay")}</option>
            {props.sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {formatInZone(new Date(s.startsAt), props.timeZone, props.locale, "time")} {s.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-700">{t("deviceSummary", { device: props.device })}</summary>
        <label htmlFor="door-device" className="mt-2 block font-semibold">
          {t("device")}
        </label>
        <input id="door-device" value={props.device} maxLength={40} onChange={(e) => props.onDevice(e.target.value)} className="mt-1 w-full rounded-md border border-slate-300 px-2 py-2 text-base" />
      </details>
    </div>
  );
}
