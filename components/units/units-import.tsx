"use client";

import { readCsvFile } from "@/components/csv-import/read-csv-file";
import { useRef, useState, type ChangeEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage, TextareaField } from "@/components/ui/form-controls";
import { importUnitsAction, previewUnitsImportAction } from "@/lib/units/actions";
import { IMPORT_CHUNK_SIZE, MAX_IMPORT_BYTES } from "@/lib/units/csv";
import type { UnitsImportResult } from "@/lib/units/import-units";
import type { UnitsImportPreview } from "@/lib/units/preview-units-import";
import { ImportPreview } from "./import-preview";
import { ImportProgress, type ImportRun } from "./import-progress";

const NO_TOTALS: UnitsImportResult = { created: 0, updated: 0, unchanged: 0, regionalOfficesCreated: 0 };

const add = (a: UnitsImportResult, b: UnitsImportResult): UnitsImportResult => ({
  created: a.created + b.created,
  updated: a.updated + b.updated,
  unchanged: a.unchanged + b.unchanged,
  regionalOfficesCreated: a.regionalOfficesCreated + b.regionalOfficesCreated,
});

// Check first (the server parses and validates the whole file and compares it with the catalog,
// writing nothing), then import the checked rows in chunks, one request and one transaction each,
// so a long file shows progress and never holds the database for long. A file with any problem
// never gets past the check. The server checks every chunk again, and a retried chunk is harmless
// because the import upserts by code.
export function UnitsImport() {
  const t = useTranslations();
  const ti = useTranslations("units.import");
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [checked, setChecked] = useState<{ text: string; preview: UnitsImportPreview } | null>(null);
  const [message, setMessage] = useState<string>();
  const [checking, setChecking] = useState(false);
  const [run, setRun] = useState<ImportRun | null>(null);

  const preview = checked?.preview ?? null;
  const stale = checked !== null && checked.text !== text;
  const running = run?.state === "running";
  const toWrite = preview ? preview.counts.new + preview.counts.update : 0;
  const canImport =
    preview !== null && !stale && !preview.fileProblem && preview.counts.withProblems === 0 && toWrite > 0 && run === null;

  async function check(csvText: string) {
    setChecking(true);
    setMessage(undefined);
    setRun(null);
    try {
      const result = await previewUnitsImportAction(csvText);
      if (result.ok) setChecked({ text: csvText, preview: result.data });
      else {
        setChecked(null);
        setMessage(result.message);
      }
    } catch {
      setMessage(ti("networkError"));
    } finally {
      setChecking(false);
    }
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setChecked(null);
    const read = await readCsvFile(file, MAX_IMPORT_BYTES);
    if ("problem" in read) {
      setMessage(read.problem === "tooLarge" ? t("units.errors.csvTooLarge", { max: "1 MB" }) : ti("readFailed"));
      return;
    }
    setText(read.text);
    await check(read.text);
  }

  async function importFrom(start: number, before: UnitsImportResult) {
    if (!preview) return;
    const rows = preview.rows.map(({ line, cells }) => ({ line, cells }));
    const total = rows.length;
    let totals = before;
    for (let done = start; done < total; done += IMPORT_CHUNK_SIZE) {
      setRun({ state: "running", done, total });
      const result = await importUnitsAction(rows.slice(done, done + IMPORT_CHUNK_SIZE)).catch(() => ({
        ok: false as const,
        message: ti("networkError"),
      }));
      if (!result.ok) {
        setRun({ state: "failed", done, total, message: result.message, totals });
        return;
      }
      totals = add(totals, result.data);
    }
    setRun({ state: "finished", totals });
  }

  function startOver() {
    setText("");
    setChecked(null);
    setRun(null);
    setMessage(undefined);
    if (fileInput.current) fileInput.current.value = "";
    fileInput.current?.focus();
  }

  return (
    <div className="space-y-6">
      <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <div>
          <label htmlFor="units-import-file" className="block text-sm font-medium text-slate-800">
            {ti("file")}
          </label>
          <input
            ref={fileInput}
            id="units-import-file"
            type="file"
            accept=".csv,text/csv"
            onChange={onFile}
            disabled={checking || running}
            className="mt-1 block w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-4 file:py-2 file:font-semibold file:text-brand-800"
          />
        </div>
        <TextareaField
          name="csvText"
          label={ti("paste")}
          value={text}
          onChange={(event) => setText(event.target.value)}
          disabled={checking || running}
          rows={6}
          spellCheck={false}
          placeholder="code,name,type,class,province,city,timezone"
        />
        <Button variant="secondary" onClick={() => check(text)} disabled={checking || running || text.trim() === ""} className="w-full sm:w-auto">
          {checking ? ti("checking") : ti("check")}
        </Button>
      </div>

      <FormMessage message={message} />
      {stale && <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">{ti("stale")}</p>}
      {preview && <ImportPreview preview={preview} />}

      {preview && !preview.fileProblem && preview.counts.withProblems === 0 && (
        <div className="space-y-3">
          {toWrite === 0 && run === null && <p className="text-sm text-slate-700">{ti("nothingToDo")}</p>}
          {run === null && (
            <Button onClick={() => importFrom(0, NO_TOTALS)} disabled={!canImport} className="w-full sm:w-auto">
              {ti("start", { count: preview.counts.rows })}
            </Button>
          )}
          {run && (
            <ImportProgress
              run={run}
              onResume={() => run.state === "failed" && importFrom(run.done, run.totals)}
              onAnother={startOver}
            />
          )}
        </div>
      )}
    </div>
  );
}
