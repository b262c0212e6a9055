"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage, TextareaField } from "@/components/ui/form-controls";
import type { ActionResult } from "@/lib/actions/action-result";
import { speakerFormSchema, type SpeakerFormInput } from "@/lib/speakers/schema";

interface SpeakerFormProps {
  defaultValues: SpeakerFormInput;
  save: (input: SpeakerFormInput) => Promise<ActionResult<{ id: string }>>;
  submitLabel: string;
  /** For a new speaker: the list address; the form continues to their page there, to add a photo. */
  listHref?: string;
}

export function SpeakerForm({ defaultValues, save, submitLabel, listHref }: SpeakerFormProps) {
  const t = useTranslations();
  const ts = useTranslations("speakers.form");
  const router = useRouter();
  const { form, submit, notice, fieldError, busy } = useActionForm(speakerFormSchema, save, {
    defaultValues,
    mode: "onBlur",
    onSuccess: (data) => {
      if (listHref) return router.push(`${listHref}/${data.id}`);
      router.refresh();
      return ts("saved");
    },
  });
  const { register } = form;

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Field label={ts("name")} error={fieldError("name")} autoComplete="off" {...register("name")} />
      <Field label={ts("title")} error={fieldError("title")} {...register("title")} />
      <Field label={ts("organization")} error={fieldError("organization")} {...register("organization")} />
      <TextareaField label={ts("bio")} error={fieldError("bio")} {...register("bio")} />
      <FormMessage message={notice?.text} tone={notice?.tone} />
      <Button type="submit" disabled={busy} className="w-full sm:w-auto">
        {busy ? t("common.saving") : submitLabel}
      </Button>
    </form>
  );
}
