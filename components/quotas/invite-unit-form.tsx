"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { saveUnitQuotaAction } from "@/lib/quotas/actions";
import { seatsFormSchema, type SeatsFormValues } from "@/lib/quotas/schema";
import { keyedZodResolver, translateFieldError } from "@/lib/validation/resolver";
import { useAnnounce } from "./announcer";
import { OverAllocationConfirm } from "./over-allocation-confirm";
import { SeatsInput } from "./seats-input";
import { useOverAllocationConfirm } from "./use-over-allocation-confirm";

export interface InviteUnitFormProps {
  eventId: string;
  unit: { id: string; code: string; name: string; typeLabel: string; province: string };
  defaultSeats: number;
}

// One search result of the invite picker: the unit and "invite with N seats".
export function InviteUnitForm({ eventId, unit, defaultSeats }: InviteUnitFormProps) {
  const t = useTranslations();
  const ti = useTranslations("quotas.invite");
  const announce = useAnnounce();
  const [error, setError] = useState<string>();
  const { register, handleSubmit, formState, setFocus, getValues } = useForm<SeatsFormValues>({
    resolver: keyedZodResolver(seatsFormSchema),
    defaultValues: { seats: String(defaultSeats) },
  });
  const invite = useOverAllocationConfirm((result) => {
    if (result.ok) announce(ti("done", { unit: unit.name, seats: Number(getValues("seats")) }));
    else setError(result.fieldErrors?.seats ?? result.message);
  });

  const idBase = `invite-${unit.id}`;
  const fieldError = translateFieldError(t, formState.errors.seats) ?? error;
  const onSubmit = handleSubmit((values) => {
    setError(undefined);
    return invite.submit((confirmOverAllocation) => saveUnitQuotaAction({ eventId, unitId: unit.id, seats: values.seats, confirmOverAllocation }));
  });

  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3">
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end justify-between gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1 basis-56">
          <p className="font-medium leading-snug">{unit.name}</p>
          <p className="text-sm text-slate-600">
            {unit.code} · {unit.typeLabel} · {unit.province}
          </p>
        </div>
        <div className="flex items-end gap-2">
          <SeatsInput
            id={`${idBase}-seats`}
            label={t("quotas.seatsShort")}
            accessibleLabel={ti("seats", { unit: unit.name })}
            errorId={`${idBase}-error`}
            invalid={Boolean(fieldError)}
            defaultValue={defaultSeats}
            {...register("seats", { onChange: () => invite.dismiss() })}
          />
          <Button type="submit" disabled={invite.pending}>
            {invite.pending ? ti("submitting") : ti("submit")}
          </Button>
        </div>
      </form>
      <p id={`${idBase}-error`} role={fieldError ? "alert" : undefined} className="mt-1 text-sm text-red-700 empty:hidden">
        {fieldError}
      </p>
      {invite.confirmation && (
        <OverAllocationConfirm
          message={invite.confirmation}
          pending={invite.pending}
          onConfirm={() => void invite.confirm()}
          onCancel={() => {
            invite.dismiss();
            setFocus("seats");
          }}
        />
      )}
    </li>
  );
}
