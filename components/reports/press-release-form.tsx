"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage, TextareaField } from "@/components/ui/form-controls";
import type { ActionResult } from "@/lib/actions/action-result";
import { pressReleaseSchema, type PressReleaseInput, type PressReleaseText } from "@/lib/reports/schema";

interface PressReleaseFormProps {
  /** The saved text, else the template. */
  initial: PressReleaseText;
  template: PressReleaseText;
  saved: boolean;
  save: (input: PressReleaseInput) => Promise<ActionResult<{ changed: boolean }>>;
  reset: () => Promise<ActionResult<{ changed: boolean }>>;
}

export function PressReleaseForm({ initial, template, saved, save, reset }: PressReleaseFormProps) {
  const t = useTranslations();
  const te = useTranslations("reports.editor");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const { form, submit, send, notice, fieldError, busy } = useActionForm(pressReleaseSchema, save, {
    defaultValues: initial,
    onSuccess: (data, values) => {
      form.reset(values);
      router.refresh();
      return data.changed ? te("saved") : te("unchanged");
    },
  });
  const { register } = form;

  async function restoreTemplate() {
    setConfirming(false);
    const result = await send(form.getValues(), { run: () => reset(), done: () => te("resetDone") });
    if (!result.ok) return;
    form.reset(template);
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={te("title")}>
      <Field label={te("headline")} error={fieldError("title")} {...register("title")} />
      <TextareaField label={te("body")} hint={te("bodyHint")} rows={18} error={fieldError("body")} {...register("body")} />
      <FormMessage message={notice?.text} tone={notice?.tone} />
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <Button type="submit" disabled={busy}>
          {busy ? t("common.saving") : te("save")}
        </Button>
        {saved && !confirming && (
          <Button variant="secondary" disabled={busy} onClick={() => setConfirming(true)}>
            {te("reset")}
          </Button>
        )}
      </div>
      {confirming && (
        <div role="alertdialog" aria-labelledby="reset-confirm" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
          <p id="reset-confirm" className="text-sm text-amber-900">{te("resetConfirm")}</p>
          <div className="flex flex-col gap-2 sm:flex-row">
            <Button variant="danger" onClick={() => void restoreTemplate()}>{te("resetYes")}</Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>{te("resetNo")}</Button>
          </div>
        </div>
      )}
    </form>
  );
}
