"use client";

import { useCallback, useEffect, useState } from "react";

// Bookmarks live on the device (localStorage), no sign-in. Opened from a ticket link
// (/e/<slug>/agenda#tiket=<token>), they are kept under the ticket: the token sits in the address's
// fragment, which never reaches the server, logs or Referer headers.

const ticketKey = (slug: string) => `rakor:ticket:${slug}`;
const bookmarksKey = (slug: string, token: string | null) => (token ? `rakor:bookmarks:t:${token}` : `rakor:bookmarks:e:${slug}`);
const TOKEN = /^[A-Za-z0-9_-]{22}$/;

function readTicketToken(slug: string): string | null {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get("tiket");
  if (fromHash && TOKEN.test(fromHash)) {
    window.localStorage.setItem(ticketKey(slug), fromHash);
    // Out of the address bar, so a shared or bookmarked agenda link does not carry the ticket.
    window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
    return fromHash;
  }
  const stored = window.localStorage.getItem(ticketKey(slug));
  return stored && TOKEN.test(stored) ? stored : null;
}

function readIds(key: string): string[] {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(key) ?? "[]");
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

export function useBookmarks(slug: string) {
  const [state, setState] = useState<{ token: string | null; ids: string[]; ready: boolean }>({ token: null, ids: [], ready: false });

  useEffect(() => {
    // Storage is only readable after hydration; the server render shows no bookmark.
    let token: string | null = null;
    try {
      token = readTicketToken(slug);
      // eslint-disable-next-line react-hooks/set-state-in-effect -- reading the device's storage once after mount
      setState({ token, ids: readIds(bookmarksKey(slug, token)), ready: true });
    } catch {
      setState({ token, ids: [], ready: true });
    }
  }, [slug]);

  const toggle = useCallback(
    (id: string) => {
      setState((current) => {
        const ids = current.ids.includes(id) ? current.ids.filter((x) => x !== id) : [...current.ids, id];
        try {
          window.localStorage.setItem(bookmarksKey(slug, current.token), JSON.stringify(ids));
        } catch {
          // Private browsing may refuse storage: the star still works for this visit.
        }
        return { ...current, ids };
      });
    },
    [slug],
  );

  return { ...state, toggle };
}
