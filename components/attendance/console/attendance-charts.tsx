"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// Pictures for sighted users; the tables on the page carry the same numbers for screen readers.

export function ProvincePresenceChart({ rows, labels }: { rows: { province: string; registered: number; present: number }[]; labels: { registered: string; present: string } }) {
  const height = Math.max(200, rows.length * 28 + 60);
  return (
    <div aria-hidden="true" className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="province" width={120} tick={{ fontSize: 11 }} interval={0} />
          <Tooltip />
          <Legend />
          <Bar dataKey="registered" name={labels.registered} fill="#b6d7dc" />
          <Bar dataKey="present" name={labels.present} fill="#15803d" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

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
