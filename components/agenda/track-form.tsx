"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-controls";
import type { ActionResult } from "@/lib/actions/run-action";
import { trackFormSchema, type TrackFormInput } from "@/lib/agenda/schema";
import { keyedZodResolver } from "@/lib/validation/resolver";
import { translateFieldError } from "@/lib/validation/resolver";

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
  const t = useTranslations();
  const tt = useTranslations("agenda.tracks");
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" }>();
  const { register, handleSubmit, setError, reset, formState } = useForm<TrackFormInput>({ resolver: keyedZodResolver(trackFormSchema), defaultValues });
  const error = (name: keyof TrackFormInput) => translateFieldError(t, formState.errors[name]);

  async function finish(result: ActionResult<void>, done: string) {
    if (result.ok) {
      setMessage({ text: done, tone: "success" });
      if (!remove) reset(defaultValues);
      router.refresh();
      return;
    }
    for (const [field, text] of Object.entries(result.fieldErrors ?? {})) {
      if (field !== "_form") setError(field as keyof TrackFormInput, { type: "server", message: text });
    }
    setMessage({ text: result.message, tone: "error" });
  }

  return (
    <form onSubmit={handleSubmit(async (values) => finish(await save(values), tt("saved")))} noValidate className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
      <div className="grid grid-cols-[1fr_7rem] gap-3">
        <Field id={`${idPrefix}-name`} label={tt("name")} error={error("name")} {...register("name")} />
        <Field id={`${idPrefix}-color`} label={tt("color")} placeholder="#0f5864" error={error("color")} {...register("color")} />
      </div>
      {usage && <p className="text-xs text-slate-600">{usage}</p>}
      <FormMessage message={message?.text} tone={message?.tone} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={remove ? "secondary" : "primary"} disabled={formState.isSubmitting}>
          {submitLabel}
        </Button>
        {remove && (
          <Button variant="ghost" disabled={formState.isSubmitting} onClick={async () => finish(await remove(), tt("deleted"))}>
            {tt("delete")}
          </Button>
        )}
      </div>
    </form>
  );
}
