"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { CopyLink } from "@/components/invitations/copy-link";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-controls";
import { cancelRegistrationAction, replaceParticipantAction, updateParticipantAction } from "@/lib/registrations/actions";
import type { ParticipantInput } from "@/lib/registrations/schema";
import { ParticipantForm } from "./participant-form";

export interface RegistrationCardData {
  id: string;
  name: string;
  nip: string | null;
  position: string | null;
  status: string;
  attendanceMode: string;
  ticketLink: string;
  values: ParticipantInput;
}

const STATUS_STYLE: Record<string, string> = {
  CONFIRMED: "bg-green-100 text-green-900",
  PENDING: "bg-amber-100 text-amber-900",
  WAITLISTED: "bg-amber-100 text-amber-900",
};

export function RegistrationCard({ eventId, unitId, registration, editable }: { eventId: string; unitId: string; registration: RegistrationCardData; editable: boolean }) {
  const t = useTranslations("unitPortal");
  const [mode, setMode] = useState<"view" | "edit" | "replace" | "cancel">("view");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string>();
  const active = ["CONFIRMED", "PENDING", "WAITLISTED"].includes(registration.status);

  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="font-semibold">{registration.name}</p>
          <p className="text-sm text-slate-600">
            {registration.nip} · {registration.position}
          </p>
          <p className="text-sm text-slate-600">{t(`mode.${registration.attendanceMode}`)}</p>
        </div>
        <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[registration.status] ?? "bg-slate-200 text-slate-700"}`}>
          {t(`status.${registration.status}`)}
        </span>
      </div>
      {active && registration.status !== "WAITLISTED" && (
        <div className="mt-3">
          <CopyLink link={registration.ticketLink} label={t("ticketLink", { name: registration.name })} />
        </div>
      )}
      {editable && active && mode === "view" && (
        <div className="mt-3 flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => setMode("edit")}>{t("edit")}</Button>
          {registration.status !== "WAITLISTED" && <Button variant="secondary" onClick={() => setMode("replace")}>{t("replace")}</Button>}
          <Button variant="ghost" onClick={() => setMode("cancel")}>{t("cancel")}</Button>
        </div>
      )}
      {mode === "edit" && (
        <div className="mt-3 border-t border-slate-200 pt-3">
          <h3 className="mb-2 font-semibold">{t("editHeading", { name: registration.name })}</h3>
          <ParticipantForm
            idPrefix={`edit-${registration.id}`}
            defaultValues={registration.values}
            submitLabel={t("saveChanges")}
            submit={(input) => updateParticipantAction(eventId, unitId, registration.id, input)}
            onDone={() => setMode("view")}
          />
          <Button variant="ghost" className="mt-2" onClick={() => setMode("view")}>{t("close")}</Button>
        </div>
      )}
      {mode === "replace" && (
        <div className="mt-3 border-t border-slate-200 pt-3">
          <h3 className="mb-1 font-semibold">{t("replaceHeading", { name: registration.name })}</h3>
          <p className="mb-2 text-sm text-slate-600">{t("replaceHint")}</p>
          <ParticipantForm
            idPrefix={`replace-${registration.id}`}
            submitLabel={t("replaceSubmit")}
            submit={(input) => replaceParticipantAction(eventId, unitId, registration.id, input)}
          />
          <Button variant="ghost" className="mt-2" onClick={() => setMode("view")}>{t("close")}</Button>
        </div>
      )}
      {mode === "cancel" && (
        <div role="group" aria-label={t("cancelHeading", { name: registration.name })} className="mt-3 rounded-md bg-red-50 p-3">
          <p className="text-sm text-red-900">{t("cancelConfirm", { name: registration.name })}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button
              variant="danger"
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  const result = await cancelRegistrationAction(eventId, unitId, registration.id);
                  if (result.ok) setMode("view");
                  else setMessage(result.message);
                })
              }
            >
              {t("cancelYes")}
            </Button>
            <Button variant="secondary" onClick={() => setMode("view")}>{t("close")}</Button>
          </div>
          <FormMessage message={message} />
        </div>
      )}
    </li>
  );
}
