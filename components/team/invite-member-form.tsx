"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { IssuedLink } from "@/components/invitations/issued-link";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Checkbox, FormMessage, SelectField } from "@/components/ui/form-controls";
import { inviteDoorStaffAction, inviteMemberAction } from "@/lib/team/actions";
import { inviteDoorStaffFormSchema, inviteMemberFormSchema } from "@/lib/team/schema";

type Issued = { email: string; link: string };

/** "Tim & akses": invite an organiser, or door staff of one of the organisation's events. */
export function InviteMemberForm({ events }: { events: { id: string; title: string }[] }) {
  const t = useTranslations("team.invite");
  const [issued, setIssued] = useState<Issued>();
  const { form, submit, notice, fieldError, busy } = useActionForm(inviteMemberFormSchema, inviteMemberAction, {
    defaultValues: { email: "", name: "", target: "ORGANIZER", endsWithEvent: true },
    onSuccess: (link) => {
      setIssued(link);
      form.reset();
    },
    onFailure: () => setIssued(undefined),
  });
  const { register, watch } = form;
  const doorStaff = watch("target")?.startsWith("CHECKIN_STAFF:");
  return (
    <div className="space-y-3">
      <form onSubmit={submit} noValidate className="space-y-3">
        <Field id="team-invite-email" type="email" inputMode="email" autoComplete="off" label={t("email")} error={fieldError("email")} {...register("email")} />
        <Field id="team-invite-name" label={t("name")} autoComplete="off" error={fieldError("name")} {...register("name")} />
        <SelectField id="team-invite-role" label={t("role")} error={fieldError("target")} {...register("target")}>
          <option value="ORGANIZER">{t("roleOrganizer")}</option>
          {events.map((event) => (
            <option key={event.id} value={`CHECKIN_STAFF:${event.id}`}>
              {t("roleDoorStaff", { event: event.title })}
            </option>
          ))}
        </SelectField>
        {doorStaff && <Checkbox id="team-invite-ends" label={t("endsWithEvent")} {...register("endsWithEvent")} />}
        <FormMessage message={notice?.text} tone={notice?.tone} />
        <Button type="submit" disabled={busy} className="w-full sm:w-auto">
          {busy ? t("sending") : t("submit")}
        </Button>
      </form>
      <div aria-live="polite">{issued && <IssuedLink email={issued.email} link={issued.link} />}</div>
    </div>
  );
}

/** On an event's door-staff page: the role is that event's door. */
export function InviteDoorStaffForm({ eventId }: { eventId: string }) {
  const t = useTranslations("team.invite");
  const [issued, setIssued] = useState<Issued>();
  const { form, submit, notice, fieldError, busy } = useActionForm(inviteDoorStaffFormSchema, (values) => inviteDoorStaffAction(eventId, values), {
    defaultValues: { email: "", name: "", endsWithEvent: true },
    onSuccess: (link) => {
      setIssued(link);
      form.reset();
    },
    onFailure: () => setIssued(undefined),
  });
  const { register } = form;
  return (
    <div className="space-y-3">
      <form onSubmit={submit} noValidate className="space-y-3">
        <Field id="door-invite-email" type="email" inputMode="email" autoComplete="off" label={t("email")} error={fieldError("email")} {...register("email")} />
        <Field id="door-invite-name" label={t("name")} autoComplete="off" error={fieldError("name")} {...register("name")} />
        <Checkbox id="door-invite-ends" label={t("endsWithEvent")} {...register("endsWithEvent")} />
        <FormMessage message={notice?.text} tone={notice?.tone} />
        <Button type="submit" disabled={busy} className="w-full sm:w-auto">
          {busy ? t("sending") : t("submit")}
        </Button>
      </form>
      <div aria-live="polite">{issued && <IssuedLink email={issued.email} link={issued.link} />}</div>
    </div>
  );
}
