import type { ReactNode } from "react";

// The parts every CSV import preview shares (units, participants): the counts, and the table of
// problem rows by line number. Each import supplies its own texts and the cells that identify a row.

const cell = "px-3 py-2 align-top";
const head = "px-3 py-2 text-left font-semibold";

export function ImportSummary({ items, columnsOnWide }: { items: [string, ReactNode][]; columnsOnWide: 4 | 5 }) {
  return (
    <dl className={`grid grid-cols-2 gap-2 ${columnsOnWide === 5 ? "sm:grid-cols-5" : "sm:grid-cols-4"}`}>
      {items.map(([label, value]) => (
        <div key={label} className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-xs text-slate-600">{label}</dt>
          <dd className="text-xl font-semibold">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface ProblemRow<P> {
  line: number;
  problems: P[];
}

interface ProblemTableProps<R extends ProblemRow<P>, P> {
  rows: R[];
  max: number;
  problemText: (problem: P) => string;
  /** The two cells after the problem that tell the organizer which row it is, e.g. code and name. */
  identify: [{ label: string; cell: (row: R) => ReactNode; mono?: boolean }, { label: string; cell: (row: R) => ReactNode; mono?: boolean }];
  texts: { heading: string; intro: string; shown: string; line: string; problem: string };
}

export function ProblemTable<R extends ProblemRow<P>, P>({ rows, max, problemText, identify, texts }: ProblemTableProps<R, P>) {
  if (rows.length === 0) return null;
  return (
    <div>
      <h3 className="font-semibold text-red-800">{texts.heading}</h3>
      <p className="text-sm text-slate-700">{texts.intro}</p>
      {rows.length > max && <p className="text-sm text-slate-700">{texts.shown}</p>}
      {/* The problem comes right after the line number, so a phone shows it without scrolling the table. */}
      <div className="mt-2 overflow-x-auto rounded-lg border border-red-200 bg-white">
        <table className="w-full min-w-[30rem] text-sm">
          <caption className="sr-only">{texts.heading}</caption>
          <thead className="bg-red-50">
            <tr>
              <th scope="col" className={head}>{texts.line}</th>
              <th scope="col" className={head}>{texts.problem}</th>
              {identify.map((column) => (
                <th key={column.label} scope="col" className={head}>{column.label}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.slice(0, max).map((row) => (
              <tr key={row.line}>
                <th scope="row" className={`${cell} whitespace-nowrap text-left font-semibold`}>{row.line}</th>
                <td className={`${cell} min-w-48`}>
                  <ul className="list-disc space-y-1 pl-4 text-red-800">
                    {row.problems.map((problem, index) => (
                      <li key={index}>{problemText(problem)}</li>
                    ))}
                  </ul>
                </td>
                {identify.map((column) => (
                  <td key={column.label} className={`${cell}${column.mono ? " font-mono" : ""}`}>{column.cell(row)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
