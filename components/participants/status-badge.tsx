import type { RegistrationStatus } from "@/lib/generated/prisma/enums";

const TONES: Record<RegistrationStatus, string> = {
  CONFIRMED: "bg-green-100 text-green-900 border-green-300",
  PENDING: "bg-amber-100 text-amber-900 border-amber-300",
  WAITLISTED: "bg-sky-50 text-sky-900 border-sky-300",
  CANCELLED: "bg-slate-100 text-slate-700 border-slate-300",
  REPLACED: "bg-slate-100 text-slate-700 border-slate-300",
  REJECTED: "bg-red-50 text-red-800 border-red-300",
};

export function RegistrationStatusBadge({ status, label }: { status: RegistrationStatus; label: string }) {
  return <span className={`inline-block whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${TONES[status]}`}>{label}</span>;
}
