"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-controls";
import { signOutEverywhereAction } from "@/lib/accounts/actions";

export function SignOutEverywhere() {
  const t = useTranslations("accounts.page");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string>();
  // On success the action clears this browser's cookie and moves to sign-in.
  const signOut = () =>
    startTransition(async () => {
      setMessage(undefined);
      const result = await signOutEverywhereAction();
      if (result && !result.ok) setMessage(result.message);
    });
  return (
    <div className="mt-3 space-y-3">
      <FormMessage message={message} />
      <Button variant="danger" onClick={signOut} disabled={pending} className="w-full sm:w-auto">
        {t("signOutEverywhere")}
      </Button>
    </div>
  );
}
