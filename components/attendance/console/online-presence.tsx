"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { markOnlinePresentAction } from "@/lib/attendance/actions";

/** Participants following online, marked present by the organizer in the same records (mode ONLINE). */
export function OnlinePresence({ eventId, day, people }: { eventId: string; day: string; people: { id: string; name: string; unitName: string; presentMode: "ON_SITE" | "ONLINE" | null }[] }) {
  const t = useTranslations("attendance.live");
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  if (people.length === 0) return <p className="mt-2 text-sm text-slate-600">{t("noOnline")}</p>;
  return (
    <>
      {error && <p role="alert" className="mt-2 text-sm text-red-700">{error}</p>}
      <ul className="mt-2 divide-y divide-slate-100">
        {people.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{p.name}</span>
              <span className="block text-sm text-slate-600">{p.unitName}</span>
            </span>
            {p.presentMode ? (
              <span className="rounded bg-green-100 px-2 py-1 text-sm font-semibold text-green-800">{t(p.presentMode === "ONLINE" ? "presentOnline" : "presentOnSite")}</span>
            ) : (
              <Button
                variant="secondary"
                disabled={pending}
                onClick={() =>
                  start(async () => {
                    const result = await markOnlinePresentAction(eventId, { registrationId: p.id, day });
                    setError(result.ok ? null : result.message);
                  })
                }
              >
                {t("markOnline")}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
