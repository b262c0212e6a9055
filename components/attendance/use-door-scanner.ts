"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ScanResult } from "@/lib/attendance/scan-result";
import { MAX_SYNC_BATCH } from "@/lib/attendance/sync-limits";
import type { DoorResult, PendingScan, Roster } from "./door-types";
import { codeOfScan, localCheck, worthSending } from "./local-check";
import { loadQueue, newScanId, saveQueue } from "./offline-store";

type Jsonified<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };
type SyncedScan = { clientScanId: string; ok: true; result: Jsonified<ScanResult> } | { clientScanId: string; ok: false; error: string };

const RETRY_MS = 5_000;
const ROSTER_REFRESH_MS = 60_000;

// "no_access": signed in, but no longer allowed at this door (the role was removed or has ended);
// scans wait on the device in case access is given back.
export type Connection = "online" | "offline" | "signed_out" | "no_access";

/**
 * The door's state: the list kept in the open page (refreshed every minute while online), the queue of scans the server has not taken yet,
 * and the latest answers. Every scan is queued first and sent from the queue, so a scan made
 * while the network is down, or whose answer is lost, is sent again until the server has it.
 */
export function useDoorScanner(initial: Roster) {
  const eventId = initial.event.id;
  const [roster, setRoster] = useState<Roster>(initial);
  const [pending, setPending] = useState(0);
  const [connection, setConnection] = useState<Connection>("online");
  const [results, setResults] = useState<DoorResult[]>([]);
  const rosterRef = useRef(roster);
  const flushing = useRef(false);

  const updateRoster = useCallback((next: Roster) => {
    rosterRef.current = next;
    setRoster(next);
  }, []);

  const applyServer = useCallback((synced: SyncedScan[]) => {
    const answers = new Map(synced.map((s) => [s.clientScanId, s]));
    setResults((list) =>
      list.map((r) => {
        const answer = answers.get(r.clientScanId);
        if (!answer) return r;
        if (!answer.ok) return { ...r, pending: false, kind: "refused", reason: "unknown_ticket" };
        const res = answer.result;
        return res.kind === "refused"
          ? { ...r, pending: false, kind: "refused", reason: res.reason, person: res.person }
          : { ...r, pending: false, kind: res.kind, person: res.person, checkedInAt: res.checkedInAt, byName: res.byName, device: res.device, checkInId: res.checkInId };
      }),
    );
  }, []);

  // The scans stay queued (they reach the server if access is given back) but show as refused now.
  const refuseAll = useCallback((batch: PendingScan[]) => {
    const refused = new Set(batch.map((s) => s.clientScanId));
    setConnection("no_access");
    setResults((list) => list.map((r) => (refused.has(r.clientScanId) ? { ...r, pending: false, kind: "refused", reason: "no_access" } : r)));
  }, []);

  const refreshRoster = useCallback(async () => {
    try {
      const response = await fetch(`/api/checkin/${eventId}/roster`, { cache: "no-store" });
      if (response.status === 401) return setConnection("signed_out");
      if (response.status === 403) return setConnection("no_access");
      if (!response.ok) return;
      const fresh = (await response.json()) as Roster;
      // Scans still queued stay visible as check-ins until the server has them.
      const waiting = loadQueue(eventId).length > 0;
      const known = (c: Roster["checkIns"][number]) => fresh.checkIns.some((f) => f.registrationId === c.registrationId && f.day === c.day && f.scope === c.scope);
      const provisional = waiting ? rosterRef.current.checkIns.filter((c) => c.id === "" && !known(c)) : [];
      updateRoster({ ...fresh, checkIns: [...fresh.checkIns, ...provisional] });
    } catch {
      // Offline: the list on the device stands.
    }
  }, [eventId, updateRoster]);

  const flush = useCallback(async () => {
    const queue = loadQueue(eventId);
    setPending(queue.length);
    if (flushing.current || queue.length === 0) return;
    flushing.current = true;
    try {
      // A long day offline can queue more than one request may carry: the oldest go first, part by part.
      for (let batch = queue.slice(0, MAX_SYNC_BATCH); batch.length > 0; ) {
        const response = await fetch(`/api/checkin/${eventId}/scans`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ scans: batch }),
        });
        if (response.status === 401) return setConnection("signed_out");
        if (response.status === 403) return refuseAll(batch);
        if (!response.ok) throw new Error(`sync answered ${response.status}`);
        const { results: synced } = (await response.json()) as { results: SyncedScan[] };
        const done = new Set(synced.map((s) => s.clientScanId));
        // Scans queued meanwhile stay; only what the server answered leaves the queue.
        const rest = loadQueue(eventId).filter((q) => !done.has(q.clientScanId));
        saveQueue(eventId, rest);
        setPending(rest.length);
        setConnection("online");
        applyServer(synced);
        batch = done.size > 0 ? rest.slice(0, MAX_SYNC_BATCH) : [];
      }
      void refreshRoster();
    } catch {
      setConnection("offline");
    } finally {
      flushing.current = false;
    }
  }, [eventId, applyServer, refreshRoster, refuseAll]);

  useEffect(() => {
    // Scans left in the queue by an earlier visit go out as soon as the page is up.
    const first = window.setTimeout(() => void flush(), 0);
    const goOnline = () => void flush();
    const goOffline = () => setConnection("offline");
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", goOffline);
    const retry = window.setInterval(() => void flush(), RETRY_MS);
    const refresh = window.setInterval(() => void refreshRoster(), ROSTER_REFRESH_MS);
    return () => {
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", goOffline);
      window.clearTimeout(first);
      window.clearInterval(retry);
      window.clearInterval(refresh);
    };
  }, [eventId, initial, flush, refreshRoster]);

  const submit = useCallback(
    async (source: { ticket?: string; registrationId?: string }, context: { day: string; sessionId: string | null; device: string }): Promise<DoorResult> => {
      const scan: PendingScan = { clientScanId: newScanId(), ...source, ...context, scannedAt: new Date().toISOString() };
      const code = source.ticket ? await codeOfScan(source.ticket) : null;
      const result = localCheck(rosterRef.current, scan, code);
      const online = typeof navigator === "undefined" || navigator.onLine;
      if (online || worthSending(result)) {
        saveQueue(eventId, [...loadQueue(eventId), scan]);
        setPending((n) => n + 1);
      } else {
        result.pending = false;
      }
      if (result.kind === "checked_in" && result.person) {
        const provisional = { id: "", registrationId: result.person.registrationId, day: scan.day, scope: scan.sessionId ?? "", checkedInAt: scan.scannedAt, device: scan.device, byName: null };
        updateRoster({ ...rosterRef.current, checkIns: [...rosterRef.current.checkIns, provisional] });
      }
      setResults((list) => [result, ...list].slice(0, 8));
      void flush();
      return result;
    },
    [eventId, flush, updateRoster],
  );

  /** Takes back a scan still on the device, before the server ever sees it. */
  const dropQueued = useCallback(
    (result: DoorResult) => {
      const queue = loadQueue(eventId);
      if (!queue.some((q) => q.clientScanId === result.clientScanId)) return false;
      saveQueue(eventId, queue.filter((q) => q.clientScanId !== result.clientScanId));
      setPending(queue.length - 1);
      return true;
    },
    [eventId],
  );

  const forget = useCallback(
    (result: DoorResult) => {
      setResults((list) => list.filter((r) => r.clientScanId !== result.clientScanId));
      const who = result.person?.registrationId;
      updateRoster({ ...rosterRef.current, checkIns: rosterRef.current.checkIns.filter((c) => !(c.registrationId === who && (c.id === "" || c.id === result.checkInId))) });
    },
    [updateRoster],
  );

  return { roster, pending, connection, results, submit, dropQueued, forget, flush };
}
