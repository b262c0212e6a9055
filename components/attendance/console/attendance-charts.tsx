"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// Arrivals over the day, for sighted users; the table on the page carries the same numbers for screen
// readers. (Bars per province: ProvinceChart in components/events.)

export function ArrivalsChart({ rows, label }: { rows: { time: string; count: number }[]; label: string }) {
  return (
    <div aria-hidden="true" className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ left: 0, right: 8, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="time" tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} width={32} />
          <Tooltip />
          <Bar dataKey="count" name={label} fill="#0f5864" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
