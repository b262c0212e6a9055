import { getTranslations } from "next-intl/server";
import { InvitationActions } from "@/components/invitations/invitation-actions";
import { resendInvitationAction, revokeInvitationAction } from "@/lib/invitations/actions";
import { InvitationStatusBadge } from "@/components/invitations/status-badge";
import { InviteForm } from "@/components/invitations/invite-form";
import { RemoveCoordinatorButton } from "@/components/invitations/remove-coordinator-button";
import type { EventCoordinatorUnit } from "@/lib/invitations/queries";
import { formatInZone, type TimeLocale } from "@/lib/time";

interface UnitCoordinatorsCardProps {
  eventId: string;
  unit: EventCoordinatorUnit;
  timeZone: string;
  locale: TimeLocale;
  canManage: boolean;
}

/** One invited unit: who coordinates it, the invitations sent, and a form to invite someone. */
export async function UnitCoordinatorsCard({ eventId, unit, timeZone, locale, canManage }: UnitCoordinatorsCardProps) {
  const t = await getTranslations("invitations");
  const when = (date: Date) => formatInZone(date, timeZone, locale, "dateTime");
  const headingId = `unit-${unit.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id={headingId} className="font-semibold text-brand-800">
        {unit.name}
      </h3>
      <p className="text-sm text-slate-600">
        {unit.code} · {unit.province}
      </p>

      <h4 className="mt-3 text-sm font-semibold text-slate-800">{t("page.coordinators")}</h4>
      {unit.coordinators.length === 0 ? (
        <p className="mt-1 text-sm text-amber-800">{t("page.noCoordinator")}</p>
      ) : (
        <ul className="mt-1 divide-y divide-slate-100">
          {unit.coordinators.map((person) => (
            <li key={person.id} className="flex flex-col gap-2 py-2 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <p className="font-medium">{person.name}</p>
                <p className="break-all text-sm text-slate-700">{person.email}</p>
                <p className="text-xs text-slate-600">
                  {!person.active
                    ? t("page.inactive")
                    : person.lastSignInAt
                      ? t("page.lastSignIn", { when: when(person.lastSignInAt) })
                      : t("page.neverSignedIn")}
                </p>
              </div>
              {canManage && <RemoveCoordinatorButton eventId={eventId} unitId={unit.id} userId={person.id} name={person.name} />}
            </li>
          ))}
        </ul>
      )}

      {unit.invitations.length > 0 && (
        <>
          <h4 className="mt-3 text-sm font-semibold text-slate-800">{t("page.invitations")}</h4>
          <ul className="mt-1 divide-y divide-slate-100">
            {unit.invitations.map((invitation) => (
              <li key={invitation.id} className="py-2">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="break-all text-sm font-medium">{invitation.name ? `${invitation.name} · ${invitation.email}` : invitation.email}</span>
                  <InvitationStatusBadge status={invitation.status} label={t(`status.${invitation.status}`)} />
                </div>
                <p className="text-xs text-slate-600">
                  {invitation.status === "accepted" && invitation.acceptedAt
                    ? t("page.acceptedAt", { when: when(invitation.acceptedAt) })
                    : invitation.status === "revoked" && invitation.revokedAt
                      ? t("page.revokedAt", { when: when(invitation.revokedAt) })
                      : invitation.status === "expired"
                        ? t("page.expiredAt", { when: when(invitation.expiresAt) })
                        : t("page.validUntil", { when: when(invitation.expiresAt) })}
                </p>
                {canManage && invitation.status !== "accepted" && invitation.status !== "revoked" && (
                  <InvitationActions
                    email={invitation.email}
                    resend={resendInvitationAction.bind(null, eventId, invitation.id)}
                    revoke={revokeInvitationAction.bind(null, eventId, invitation.id)}
                  />
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      {canManage && (
        <details className="mt-3 rounded-md border border-slate-200 bg-slate-50 p-3 [&_summary]:cursor-pointer">
          <summary className="min-h-11 content-center text-sm font-semibold text-brand-800">{t("invite.open")}</summary>
          <div className="mt-3">
            <InviteForm eventId={eventId} unitId={unit.id} unitName={unit.name} />
          </div>
        </details>
      )}
    </section>
  );
}
