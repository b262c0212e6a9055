"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { RosterParticipant } from "./door-types";
import { searchRoster } from "./local-check";

/** For a forgotten ticket: find the person on the device's list by name, NIP or unit. */
export function ManualSearch({ participants, checkedIn, onPick }: { participants: RosterParticipant[]; checkedIn: Set<string>; onPick: (p: RosterParticipant) => void }) {
  const t = useTranslations("attendance.search");
  const [query, setQuery] = useState("");
  const found = searchRoster(participants, query);
  return (
    <div>
      <label htmlFor="door-search" className="block text-sm font-semibold">
        {t("label")}
      </label>
      <input
        id="door-search"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={t("placeholder")}
        className="mt-1 w-full rounded-md border border-slate-300 px-3 py-3 text-base"
        autoComplete="off"
      />
      {query.trim() !== "" && found.length === 0 && <p className="mt-2 text-sm text-slate-600">{t("none")}</p>}
      <ul className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-200 bg-white empty:hidden">
        {found.map((p) => (
          <li key={p.id}>
            <button type="button" onClick={() => (onPick(p), setQuery(""))} className="flex w-full min-h-12 flex-col items-start px-3 py-2 text-left hover:bg-slate-50">
              <span className="font-semibold">
                {p.name}
                {checkedIn.has(p.id) && <span className="ml-2 rounded bg-green-100 px-1.5 text-xs text-green-800">{t("present")}</span>}
                {p.status !== "CONFIRMED" && <span className="ml-2 rounded bg-red-100 px-1.5 text-xs text-red-800">{t(`status.${p.status}`)}</span>}
              </span>
              <span className="text-sm text-slate-600">{[p.nip, p.unitName].filter(Boolean).join(" · ")}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
