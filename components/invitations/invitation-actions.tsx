"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-controls";
import type { ActionResult } from "@/lib/actions/action-result";
import { IssuedLink } from "./issued-link";

interface InvitationActionsProps {
  email: string;
  /** The resend action bound to this invitation (a coordinator's or a team role's); answers the new link. */
  resend: () => Promise<ActionResult<{ email: string; link: string }>>;
  /** The revoke action bound to this invitation. */
  revoke: () => Promise<ActionResult<unknown>>;
}

/** "Kirim ulang" and "Cabut" for one open invitation; revoking asks once more before it happens. */
export function InvitationActions({ email, resend: resendAction, revoke: revokeAction }: InvitationActionsProps) {
  const t = useTranslations("invitations.actions");
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();
  const [issued, setIssued] = useState<{ email: string; link: string }>();

  const resend = () =>
    startTransition(async () => {
      setMessage(undefined);
      const result = await resendAction();
      if (result.ok) setIssued(result.data);
      else setMessage(result.message);
    });
  const revoke = () =>
    startTransition(async () => {
      setMessage(undefined);
      const result = await revokeAction();
      setConfirming(false);
      if (!result.ok) setMessage(result.message);
    });

  return (
    <div className="mt-2 space-y-2">
      {confirming ? (
        <div role="group" aria-label={t("confirmRevoke", { email })} className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-800">{t("confirmRevoke", { email })}</span>
          <Button variant="danger" onClick={revoke} disabled={pending}>
            {pending ? t("working") : t("revokeConfirm")}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
            {t("keep")}
          </Button>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={resend} disabled={pending} aria-label={t("resendFor", { email })}>
            {pending ? t("working") : t("resend")}
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(true)} disabled={pending} aria-label={t("revokeFor", { email })}>
            {t("revoke")}
          </Button>
        </div>
      )}
      <FormMessage message={message} />
      <div aria-live="polite">{issued && <IssuedLink email={issued.email} link={issued.link} />}</div>
    </div>
  );
}
