"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-controls";
import { acceptInvitationAction } from "@/lib/invitations/actions";
import { acceptAccessInvitationAction } from "@/lib/team/actions";
import { acceptInvitationFormSchema, MIN_PASSWORD_LENGTH } from "@/lib/invitations/schema";

/** `access`: an invitation from "Tim & akses" (organiser, door staff) rather than a unit coordinator's. */
export function AcceptForm({ token, email, defaultName, access = false }: { token: string; email: string; defaultName: string; access?: boolean }) {
  const ta = useTranslations("invitations.accept");
  const [leaving, setLeaving] = useState(false);
  // On success the action signs in and moves to the unit portal; the button stays disabled meanwhile.
  const { form, submit, notice, fieldError, busy } = useActionForm(acceptInvitationFormSchema, (values) => (access ? acceptAccessInvitationAction : acceptInvitationAction)(token, values), {
    defaultValues: { name: defaultName, password: "", passwordConfirmation: "" },
    onSuccess: () => setLeaving(true),
  });
  const { register } = form;

  return (
    <form onSubmit={submit} noValidate className="mt-4 space-y-4">
      {/* Lets password managers store the new password under the right address. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field label={ta("name")} autoComplete="name" error={fieldError("name")} {...register("name")} />
      <Field
        type="password"
        label={ta("password")}
        hint={ta("passwordHint", { min: MIN_PASSWORD_LENGTH })}
        autoComplete="new-password"
        error={fieldError("password")}
        {...register("password")}
      />
      <Field
        type="password"
        label={ta("passwordConfirmation")}
        autoComplete="new-password"
        error={fieldError("passwordConfirmation")}
        {...register("passwordConfirmation")}
      />
      <FormMessage message={notice?.text} tone={notice?.tone} />
      <Button type="submit" disabled={busy || leaving} className="w-full">
        {busy || leaving ? ta("submitting") : ta("submit")}
      </Button>
    </form>
  );
}
