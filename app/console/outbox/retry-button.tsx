"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-controls";
import { retryOutboxEmailAction } from "@/lib/outbox/actions";

/** "Kirim ulang" for a message that failed for good: it goes back in the queue, due now. */
export function RetryButton({ emailId }: { emailId: string }) {
  const t = useTranslations("outbox");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" }>();
  const retry = () =>
    startTransition(async () => {
      setMessage(undefined);
      const result = await retryOutboxEmailAction(emailId);
      setMessage(result.ok ? { text: t("retried"), tone: "success" } : { text: result.message, tone: "error" });
    });
  return (
    <div className="space-y-2">
      <Button variant="secondary" onClick={retry} disabled={pending}>
        {pending ? t("retrying") : t("retry")}
      </Button>
      <FormMessage message={message?.text} tone={message?.tone} />
    </div>
  );
}
