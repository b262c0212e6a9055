"use client";

import { useEffect, useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { defaultEventDay } from "@/lib/attendance/days";
import { saveSignatureAction, undoCheckInAction } from "@/lib/attendance/actions";
import { zonedDayKey, type TimeLocale } from "@/lib/time";
import { CameraScanner } from "./camera-scanner";
import { DoorSettings } from "./door-settings";
import type { DoorResult, Roster } from "./door-types";
import { signal } from "./feedback";
import { ManualSearch } from "./manual-search";
import { loadDeviceName, saveDeviceName } from "./offline-store";
import { ScanResultPanel } from "./scan-result-panel";
import { SignaturePad } from "./signature-pad";
import { TypedCode } from "./typed-code";
import { useDoorScanner } from "./use-door-scanner";

const UNDO_MS = 5 * 60 * 1000;

export function DoorScanner({ initial, defaultDevice }: { initial: Roster; defaultDevice: string }) {
  const t = useTranslations("attendance.scanner");
  const locale = useLocale() as TimeLocale;
  const { event } = initial;
  const door = useDoorScanner(initial);
  const [day, setDay] = useState(() => defaultEventDay(event.days, new Date(), event.timeZone));
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [device, setDevice] = useState(defaultDevice);
  const [now, setNow] = useState(() => Date.now());
  const [done, setDone] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    // The name this phone was given at an earlier shift; storage is read only in the browser.
    const named = window.setTimeout(() => setDevice(loadDeviceName(defaultDevice)), 0);
    const timer = window.setInterval(() => setNow(Date.now()), 10_000);
    return () => {
      window.clearTimeout(named);
      window.clearInterval(timer);
    };
  }, [defaultDevice]);

  const sessions = door.roster.sessions.filter((s) => zonedDayKey(new Date(s.startsAt), event.timeZone) === day);
  const checkedIn = useMemo(
    () => new Set(door.roster.checkIns.filter((c) => c.day === day && c.scope === (sessionId ?? "")).map((c) => c.registrationId)),
    [door.roster.checkIns, day, sessionId],
  );

  const scan = async (source: { ticket?: string; registrationId?: string }) => {
    setMessage(null);
    const result = await door.submit(source, { day, sessionId, device });
    signal(result.kind);
  };

  const undo = async (result: DoorResult) => {
    if (door.dropQueued(result)) return door.forget(result);
    if (!result.checkInId) return;
    const answer = await undoCheckInAction(event.id, result.checkInId);
    if (answer.ok) door.forget(result);
    else setMessage(answer.message);
  };

  const latest = door.results[0];
  const canUndo = (r: DoorResult) => r.kind === "checked_in" && (r.pending || Boolean(r.checkInId)) && now - Date.parse(r.scannedAt) < UNDO_MS;
  const wantsSignature = latest && event.requireSignature && latest.kind === "checked_in" && latest.checkInId && !latest.pending && !done.has(latest.clientScanId);
  const finish = (r: DoorResult) => setDone((s) => new Set(s).add(r.clientScanId));

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span data-testid="connection" className={`rounded-full px-3 py-1 font-semibold ${door.connection === "online" ? "bg-green-100 text-green-800" : "bg-amber-100 text-amber-900"}`}>
          {t(`connection.${door.connection}`)}
        </span>
        <span data-testid="pending-count" className="rounded-full bg-slate-200 px-3 py-1 font-semibold" aria-live="polite">
          {t("pending", { count: door.pending })}
        </span>
        <span className="text-slate-600">{t("present", { count: checkedIn.size, total: door.roster.participants.filter((p) => p.status === "CONFIRMED").length })}</span>
      </div>

      <DoorSettings
        days={event.days}
        day={day}
        onDay={(d) => (setDay(d), setSessionId(null))}
        sessions={sessions}
        sessionId={sessionId}
        onSession={setSessionId}
        device={device}
        onDevice={(name) => (setDevice(name), saveDeviceName(name))}
        timeZone={event.timeZone}
        locale={locale}
      />

      {message && <p role="alert" className="text-sm text-red-700">{message}</p>}
      {latest && (
        <ScanResultPanel result={latest} eventId={event.id} timeZone={event.timeZone} locale={locale}>
          {canUndo(latest) && (
            <Button variant="secondary" className="mt-4" onClick={() => void undo(latest)}>
              {t("undo")}
            </Button>
          )}
        </ScanResultPanel>
      )}
      {wantsSignature && latest.person && (
        <SignaturePad
          name={latest.person.name}
          onSkip={() => finish(latest)}
          onSave={async (png) => {
            const answer = await saveSignatureAction(event.id, latest.checkInId!, png);
            if (answer.ok) finish(latest);
            else setMessage(answer.message);
            return answer.ok;
          }}
        />
      )}

      <CameraScanner onCode={(text) => void scan({ ticket: text })} />
      <TypedCode onSubmit={(text) => void scan({ ticket: text })} />

      <ManualSearch participants={door.roster.participants} checkedIn={checkedIn} onPick={(p) => void scan({ registrationId: p.id })} />

      {door.results.length > 1 && (
        <section>
          <h2 className="text-sm font-semibold text-slate-700">{t("recent")}</h2>
          <ul className="mt-1 divide-y divide-slate-200 rounded-md border border-slate-200 bg-white text-sm">
            {door.results.slice(1).map((r) => (
              <li key={r.clientScanId} className="flex items-center justify-between gap-2 px-3 py-2">
                <span>
                  <span className={`mr-2 inline-block h-3 w-3 rounded-full ${r.kind === "checked_in" ? "bg-green-600" : r.kind === "already" ? "bg-amber-400" : "bg-red-700"}`} aria-hidden />
                  {r.person?.name ?? t("unknownPerson")} · {t(`kind.${r.kind}`)}
                  {r.pending && ` · ${t("waiting")}`}
                </span>
                {canUndo(r) && (
                  <Button variant="ghost" className="min-h-9 px-2 py-1" onClick={() => void undo(r)}>
                    {t("undo")}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
