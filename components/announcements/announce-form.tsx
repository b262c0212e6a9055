"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextareaField } from "@/components/ui/form-controls";
import type { ActionResult } from "@/lib/actions/action-result";
import { announcementFormSchema, type AnnouncementFormInput } from "@/lib/announcements/schema";

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
  const { form, submit, notice, fieldError, busy } = useActionForm(announcementFormSchema, send, {
    defaultValues: { body: "", sessionId },
    onSuccess: (data) => {
      form.reset({ body: "", sessionId });
      return tf("sent", { count: data.recipients });
    },
  });
  const { register } = form;

  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4" aria-label={tf("title")}>
      <h3 className="text-base font-semibold">{prompt ?? tf("title")}</h3>
      <p className="text-sm text-slate-700">{tf("intro")}</p>
      <TextareaField label={tf("body")} hint={tf("bodyHint")} rows={3} error={fieldError("body")} {...register("body")} />
      <SelectField label={tf("session")} error={fieldError("sessionId")} {...register("sessionId")}>
        <option value="">{tf("noSession")}</option>
        {sessions.map((session) => (
          <option key={session.id} value={session.id}>
            {session.label}
          </option>
        ))}
      </SelectField>
      <FormMessage message={notice?.text} tone={notice?.tone} />
      <Button type="submit" disabled={busy} className="w-full sm:w-auto">
        {busy ? t("common.saving") : tf("send")}
      </Button>
    </form>
  );
}
