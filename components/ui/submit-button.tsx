"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

// Disabled while its form is being submitted, so a double tap on a slow connection sends once.
const VARIANTS = {
  primary: "border-brand-700 bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border-slate-300 bg-white text-brand-800 hover:bg-slate-50",
};

export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
}: {
  children: ReactNode;
  pendingLabel: string;
  variant?: keyof typeof VARIANTS;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`w-full rounded-md border px-4 py-3 text-base font-semibold disabled:opacity-70 sm:w-auto ${VARIANTS[variant]}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
