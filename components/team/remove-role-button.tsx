"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-controls";
import { removeRoleAction } from "@/lib/team/actions";

/** Takes one role away, after a second tap. */
export function RemoveRoleButton({ roleAssignmentId, name, role }: { roleAssignmentId: string; name: string; role: string }) {
  const t = useTranslations("team.actions");
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();
  const remove = () =>
    startTransition(async () => {
      setMessage(undefined);
      const result = await removeRoleAction(roleAssignmentId);
      setConfirming(false);
      if (!result.ok) setMessage(result.message);
    });
  return (
    <div className="space-y-2">
      {confirming ? (
        <div role="group" aria-label={t("confirmRemove", { name, role })} className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-800">{t("confirmRemove", { name, role })}</span>
          <Button variant="danger" onClick={remove} disabled={pending}>
            {pending ? t("working") : t("removeConfirm")}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
            {t("keep")}
          </Button>
        </div>
      ) : (
        <Button variant="ghost" onClick={() => setConfirming(true)} aria-label={t("removeFor", { name, role })}>
          {t("remove")}
        </Button>
      )}
      <FormMessage message={message} />
    </div>
  );
}
