"use client";

import { useRef, type KeyboardEvent } from "react";

interface Props {
  label: string;
  days: { key: string; weekday: string; date: string }[];
  selected: string | undefined;
  onSelect: (key: string) => void;
  idPrefix: string;
}

/** WAI-ARIA tabs: one tab stop, arrow keys, Home and End move between days. */
export function DayTabs({ label, days, selected, onSelect, idPrefix }: Props) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = days.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const day = days[target];
    if (!day) return;
    onSelect(day.key);
    refs.current[target]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="grid grid-cols-[repeat(auto-fill,minmax(4.25rem,1fr))] gap-2">
      {days.map((day, index) => {
        const active = day.key === selected;
        return (
          <button
            key={day.key}
            ref={(el) => {
              refs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${day.key}`}
            aria-selected={active}
            aria-controls={active ? `${idPrefix}-panel-${day.key}` : undefined}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(day.key)}
            onKeyDown={(event) => onKeyDown(event, index)}
            className={`flex min-h-11 flex-col items-center rounded-md border px-1 py-1.5 text-sm leading-tight ${
              active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-brand-800 hover:bg-slate-50"
            }`}
          >
            <span className="text-xs">{day.weekday}</span>
            <span className="font-semibold">{day.date}</span>
          </button>
        );
      })}
    </div>
  );
}
