"use client";

import { useEffect, useState } from "react";

interface Props {
  offlineText: string;
  /** Pages to keep for offline reading besides this one (the agenda's session, speaker and room pages). */
  warmPages?: string[];
}

/**
 * Registers the service worker (public/sw.js) that keeps the agenda, speakers and ticket pages
 * readable offline, hands it the pages to keep and the build assets this page loaded before the
 * worker controlled it, and says so when the device is offline. Rendered only on public pages.
 */
export function OfflineSupport({ offlineText, warmPages = [] }: Props) {
  const [offline, setOffline] = useState(false);
  const pages = warmPages.join("\n");

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    let cancelled = false;
    navigator.serviceWorker
      .register("/sw.js")
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (cancelled) return;
        const assets = performance
          .getEntriesByType("resource")
          .map((entry) => entry.name)
          .filter((name) => name.startsWith(`${location.origin}/_next/static/`));
        registration.active?.postMessage({ type: "warm", pages: [location.pathname, ...pages.split("\n").filter(Boolean)], assets });
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [pages]);

  useEffect(() => {
    const update = () => setOffline(!navigator.onLine);
    update();
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);

  if (!offline) return null;
  return (
    <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-950">
      {offlineText}
    </p>
  );
}
