"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ImportSummary, ProblemTable } from "@/components/csv-import/preview-parts";
import { FormMessage } from "@/components/ui/form-controls";
import type { RowProblem, UnitCsvColumn } from "@/lib/units/csv";
import type { UnitsImportPreview, UnitsImportPreviewRow } from "@/lib/units/preview-units-import";

// Long files would make a page of thousands of rows: every problem row is listed (up to a cap),
// the rest is sampled.
const MAX_PROBLEM_ROWS = 500;
const MAX_SAMPLE_ROWS = 50;

const FIELD_OF_COLUMN: Record<UnitCsvColumn, string> = {
  code: "code",
  name: "name",
  type: "type",
  class: "class",
  province: "province",
  city: "city",
  timezone: "timeZone",
};

const cell = "px-3 py-2 align-top";
const head = "px-3 py-2 text-left font-semibold";

export function ImportPreview({ preview }: { preview: UnitsImportPreview }) {
  const t = useTranslations();
  const ti = useTranslations("units.import");
  const format = useFormatter();

  if (preview.fileProblem) return <FormMessage message={t(preview.fileProblem.key, preview.fileProblem.values)} />;

  const problemText = (problem: RowProblem) => {
    const text = t(problem.key, problem.values);
    return problem.column ? `${t(`units.fields.${FIELD_OF_COLUMN[problem.column]}`)}: ${text}` : text;
  };
  const problemRows = preview.rows.filter((row) => row.problems.length > 0);
  const sample = preview.rows.slice(0, MAX_SAMPLE_ROWS);
  const { counts } = preview;
  const summary: [string, number][] = [
    [ti("rows"), counts.rows],
    [ti("new"), counts.new],
    [ti("update"), counts.update],
    [ti("unchanged"), counts.unchanged],
    [ti("withProblems"), counts.withProblems],
  ];
  const statusOf = (row: UnitsImportPreviewRow) => ti(`change.${row.change ?? "problem"}`);

  return (
    <section aria-labelledby="import-summary" className="space-y-4">
      <h2 id="import-summary" className="text-lg font-semibold">
        {ti("summaryHeading")}
      </h2>
      <ImportSummary columnsOnWide={5} items={summary.map(([label, value]) => [label, format.number(value)])} />
      {preview.newProvinces.length > 0 && <p className="text-sm text-slate-700">{ti("newProvinces", { provinces: preview.newProvinces.join(", ") })}</p>}

      <ProblemTable
        rows={problemRows}
        max={MAX_PROBLEM_ROWS}
        problemText={problemText}
        identify={[
          { label: t("units.fields.code"), cell: (row) => row.cells.code, mono: true },
          { label: t("units.fields.name"), cell: (row) => row.cells.name },
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
        {preview.rows.length > sample.length && (
          <p className="text-sm text-slate-700">{ti("rowsShown", { shown: sample.length, total: preview.rows.length })}</p>
        )}
        <div className="mt-2 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[40rem] text-sm">
            <caption className="sr-only">{ti("rowsHeading")}</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={head}>{ti("line")}</th>
                <th scope="col" className={head}>{t("units.fields.code")}</th>
                <th scope="col" className={head}>{t("units.fields.name")}</th>
                <th scope="col" className={head}>{t("units.fields.type")}</th>
                <th scope="col" className={head}>{t("units.fields.province")}</th>
                <th scope="col" className={head}>{t("units.fields.timeZone")}</th>
                <th scope="col" className={head}>{ti("status")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {sample.map((row) => (
                <tr key={row.line} className={row.change === null ? "bg-red-50" : undefined}>
                  <th scope="row" className={`${cell} text-left font-normal`}>{row.line}</th>
                  <td className={`${cell} font-mono`}>{row.cells.code}</td>
                  <td className={cell}>{row.cells.name}</td>
                  <td className={cell}>{row.cells.type}</td>
                  <td className={cell}>{row.cells.province}</td>
                  <td className={cell}>{row.cells.timezone}</td>
                  <td className={`${cell} whitespace-nowrap font-medium`}>{statusOf(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
