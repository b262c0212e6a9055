"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextareaField } from "@/components/ui/form-controls";
import type { ActionResult } from "@/lib/actions/run-action";
import { announcementFormSchema, type AnnouncementFormInput } from "@/lib/announcements/schema";
import { keyedZodResolver } from "@/lib/validation/resolver";
import { translateFieldError } from "@/lib/validation/resolver";

interface AnnounceFormProps {
  send: (input: AnnouncementFormInput) => Promise<ActionResult<{ recipients: number }>>;
  sessions: { id: string; label: string }[];
  /** The session just changed, preselected. */
  sessionId?: string;
  /** Shown as the prompt above the form, e.g. right after a session was edited. */
  prompt?: string;
}

export function AnnounceForm({ send, sessions, sessionId = "", prompt }: AnnounceFormProps) {
  const t = useTranslations();
  const tf = useTranslations("announcements.form");
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" }>();
  const { register, handleSubmit, setError, reset, formState } = useForm<AnnouncementFormInput>({
    resolver: keyedZodResolver(announcementFormSchema),
    defaultValues: { body: "", sessionId },
  });
  const error = (name: keyof AnnouncementFormInput) => translateFieldError(t, formState.errors[name]);

  const onSubmit = handleSubmit(async (values) => {
    setMessage(undefined);
    const result = await send(values);
    if (result.ok) {
      reset({ body: "", sessionId });
      setMessage({ text: tf("sent", { count: result.data.recipients }), tone: "success" });
      return;
    }
    for (const [field, text] of Object.entries(result.fieldErrors ?? {})) {
      if (field !== "_form") setError(field as keyof AnnouncementFormInput, { type: "server", message: text });
    }
    setMessage({ text: result.message, tone: "error" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4" aria-label={tf("title")}>
      <h3 className="text-base font-semibold">{prompt ?? tf("title")}</h3>
      <p className="text-sm text-slate-700">{tf("intro")}</p>
      <TextareaField label={tf("body")} hint={tf("bodyHint")} rows={3} error={error("body")} {...register("body")} />
      <SelectField label={tf("session")} error={error("sessionId")} {...register("sessionId")}>
        <option value="">{tf("noSession")}</option>
        {sessions.map((session) => (
          <option key={session.id} value={session.id}>
            {session.label}
          </option>
        ))}
      </SelectField>
      <FormMessage message={message?.text} tone={message?.tone} />
      <Button type="submit" disabled={formState.isSubmitting} className="w-full sm:w-auto">
        {formState.isSubmitting ? t("common.saving") : tf("send")}
      </Button>
    </form>
  );
}
