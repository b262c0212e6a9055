"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ImportSummary, ProblemTable } from "@/components/csv-import/preview-parts";
import { FormMessage } from "@/components/ui/form-controls";
import type { ParticipantRowProblem } from "@/lib/participants/csv";
import type { ParticipantsImportPreview } from "@/lib/participants/preview-participants-import";

// A unit sends at most a few hundred people, but a wrong file can hold a thousand rows: every
// problem row is listed (up to a cap), the rest is sampled.
const MAX_PROBLEM_ROWS = 300;
const MAX_SAMPLE_ROWS = 50;

const cell = "px-3 py-2 align-top";
const head = "px-3 py-2 text-left font-semibold";

export function ParticipantsImportPreview({ preview }: { preview: ParticipantsImportPreview }) {
  const t = useTranslations();
  const ti = useTranslations("participants.import");
  const column = useTranslations("participants.columns");
  const format = useFormatter();

  if (preview.fileProblem) return <FormMessage message={t(preview.fileProblem.key, preview.fileProblem.values)} />;

  const problemText = (problem: ParticipantRowProblem) => {
    const text = t(problem.key, problem.values);
    return problem.column ? `${column(problem.column)}: ${text}` : text;
  };
  const problemRows = preview.rows.filter((row) => row.problems.length > 0);
  const sample = preview.rows.slice(0, MAX_SAMPLE_ROWS);
  const { counts, seats } = preview;
  const summary: [string, string][] = [
    [ti("rows"), format.number(counts.rows)],
    [ti("withProblems"), format.number(counts.withProblems)],
    [ti("unitFree"), ti("seatsOf", { free: seats.unitFree, total: seats.unitSeats })],
    [ti("eventFree"), ti("seatsOf", { free: seats.eventFree, total: seats.capacity })],
  ];

  return (
    <section aria-labelledby="participants-import-summary" className="space-y-4">
      <h2 id="participants-import-summary" className="text-lg font-semibold">
        {ti("summaryHeading")}
      </h2>
      <ImportSummary columnsOnWide={4} items={summary} />
      {counts.withProblems === 0 && counts.rows > 0 && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {ti("allReady", { count: counts.rows, unit: preview.unitName })}
        </p>
      )}

      <ProblemTable
        rows={problemRows}
        max={MAX_PROBLEM_ROWS}
        problemText={problemText}
        identify={[
          { label: column("nama"), cell: (row) => row.cells.nama },
          { label: column("nip"), cell: (row) => row.cells.nip, mono: true },
        ]}
        texts={{
          heading: ti("problemsHeading"),
          intro: ti("problemsIntro"),
          shown: ti("problemsShown", { shown: MAX_PROBLEM_ROWS, total: problemRows.length }),
          line: ti("line"),
          problem: ti("problem"),
        }}
      />

      <div>
        <h3 className="font-semibold">{ti("rowsHeading")}</h3>
        {preview.rows.length > sample.length && <p className="text-sm text-slate-700">{ti("rowsShown", { shown: sample.length, total: preview.rows.length })}</p>}
        <div className="mt-2 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[44rem] text-sm">
            <caption className="sr-only">{ti("rowsHeading")}</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={head}>{ti("line")}</th>
                {(["nama", "nip", "jabatan", "email", "whatsapp", "kehadiran"] as const).map((name) => (
                  <th key={name} scope="col" className={head}>
                    {column(name)}
                  </th>
                ))}
                <th scope="col" className={head}>
                  <span className="sr-only">{ti("problem")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {sample.map((row) => (
                <tr key={row.line} className={row.problems.length > 0 ? "bg-red-50" : undefined}>
                  <th scope="row" className={`${cell} text-left font-normal`}>{row.line}</th>
                  <td className={cell}>{row.cells.nama}</td>
                  <td className={`${cell} font-mono`}>{row.cells.nip}</td>
                  <td className={cell}>{row.cells.jabatan}</td>
                  <td className={cell}>{row.cells.email}</td>
                  <td className={`${cell} whitespace-nowrap`}>{row.cells.whatsapp}</td>
                  <td className={cell}>{row.cells.kehadiran}</td>
                  <td className={`${cell} whitespace-nowrap font-medium`}>{row.problems.length > 0 ? ti("fixFirst") : ti("ready")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
