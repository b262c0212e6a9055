"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-controls";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { trackFormSchema, type TrackFormInput } from "@/lib/agenda/schema";

interface TrackFormProps {
  idPrefix: string;
  defaultValues: TrackFormInput;
  save: (input: TrackFormInput) => Promise<ActionResult<void>>;
  remove?: () => Promise<ActionResult<void>>;
  submitLabel: string;
  usage?: string;
}

// One track: its name and the colour that marks its sessions on the agenda.
export function TrackForm({ idPrefix, defaultValues, save, remove, submitLabel, usage }: TrackFormProps) {
  const tt = useTranslations("agenda.tracks");
  const router = useRouter();
  const { form, submit, send, notice, fieldError, busy } = useActionForm(trackFormSchema, save, {
    defaultValues,
    onSuccess: () => {
      if (!remove) form.reset(defaultValues);
      router.refresh();
      return tt("saved");
    },
  });
  const { register } = form;

  return (
    <form onSubmit={submit} noValidate className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
      <div className="grid grid-cols-[1fr_7rem] gap-3">
        <Field id={`${idPrefix}-name`} label={tt("name")} error={fieldError("name")} {...register("name")} />
        <Field id={`${idPrefix}-color`} label={tt("color")} placeholder="#0f5864" error={fieldError("color")} {...register("color")} />
      </div>
      {usage && <p className="text-xs text-slate-600">{usage}</p>}
      <FormMessage message={notice?.text} tone={notice?.tone} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={remove ? "secondary" : "primary"} disabled={busy}>
          {submitLabel}
        </Button>
        {remove && (
          <Button variant="ghost" disabled={busy} onClick={() => void send(form.getValues(), { run: remove, done: () => { router.refresh(); return tt("deleted"); } })}>
            {tt("delete")}
          </Button>
        )}
      </div>
    </form>
  );
}
