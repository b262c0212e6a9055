"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage, TextareaField } from "@/components/ui/form-controls";
import { clearAttendanceSignOffAction, setAttendanceSignOffAction } from "@/lib/attendance/actions";
import { attendanceSignOffSchema, type AttendanceSignOffValues } from "@/lib/attendance/sign-off-schema";

interface AttendanceSignOffFormProps {
  eventId: string;
  defaultValues: AttendanceSignOffValues;
  /** Whether one is stored (and so can be removed). */
  configured: boolean;
  /** An archived event: shown, not editable. */
  readOnly: boolean;
}

export function AttendanceSignOffForm({ eventId, defaultValues, configured, readOnly }: AttendanceSignOffFormProps) {
  const t = useTranslations("daftarHadir.signOff");
  const router = useRouter();
  const { form, submit, send, notice, fieldError, busy } = useActionForm(attendanceSignOffSchema, (values) => setAttendanceSignOffAction(eventId, values), {
    defaultValues,
    onSuccess: ({ changed }) => {
      router.refresh();
      return changed ? t("saved") : t("unchanged");
    },
  });
  const { register } = form;
  const remove = () =>
    void send(form.getValues(), {
      run: () => clearAttendanceSignOffAction(eventId),
      done: () => {
        router.refresh();
        return t("removed");
      },
    });
  return (
    <form onSubmit={submit} noValidate className="mt-3 max-w-xl space-y-3">
      <fieldset disabled={readOnly || busy} className="space-y-3">
        <TextareaField id="sign-off-roles" label={t("roleLines")} hint={t("roleLinesHint")} rows={3} error={fieldError("roleLines")} {...register("roleLines")} />
        <Field id="sign-off-name" label={t("name")} autoComplete="off" error={fieldError("name")} {...register("name")} />
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="sign-off-nip" label={t("nip")} hint={t("nipHint")} inputMode="numeric" autoComplete="off" error={fieldError("nip")} {...register("nip")} />
          <Field id="sign-off-place" label={t("place")} hint={t("placeHint")} autoComplete="address-level2" error={fieldError("place")} {...register("place")} />
        </div>
        <FormMessage message={notice?.text} tone={notice?.tone} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit">{busy ? t("saving") : t("save")}</Button>
          {configured && (
            <Button type="button" variant="ghost" onClick={remove}>
              {t("remove")}
            </Button>
          )}
        </div>
      </fieldset>
    </form>
  );
}
