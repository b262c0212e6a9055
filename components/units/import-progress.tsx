"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";
import type { UnitsImportResult } from "@/lib/units/import-units";

export type ImportRun =
  | { state: "running"; done: number; total: number }
  | { state: "failed"; done: number; total: number; message: string; totals: UnitsImportResult }
  | { state: "finished"; totals: UnitsImportResult };

interface ImportProgressProps {
  run: ImportRun;
  onResume: () => void;
  onAnother: () => void;
}

// The live region stays mounted while the import runs, so screen readers hear each step
// ("Mengimpor 400 dari 1.000 unit…") as the progress bar moves.
export function ImportProgress({ run, onResume, onAnother }: ImportProgressProps) {
  const t = useTranslations("units.import");

  if (run.state === "finished") {
    const { totals } = run;
    return (
      <div role="status" className="space-y-3 rounded-lg border border-green-300 bg-green-50 p-4 text-green-900">
        <p className="font-semibold">{t("finished", { ...totals })}</p>
        {totals.regionalOfficesCreated > 0 && <p>{t("officesCreated", { count: totals.regionalOfficesCreated })}</p>}
        <div className="flex flex-wrap gap-2">
          <Link href="/console/units" className={buttonClass("primary", "w-full sm:w-auto")}>
            {t("backToList")}
          </Link>
          <Button variant="secondary" className="w-full sm:w-auto" onClick={onAnother}>
            {t("another")}
          </Button>
        </div>
      </div>
    );
  }

  const progressText = t("importing", { done: run.done, total: run.total });
  return (
    <div className="space-y-2">
      <progress
        className="h-3 w-full accent-brand-700"
        max={run.total}
        value={run.done}
        aria-label={t("progressLabel")}
        aria-valuetext={progressText}
      />
      <p role="status" className="text-sm text-slate-700">
        {run.state === "running" ? progressText : null}
      </p>
      {run.state === "failed" && (
        <div role="alert" className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-4 text-red-800">
          <p className="font-semibold">{t("failed", { message: run.message })}</p>
          <p>{t("failedSaved", { done: run.done, total: run.total })}</p>
          <Button onClick={onResume} className="w-full sm:w-auto">
            {t("resume")}
          </Button>
        </div>
      )}
    </div>
  );
}
