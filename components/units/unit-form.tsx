"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type DefaultValues } from "react-hook-form";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage, SelectField } from "@/components/ui/form-controls";
import type { TimeZoneOption } from "@/lib/time";
import { createUnitAction, updateUnitAction } from "@/lib/units/actions";
import { UNIT_TYPES, unitSchema, type UnitFormValues } from "@/lib/units/schema";
import { provinceKey } from "@/lib/units/unit-record";
import { keyedZodResolver, translateFieldError } from "@/lib/validation/resolver";

interface UnitFormProps {
  /** Set when editing; absent when adding a unit. */
  unitId?: string;
  defaultValues: DefaultValues<UnitFormValues>;
  /** Known provinces with their Kanwil's zone, offered as suggestions. */
  provinces: { province: string; timeZone: string }[];
  /** Built on the server (see timeZoneOptions) so both renders list the same zones. */
  timeZones: TimeZoneOption[];
}

const FIELDS = ["code", "name", "type", "class", "province", "city", "timeZone"] as const;

export function UnitForm({ unitId, defaultValues, provinces, timeZones }: UnitFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" } | null>(null);
  const [leaving, setLeaving] = useState(false);
  const { register, handleSubmit, getValues, setValue, setFocus, formState } = useForm<UnitFormValues>({
    resolver: keyedZodResolver(unitSchema),
    defaultValues,
  });

  const errorOf = (field: (typeof FIELDS)[number]) => serverErrors[field] ?? translateFieldError(t, formState.errors[field]);

  const onSubmit = handleSubmit(async (values) => {
    setServerErrors({});
    setMessage(null);
    const result = unitId ? await updateUnitAction(unitId, values) : await createUnitAction(values);
    if (!result.ok) {
      setServerErrors(result.fieldErrors ?? {});
      setMessage({ text: result.message, tone: "error" });
      const first = FIELDS.find((field) => result.fieldErrors?.[field]);
      if (first) setFocus(first);
      return;
    }
    if ("changed" in result.data && !result.data.changed) {
      setMessage({ text: t("units.form.unchanged"), tone: "success" });
      return;
    }
    setLeaving(true);
    router.push(`/console/units?saved=${encodeURIComponent(result.data.code)}`);
  });

  // A known province fills in its Kanwil's zone, the usual answer, while the zone is still empty.
  const province = register("province", {
    onChange: (event: { target: { value: string } }) => {
      const known = provinces.find((p) => provinceKey(p.province) === provinceKey(event.target.value));
      if (known && !getValues("timeZone")) setValue("timeZone", known.timeZone);
    },
  });
  const busy = formState.isSubmitting || leaving;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message?.text} tone={message?.tone} />
      <Field label={t("units.fields.code")} hint={t("units.form.codeHint")} autoCapitalize="characters" autoComplete="off" spellCheck={false} error={errorOf("code")} {...register("code")} />
      <Field label={t("units.fields.name")} autoComplete="off" error={errorOf("name")} {...register("name")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("units.fields.type")} error={errorOf("type")} {...register("type")}>
          <option value="">{t("units.form.chooseType")}</option>
          {UNIT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`unitType.${type}`)}
            </option>
          ))}
        </SelectField>
        <Field label={t("units.fields.class")} hint={t("units.form.classHint")} autoComplete="off" error={errorOf("class")} {...register("class")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("units.fields.province")} hint={t("units.form.provinceHint")} list="unit-form-provinces" autoComplete="off" error={errorOf("province")} {...province} />
        <Field label={t("units.fields.city")} autoComplete="off" error={errorOf("city")} {...register("city")} />
      </div>
      <datalist id="unit-form-provinces">
        {provinces.map((p) => (
          <option key={p.province} value={p.province} />
        ))}
      </datalist>
      <SelectField label={t("units.fields.timeZone")} hint={t("units.form.timeZoneHint")} error={errorOf("timeZone")} {...register("timeZone")}>
        <option value="">{t("units.form.chooseTimeZone")}</option>
        {timeZones.map((zone) => (
          <option key={zone.value} value={zone.value}>
            {zone.label}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-col-reverse gap-2 sm:flex-row">
        <Link href="/console/units" className={buttonClass("secondary", "w-full sm:w-auto")}>
          {t("units.form.cancel")}
        </Link>
        <button type="submit" disabled={busy} aria-disabled={busy} className={buttonClass("primary", "w-full sm:w-auto")}>
          {busy ? t("units.form.saving") : t("units.form.save")}
        </button>
      </div>
    </form>
  );
}
