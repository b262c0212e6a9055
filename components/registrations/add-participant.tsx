"use client";

import { useTranslations } from "next-intl";
import { registerParticipantAction } from "@/lib/registrations/actions";
import { ParticipantForm } from "./participant-form";

export function AddParticipant({ eventId, unitId }: { eventId: string; unitId: string }) {
  const t = useTranslations("unitPortal");
  return (
    <ParticipantForm
      idPrefix="add"
      offerWaitlist
      submitLabel={t("addSubmit")}
      submit={(input, joinWaitlist) => registerParticipantAction(eventId, unitId, input, joinWaitlist)}
    />
  );
}
