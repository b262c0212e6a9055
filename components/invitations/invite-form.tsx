"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-controls";
import { inviteCoordinatorAction } from "@/lib/invitations/actions";
import { inviteFormSchema } from "@/lib/invitations/schema";
import { IssuedLink } from "./issued-link";

export function InviteForm({ eventId, unitId, unitName }: { eventId: string; unitId: string; unitName: string }) {
  const ti = useTranslations("invitations.invite");
  const [issued, setIssued] = useState<{ email: string; link: string }>();
  const { form, submit, notice, fieldError, busy } = useActionForm(inviteFormSchema, (values) => inviteCoordinatorAction(eventId, unitId, values), {
    defaultValues: { email: "", name: "" },
    onSuccess: (link) => {
      setIssued(link);
      form.reset();
    },
    onFailure: () => setIssued(undefined),
  });
  const { register } = form;

  const prefix = `invite-${unitId}`;
  return (
    <div className="space-y-3">
      <form onSubmit={submit} noValidate className="space-y-3" aria-label={ti("formLabel", { unit: unitName })}>
        <Field
          id={`${prefix}-email`}
          type="email"
          inputMode="email"
          autoComplete="off"
          label={ti("email")}
          error={fieldError("email")}
          {...register("email")}
        />
        <Field id={`${prefix}-name`} label={ti("name")} hint={ti("nameHint")} autoComplete="off" error={fieldError("name")} {...register("name")} />
        <FormMessage message={notice?.text} tone={notice?.tone} />
        <Button type="submit" disabled={busy} className="w-full sm:w-auto">
          {busy ? ti("sending") : ti("submit")}
        </Button>
      </form>
      <div aria-live="polite">{issued && <IssuedLink email={issued.email} link={issued.link} />}</div>
    </div>
  );
}
