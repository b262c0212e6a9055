import { getTranslations } from "next-intl/server";
import { InvitationStatusBadge } from "@/components/invitations/status-badge";
import type { TeamInvitation } from "@/lib/team/queries";
import { formatInZone, type TimeLocale } from "@/lib/time";
import { InvitationActions } from "@/components/invitations/invitation-actions";
import { resendAccessInvitationAction, revokeAccessInvitationAction } from "@/lib/team/actions";

/** One invitation not yet accepted: who, to what, until when, with "Kirim ulang" and "Cabut". */
export async function AccessInvitationItem({ invitation, timeZone, locale }: { invitation: TeamInvitation; timeZone: string; locale: TimeLocale }) {
  const [t, ti] = await Promise.all([getTranslations("team"), getTranslations("invitations")]);
  const when = (date: Date) => formatInZone(date, timeZone, locale, "dateTime");
  const role = invitation.role === "CHECKIN_STAFF" ? t("roles.CHECKIN_STAFF", { event: invitation.event?.title ?? "" }) : t("roles.ORGANIZER");
  return (
    <li className="py-2">
      <div className="flex flex-wrap items-center gap-2">
        <span className="break-all text-sm font-medium">{invitation.name ? `${invitation.name} · ${invitation.email}` : invitation.email}</span>
        <InvitationStatusBadge status={invitation.status} label={ti(`status.${invitation.status}`)} />
      </div>
      <p className="text-sm text-slate-700">{role}</p>
      <p className="text-xs text-slate-600">
        {invitation.status === "expired" ? t("page.expiredAt", { when: when(invitation.expiresAt) }) : t("page.validUntil", { when: when(invitation.expiresAt) })}
      </p>
      <InvitationActions
        email={invitation.email}
        resend={resendAccessInvitationAction.bind(null, invitation.id)}
        revoke={revokeAccessInvitationAction.bind(null, invitation.id)}
      />
    </li>
  );
}
