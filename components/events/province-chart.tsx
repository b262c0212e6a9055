"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ProvinceRow } from "@/lib/events/overview";

// The picture for sighted users; the table beside it (in the page) carries the same numbers for
// screen readers, so the chart itself is hidden from assistive technology.
export function ProvinceChart({ rows, labels }: { rows: ProvinceRow[]; labels: { quota: string; registered: string } }) {
  const height = Math.max(240, rows.length * 28 + 60);
  return (
    <div aria-hidden="true" className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="province" width={120} tick={{ fontSize: 11 }} interval={0} />
          <Tooltip />
          <Legend />
          <Bar dataKey="quota" name={labels.quota} fill="#b6d7dc" />
          <Bar dataKey="registered" name={labels.registered} fill="#0f5864" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
