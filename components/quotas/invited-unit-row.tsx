"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { removeUnitInvitationAction, saveUnitQuotaAction } from "@/lib/quotas/actions";
import { seatsFormSchema, type SeatsFormValues } from "@/lib/quotas/schema";
import { keyedZodResolver, translateFieldError } from "@/lib/validation/resolver";
import { useAnnounce } from "./announcer";
import { OverAllocationConfirm } from "./over-allocation-confirm";
import { SeatsInput } from "./seats-input";
import { useOverAllocationConfirm } from "./use-over-allocation-confirm";

export interface InvitedUnitRowProps {
  eventId: string;
  unit: { unitId: string; code: string; name: string; typeLabel: string; province: string; seats: number; registered: number };
  readOnly: boolean;
}

// One invited unit: its numbers, an inline seats editor and the withdrawal, each refusal shown
// right here next to the row it concerns.
export function InvitedUnitRow({ eventId, unit, readOnly }: InvitedUnitRowProps) {
  const t = useTranslations();
  const tl = useTranslations("quotas.list");
  const announce = useAnnounce();
  const [error, setError] = useState<string>();
  const [removing, setRemoving] = useState<"ask" | "busy" | null>(null);
  const { register, handleSubmit, formState, setFocus, getValues } = useForm<SeatsFormValues>({
    resolver: keyedZodResolver(seatsFormSchema),
    // Follows the server's value after each save (the page re-renders with the new quota).
    values: { seats: String(unit.seats) },
  });
  const save = useOverAllocationConfirm((result) => {
    if (result.ok) {
      setError(undefined);
      announce(tl("saved", { unit: unit.name, seats: Number(getValues("seats")) }));
    } else {
      setError(result.fieldErrors?.seats ?? result.message);
    }
  });

  const idBase = `quota-${unit.unitId}`;
  const fieldError = translateFieldError(t, formState.errors.seats) ?? error;
  const onSubmit = handleSubmit((values) => {
    setError(undefined);
    return save.submit((confirmOverAllocation) => saveUnitQuotaAction({ eventId, unitId: unit.unitId, seats: values.seats, confirmOverAllocation }));
  });

  async function remove() {
    setRemoving("busy");
    const result = await removeUnitInvitationAction({ eventId, unitId: unit.unitId });
    setRemoving(null);
    if (result.ok) announce(tl("removed", { unit: unit.name }));
    else setError(result.message);
  }

  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-end justify-between gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1 basis-56">
          <p className="font-medium leading-snug">{unit.name}</p>
          <p className="text-sm text-slate-600">
            {unit.code} · {unit.typeLabel} · {unit.province}
          </p>
          <p className="text-sm text-slate-700">{tl("registered", { count: unit.registered })}</p>
        </div>
        {readOnly ? (
          <p className="text-lg font-semibold">{t("quotas.seatsValue", { seats: unit.seats })}</p>
        ) : (
          <form onSubmit={onSubmit} noValidate className="flex items-end gap-2">
            <SeatsInput
              id={`${idBase}-seats`}
              label={t("quotas.seatsShort")}
              accessibleLabel={tl("seats", { unit: unit.name })}
              errorId={`${idBase}-error`}
              invalid={Boolean(fieldError)}
              defaultValue={unit.seats}
              {...register("seats", { onChange: () => save.dismiss() })}
            />
            <Button type="submit" variant="secondary" disabled={save.pending}>
              {save.pending ? tl("saving") : tl("save")}
            </Button>
            <Button variant="ghost" disabled={removing === "busy"} onClick={() => (unit.registered > 0 ? void remove() : setRemoving("ask"))}>
              {removing === "busy" ? tl("removing") : tl("remove")}
            </Button>
          </form>
        )}
      </div>
      <p id={`${idBase}-error`} role={fieldError ? "alert" : undefined} className="mt-1 text-sm text-red-700 empty:hidden">
        {fieldError}
      </p>
      {save.confirmation && (
        <OverAllocationConfirm
          message={save.confirmation}
          pending={save.pending}
          onConfirm={() => void save.confirm()}
          onCancel={() => {
            save.dismiss();
            setFocus("seats");
          }}
        />
      )}
      {removing === "ask" && (
        <div role="alertdialog" aria-label={tl("removeConfirm", { unit: unit.name })} className="mt-3 rounded-md border border-slate-300 bg-slate-50 p-3">
          <p className="text-sm">{tl("removeConfirm", { unit: unit.name })}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button variant="danger" autoFocus onClick={() => void remove()}>
              {tl("removeYes")}
            </Button>
            <Button variant="secondary" onClick={() => setRemoving(null)}>
              {t("quotas.confirm.cancel")}
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}
