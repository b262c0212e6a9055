"use client";

import { readCsvFile } from "@/components/csv-import/read-csv-file";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type ChangeEvent } from "react";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";
import { FormMessage, SelectField, TextareaField } from "@/components/ui/form-controls";
import { importParticipantsAction, previewParticipantsImportAction } from "@/lib/participants/actions";
import { MAX_PARTICIPANT_IMPORT_BYTES, PARTICIPANT_CSV_COLUMNS } from "@/lib/participants/csv";
import type { ParticipantsImportPreview as Preview } from "@/lib/participants/preview-participants-import";
import type { ImportUnitOption } from "@/lib/participants/queries";
import { ParticipantsImportPreview } from "./import-preview";

interface ParticipantsImportProps {
  eventId: string;
  units: ImportUnitOption[];
  defaultUnitId: string;
}

type Checked = { unitId: string; text: string; preview: Preview };

// Check first (the server reads the whole file against the registration rules, the people already
// registered and the unit's free seats, writing nothing), then import it in one request and one
// transaction: every row or none. The server checks everything again under the locks; if the
// event changed meanwhile the import is refused and the check is re-run to show why.
export function ParticipantsImport({ eventId, units, defaultUnitId }: ParticipantsImportProps) {
  const t = useTranslations();
  const ti = useTranslations("participants.import");
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const [unitId, setUnitId] = useState(units.some((u) => u.unitId === defaultUnitId) ? defaultUnitId : "");
  const [text, setText] = useState("");
  const [checked, setChecked] = useState<Checked | null>(null);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<"checking" | "importing" | null>(null);
  const [done, setDone] = useState<{ count: number; unit: string; unitId: string } | null>(null);

  const preview = checked?.preview ?? null;
  const stale = checked !== null && (checked.text !== text || checked.unitId !== unitId);
  const clean = preview !== null && !preview.fileProblem && preview.counts.rows > 0 && preview.counts.withProblems === 0;
  const canImport = clean && !stale && busy === null && done === null;

  async function check(csvText: string, keepMessage = false) {
    if (!unitId) {
      setFieldErrors({ unitId: t("participants.errors.unitRequired") });
      return;
    }
    setBusy("checking");
    if (!keepMessage) setMessage(undefined);
    setFieldErrors({});
    try {
      const result = await previewParticipantsImportAction({ eventId, unitId, csvText });
      if (result.ok) setChecked({ unitId, text: csvText, preview: result.data });
      else {
        setChecked(null);
        setMessage(result.message);
        setFieldErrors(result.fieldErrors ?? {});
      }
    } catch {
      setMessage(ti("networkError"));
    } finally {
      setBusy(null);
    }
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setChecked(null);
    setDone(null);
    const read = await readCsvFile(file, MAX_PARTICIPANT_IMPORT_BYTES);
    if ("problem" in read) {
      setMessage(read.problem === "tooLarge" ? t("participants.errors.csvTooLarge", { max: "500 KB" }) : ti("readFailed"));
      return;
    }
    setText(read.text);
    await check(read.text);
  }

  async function runImport() {
    if (!checked || !canImport) return;
    setBusy("importing");
    setMessage(undefined);
    setFieldErrors({});
    const result = await importParticipantsAction({ eventId, unitId: checked.unitId, csvText: checked.text, overrideReason: reason || null }).catch(() => ({
      ok: false as const,
      message: ti("networkError"),
      fieldErrors: undefined,
    }));
    setBusy(null);
    if (result.ok) {
      setDone({ count: result.data.created, unit: checked.preview.unitName, unitId: checked.unitId });
      router.refresh();
      return;
    }
    setFieldErrors(result.fieldErrors ?? {});
    if (result.fieldErrors?.overrideReason) return;
    setMessage(`${result.message} ${ti("refused")}`);
    await check(checked.text, true);
  }

  function startOver() {
    setText("");
    setChecked(null);
    setDone(null);
    setMessage(undefined);
    setReason("");
    if (fileInput.current) fileInput.current.value = "";
    fileInput.current?.focus();
  }

  const working = busy !== null;
  return (
    <div className="space-y-6">
      <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <SelectField
          name="unitId"
          id="participants-import-unit"
          label={ti("unit")}
          value={unitId}
          onChange={(event) => setUnitId(event.target.value)}
          disabled={working}
          error={fieldErrors.unitId}
        >
          <option value="">{ti("chooseUnit")}</option>
          {units.map((unit) => (
            <option key={unit.unitId} value={unit.unitId}>
              {ti("unitOption", { name: unit.name, free: unit.free, seats: unit.seats })}
            </option>
          ))}
        </SelectField>
        <div>
          <label htmlFor="participants-import-file" className="block text-sm font-medium text-slate-800">
            {ti("file")}
          </label>
          <input
            ref={fileInput}
            id="participants-import-file"
            type="file"
            accept=".csv,text/csv"
            onChange={onFile}
            disabled={working || !unitId}
            className="mt-1 block w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-4 file:py-2 file:font-semibold file:text-brand-800"
          />
        </div>
        <TextareaField
          name="csvText"
          id="participants-import-text"
          label={ti("paste")}
          value={text}
          onChange={(event) => setText(event.target.value)}
          disabled={working}
          rows={6}
          spellCheck={false}
          placeholder={PARTICIPANT_CSV_COLUMNS.join(",")}
        />
        <Button variant="secondary" onClick={() => check(text)} disabled={working || text.trim() === ""} className="w-full sm:w-auto">
          {busy === "checking" ? ti("checking") : ti("check")}
        </Button>
      </div>

      <FormMessage message={message} />
      {stale && <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">{ti("stale")}</p>}
      {preview && <ParticipantsImportPreview preview={preview} />}

      {clean && done === null && (
        <div className="space-y-3">
          {preview.needsReason && (
            <TextareaField
              name="overrideReason"
              id="participants-import-reason"
              label={ti("reasonLabel")}
              hint={ti("reasonHint")}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              disabled={working}
              rows={2}
              maxLength={500}
              error={fieldErrors.overrideReason}
            />
          )}
          <Button onClick={runImport} disabled={!canImport} className="w-full sm:w-auto">
            {ti("start", { count: preview.counts.rows })}
          </Button>
          <p role="status" className="text-sm text-slate-700">
            {busy === "importing" ? ti("importing", { count: preview.counts.rows }) : ""}
          </p>
        </div>
      )}

      {done && (
        <div role="status" className="space-y-3 rounded-lg border border-green-300 bg-green-50 p-4 text-green-900">
          <p className="font-semibold">{ti("finished", { count: done.count, unit: done.unit })}</p>
          <div className="flex flex-wrap gap-2">
            <Link href={`/console/events/${eventId}/participants?unitId=${encodeURIComponent(done.unitId)}`} className={buttonClass("primary", "w-full sm:w-auto")}>
              {ti("viewUnit")}
            </Link>
            <Button variant="secondary" className="w-full sm:w-auto" onClick={startOver}>
              {ti("another")}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
