"use client";

import { useId, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage, TextareaField } from "@/components/ui/form-controls";
import { decideRegistrationAction } from "@/lib/registrations/actions";

/** Approve or reject (with a reason) a public registration that waits for the organizer. */
export function PendingDecision({ eventId, registrationId, name }: { eventId: string; registrationId: string; name: string }) {
  const t = useTranslations("participants.decision");
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" }>();
  const [reasonError, setReasonError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const fieldName = `reason-${useId()}`;

  const decide = (input: { decision: "approve" } | { decision: "reject"; reason: string }) =>
    startTransition(async () => {
      setMessage(undefined);
      setReasonError(undefined);
      const result = await decideRegistrationAction(eventId, registrationId, input);
      if (result.ok) {
        setMessage({ text: t(input.decision === "approve" ? "approved" : "rejected", { name }), tone: "success" });
        return;
      }
      setReasonError(result.fieldErrors?.reason);
      setMessage({ text: result.message, tone: "error" });
    });

  return (
    <div className="mt-2 space-y-2">
      {!rejecting ? (
        <div className="flex flex-wrap gap-2">
          <Button type="button" disabled={pending} onClick={() => decide({ decision: "approve" })} aria-label={`${t("approve")}: ${name}`}>
            {t("approve")}
          </Button>
          <Button type="button" variant="secondary" disabled={pending} onClick={() => setRejecting(true)} aria-label={`${t("reject")}: ${name}`}>
            {t("reject")}
          </Button>
        </div>
      ) : (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            decide({ decision: "reject", reason });
          }}
        >
          <TextareaField name={fieldName} label={t("reasonLabel")} error={reasonError} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={pending}>
              {t("confirmReject")}
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => setRejecting(false)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      )}
      <FormMessage message={message?.text} tone={message?.tone} />
    </div>
  );
}
