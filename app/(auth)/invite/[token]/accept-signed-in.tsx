"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-controls";
import { acceptInvitationAction } from "@/lib/invitations/actions";
import { acceptAccessInvitationAction } from "@/lib/team/actions";

/** For someone already signed in with the invited address: one tap adds the unit to their account. */
export function AcceptSignedIn({ token, access = false }: { token: string; access?: boolean }) {
  const t = useTranslations("invitations.accept");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string>();
  const accept = () =>
    startTransition(async () => {
      setMessage(undefined);
      const result = await (access ? acceptAccessInvitationAction : acceptInvitationAction)(token, { name: "", password: "", passwordConfirmation: "" });
      if (result && !result.ok) setMessage(result.message);
    });
  return (
    <div className="mt-4 space-y-3">
      <FormMessage message={message} />
      <Button onClick={accept} disabled={pending} className="w-full">
        {pending ? t("submitting") : t("acceptAsSignedIn")}
      </Button>
    </div>
  );
}
