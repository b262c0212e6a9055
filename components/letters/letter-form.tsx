"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage, TextareaField } from "@/components/ui/form-controls";
import type { ActionResult } from "@/lib/actions/action-result";
import { letterFormSchema, type LetterFormInput } from "@/lib/letters/schema";

interface LetterFormProps {
  defaultValues: LetterFormInput;
  save: (input: LetterFormInput) => Promise<ActionResult<{ eventId: string }>>;
  /** The event's day, time and venue as the letter prints them (not editable here). */
  eventFacts: [label: string, value: string][];
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-sm font-semibold text-slate-800">{title}</legend>
      {children}
    </fieldset>
  );
}

export function LetterForm({ defaultValues, save, eventFacts }: LetterFormProps) {
  const t = useTranslations();
  const tf = useTranslations("letters.form");
  const router = useRouter();
  const { form, submit, notice, fieldError, busy } = useActionForm(letterFormSchema, save, {
    defaultValues,
    mode: "onBlur",
    onSuccess: () => {
      router.refresh();
      return tf("saved");
    },
  });
  const { register } = form;
  const field = (name: keyof LetterFormInput, hint?: string) => <Field label={tf(name)} hint={hint} error={fieldError(name)} autoComplete="off" {...register(name)} />;
  const area = (name: keyof LetterFormInput, rows: number, hint?: string) => <TextareaField label={tf(name)} hint={hint} rows={rows} error={fieldError(name)} {...register(name)} />;

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Group title={tf("headerGroup")}>
        {field("number", tf("numberHint"))}
        <div className="grid gap-3 sm:grid-cols-2">
          {field("nature")}
          {field("attachment")}
        </div>
        {field("subject")}
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={tf("letterDate")} type="date" error={fieldError("letterDate")} {...register("letterDate")} />
          {field("place")}
        </div>
        {area("addressees", 3, tf("addresseesHint"))}
      </Group>
      <Group title={tf("bodyGroup")}>
        {area("opening", 4)}
        <div className="rounded-md bg-slate-50 p-3 text-sm">
          <p className="font-medium text-slate-800">{tf("eventFacts")}</p>
          <dl className="mt-1 grid gap-x-3 sm:grid-cols-[auto_1fr]">
            {eventFacts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-600">{label}</dt>
                <dd className="break-words text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </div>
        {area("agenda", 2)}
        {field("dressCode")}
        {area("travelCosts", 2)}
        {area("contacts", 3, tf("contactsHint"))}
        {area("closing", 3)}
      </Group>
      <Group title={tf("signGroup")}>
        {area("signatoryTitle", 2, tf("signatoryTitleHint"))}
        <div className="grid gap-3 sm:grid-cols-2">
          {field("signatoryName")}
          <Field label={tf("signatoryNip")} inputMode="numeric" error={fieldError("signatoryNip")} autoComplete="off" {...register("signatoryNip")} />
        </div>
        {area("copies", 3, tf("copiesHint"))}
      </Group>
      <FormMessage message={notice?.text} tone={notice?.tone} />
      <Button type="submit" disabled={busy} className="w-full sm:w-auto">
        {busy ? t("common.saving") : tf("save")}
      </Button>
    </form>
  );
}
