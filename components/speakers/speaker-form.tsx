"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage, TextareaField } from "@/components/ui/form-controls";
import type { ActionResult } from "@/lib/actions/run-action";
import { speakerFormSchema, type SpeakerFormInput } from "@/lib/speakers/schema";
import { keyedZodResolver } from "@/lib/validation/resolver";
import { translateFieldError } from "@/lib/validation/resolver";

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
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" }>();
  const { register, handleSubmit, setError, formState } = useForm<SpeakerFormInput>({ resolver: keyedZodResolver(speakerFormSchema), defaultValues, mode: "onBlur" });
  const error = (name: keyof SpeakerFormInput) => translateFieldError(t, formState.errors[name]);

  const onSubmit = handleSubmit(async (values) => {
    setMessage(undefined);
    const result = await save(values);
    if (result.ok) {
      if (listHref) {
        router.push(`${listHref}/${result.data.id}`);
        return;
      }
      setMessage({ text: ts("saved"), tone: "success" });
      router.refresh();
      return;
    }
    for (const [field, text] of Object.entries(result.fieldErrors ?? {})) {
      if (field !== "_form") setError(field as keyof SpeakerFormInput, { type: "server", message: text });
    }
    setMessage({ text: result.message, tone: "error" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={ts("name")} error={error("name")} autoComplete="off" {...register("name")} />
      <Field label={ts("title")} error={error("title")} {...register("title")} />
      <Field label={ts("organization")} error={error("organization")} {...register("organization")} />
      <TextareaField label={ts("bio")} error={error("bio")} {...register("bio")} />
      <FormMessage message={message?.text} tone={message?.tone} />
      <Button type="submit" disabled={formState.isSubmitting} className="w-full sm:w-auto">
        {formState.isSubmitting ? t("common.saving") : submitLabel}
      </Button>
    </form>
  );
}
