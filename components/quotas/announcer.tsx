"use client";

import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

// After a save the page re-renders and the row or picker entry that was used may disappear
// (an invited unit leaves the picker), so success messages live here, shown in the summary bar.

const AnnounceContext = createContext<{ message: string; announce: (message: string) => void }>({
  message: "",
  announce: () => {},
});

export function QuotaAnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState("");
  const announce = useCallback((text: string) => setMessage(text), []);
  return <AnnounceContext.Provider value={{ message, announce }}>{children}</AnnounceContext.Provider>;
}

export const useAnnounce = () => useContext(AnnounceContext).announce;

export function QuotaAnnouncement() {
  const { message } = useContext(AnnounceContext);
  return (
    <p role="status" aria-live="polite" className="text-sm font-medium text-green-800 empty:hidden">
      {message}
    </p>
  );
}
