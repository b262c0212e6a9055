"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

type Send<T> = (confirmOverAllocation: boolean) => Promise<ActionResult<T>>;

/**
 * Runs a quota action; when the server answers "this passes the capacity, confirm?", keeps the
 * submission and its message so the form can show the confirmation step and send it again with
 * `confirmOverAllocation: true`. Everything else goes to `onResult`.
 */
export function useOverAllocationConfirm<T>(onResult: (result: ActionResult<T>) => void) {
  const [pending, setPending] = useState(false);
  const [confirmation, setConfirmation] = useState<{ message: string; send: Send<T> } | null>(null);

  async function run(send: Send<T>, confirmed: boolean) {
    setPending(true);
    try {
      const result = await send(confirmed);
      if (!result.ok && !confirmed && result.code === "over_allocation") {
        setConfirmation({ message: result.message, send });
        return;
      }
      setConfirmation(null);
      onResult(result);
    } finally {
      setPending(false);
    }
  }

  return {
    pending,
    confirmation: confirmation?.message ?? null,
    submit: (send: Send<T>) => run(send, false),
    confirm: () => (confirmation ? run(confirmation.send, true) : Promise.resolve()),
    dismiss: () => setConfirmation(null),
  };
}
