"use client";

import { useEffect, useState } from "react";

/** The current time, ticking every 30 s; null during the server render and hydration. */
export function useClock(): Date | null {
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    const tick = () => setNow(new Date());
    tick();
    const timer = window.setInterval(tick, 30_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** The device's own time zone, once mounted. */
export function useViewerZone(): string | null {
  const [zone, setZone] = useState<string | null>(null);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the device's zone is only known in the browser
    setZone(Intl.DateTimeFormat().resolvedOptions().timeZone || null);
  }, []);
  return zone;
}
