"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-controls";
import { removeCoordinatorAction } from "@/lib/invitations/actions";

/** Takes the unit's coordinator role from one person, after a second tap. */
export function RemoveCoordinatorButton({ eventId, unitId, userId, name }: { eventId: string; unitId: string; userId: string; name: string }) {
  const t = useTranslations("invitations.actions");
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();

  const remove = () =>
    startTransition(async () => {
      setMessage(undefined);
      const result = await removeCoordinatorAction(eventId, unitId, userId);
      setConfirming(false);
      if (!result.ok) setMessage(result.message);
    });

  return (
    <div className="space-y-2">
      {confirming ? (
        <div role="group" aria-label={t("confirmRemove", { name })} className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-800">{t("confirmRemove", { name })}</span>
          <Button variant="danger" onClick={remove} disabled={pending}>
            {pending ? t("working") : t("removeConfirm")}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
            {t("keep")}
          </Button>
        </div>
      ) : (
        <Button variant="ghost" onClick={() => setConfirming(true)} aria-label={t("removeFor", { name })}>
          {t("remove")}
        </Button>
      )}
      <FormMessage message={message} />
    </div>
  );
}
