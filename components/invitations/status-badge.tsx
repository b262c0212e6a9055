import type { InvitationStatus } from "@/lib/invitations/status";

const TONES: Record<InvitationStatus, string> = {
  pending: "bg-amber-100 text-amber-900 border-amber-300",
  expired: "bg-slate-100 text-slate-700 border-slate-300",
  accepted: "bg-green-100 text-green-900 border-green-300",
  revoked: "bg-red-50 text-red-800 border-red-300",
};

export function InvitationStatusBadge({ status, label }: { status: InvitationStatus; label: string }) {
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${TONES[status]}`}>{label}</span>;
}
