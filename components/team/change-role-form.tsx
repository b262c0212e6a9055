"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Checkbox, FormMessage, SelectField } from "@/components/ui/form-controls";
import { changeRoleAction } from "@/lib/team/actions";
import { changeRoleFormSchema } from "@/lib/team/schema";

export interface RoleOptions {
  events: { id: string; title: string }[];
  units: { id: string; name: string }[];
}

/** "Ubah peran": what this role becomes, within the organisation. */
export function ChangeRoleForm({ roleAssignmentId, current, options }: { roleAssignmentId: string; current: string; options: RoleOptions }) {
  const t = useTranslations("team");
  const { form, submit, notice, fieldError, busy } = useActionForm(changeRoleFormSchema, (values) => changeRoleAction(roleAssignmentId, values), {
    defaultValues: { target: current, endsWithEvent: false },
  });
  const { register, watch } = form;
  const id = `change-${roleAssignmentId}`;
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <SelectField id={`${id}-target`} label={t("actions.changeTo")} error={fieldError("target")} {...register("target")}>
        <option value="ORGANIZER">{t("roles.organizerOf")}</option>
        {options.events.map((event) => (
          <option key={event.id} value={`CHECKIN_STAFF:${event.id}`}>
            {t("roles.CHECKIN_STAFF", { event: event.title })}
          </option>
        ))}
        {options.units.map((unit) => (
          <option key={unit.id} value={`UNIT_COORDINATOR:${unit.id}`}>
            {t("roles.UNIT_COORDINATOR", { unit: unit.name })}
          </option>
        ))}
      </SelectField>
      {watch("target")?.startsWith("CHECKIN_STAFF:") && <Checkbox id={`${id}-ends`} label={t("invite.endsWithEvent")} {...register("endsWithEvent")} />}
      <FormMessage message={notice?.text} tone={notice?.tone} />
      <Button type="submit" variant="secondary" disabled={busy}>
        {busy ? t("actions.working") : t("actions.save")}
      </Button>
    </form>
  );
}
