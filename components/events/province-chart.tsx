"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ProvinceBar<K extends string> {
  key: K;
  label: string;
  fill: string;
}

/**
 * Horizontal bars per province (the overview's quota vs registered, attendance's registered vs
 * present). The picture is for sighted users; the table beside it on the page carries the same
 * numbers for screen readers, so the chart itself is hidden from assistive technology.
 */
export function ProvinceChart<K extends string>({ rows, bars }: { rows: ({ province: string } & Record<K, number>)[]; bars: ProvinceBar<K>[] }) {
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
          {bars.map((bar) => (
            <Bar key={bar.key} dataKey={bar.key} name={bar.label} fill={bar.fill} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
