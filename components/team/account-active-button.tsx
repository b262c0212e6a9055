"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-controls";
import { setAccountActiveAction } from "@/lib/team/actions";

/** Deactivates (after a second tap) or reactivates one account. */
export function AccountActiveButton({ userId, name, active }: { userId: string; name: string; active: boolean }) {
  const t = useTranslations("team.actions");
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();
  const set = (value: boolean) =>
    startTransition(async () => {
      setMessage(undefined);
      const result = await setAccountActiveAction(userId, value);
      setConfirming(false);
      if (!result.ok) setMessage(result.message);
    });
  return (
    <div className="space-y-2">
      {!active ? (
        <Button variant="secondary" onClick={() => set(true)} disabled={pending} aria-label={t("reactivateFor", { name })}>
          {pending ? t("working") : t("reactivate")}
        </Button>
      ) : confirming ? (
        <div role="group" aria-label={t("confirmDeactivate", { name })} className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-800">{t("confirmDeactivate", { name })}</span>
          <Button variant="danger" onClick={() => set(false)} disabled={pending}>
            {pending ? t("working") : t("deactivateConfirm")}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
            {t("keep")}
          </Button>
        </div>
      ) : (
        <Button variant="ghost" onClick={() => setConfirming(true)} aria-label={t("deactivateFor", { name })}>
          {t("deactivate")}
        </Button>
      )}
      <FormMessage message={message} />
    </div>
  );
}
