"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-controls";
import { confirmEmailChangeAction } from "@/lib/accounts/actions";

export function ConfirmEmailChange({ token }: { token: string }) {
  const t = useTranslations("accounts.emailConfirm");
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<{ text: string; tone: "error" | "success" }>();
  const confirm = () =>
    startTransition(async () => {
      setNotice(undefined);
      const result = await confirmEmailChangeAction(token);
      setNotice(result.ok ? { text: t("done", { email: result.data.email }), tone: "success" } : { text: result.message, tone: "error" });
    });
  return (
    <div className="mt-4 space-y-3">
      <FormMessage message={notice?.text} tone={notice?.tone} />
      {notice?.tone !== "success" && (
        <Button onClick={confirm} disabled={pending} className="w-full">
          {pending ? t("submitting") : t("submit")}
        </Button>
      )}
    </div>
  );
}
