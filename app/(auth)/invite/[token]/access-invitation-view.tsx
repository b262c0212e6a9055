import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import type { getAccessInvitationForToken } from "@/lib/team/queries";
import { formatInZone, type TimeLocale } from "@/lib/time";
import { AcceptForm } from "./accept-form";
import { AcceptSignedIn } from "./accept-signed-in";
import { InvitationDetails } from "@/components/invitations/invitation-details";

type AccessInvitationForToken = NonNullable<Awaited<ReturnType<typeof getAccessInvitationForToken>>>;

/** /invite/<token> for an invitation to organise or to staff a door: the same rules, other words. */
export async function AccessInvitationView({ token, invitation }: { token: string; invitation: AccessInvitationForToken }) {
  const [t, tt, locale] = await Promise.all([getTranslations("invitations.accept"), getTranslations("team.accept"), getLocale()]);
  if (invitation.status !== "pending") {
    const state = invitation.status;
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-bold">{t(`${state}.title`)}</h1>
        <p className="mt-2 text-slate-700">{t(`${state}.body`)}</p>
        <p className="mt-2 text-slate-700">{state === "revoked" ? tt("revokedNext") : t(`${state}.next`)}</p>
        {state === "accepted" && (
          <ButtonLink href="/login" className="mt-4 w-full sm:w-auto">
            {t("signIn")}
          </ButtonLink>
        )}
      </div>
    );
  }

  const doorStaff = invitation.role === "CHECKIN_STAFF";
  const when = (date: Date) => formatInZone(date, invitation.timeZone, locale as TimeLocale, "dateTime");
  const path = `/invite/${encodeURIComponent(token)}`;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{doorStaff ? tt("titleDoorStaff") : tt("titleOrganizer")}</h1>
      <InvitationDetails
        details={[
          { label: tt("organization"), value: invitation.organizationName, kind: "name" },
          invitation.eventTitle !== null && { label: t("event"), value: invitation.eventTitle, kind: "strong" },
          { label: t("email"), value: invitation.email, kind: "address" },
          { label: t("validUntil"), value: when(invitation.expiresAt) },
          invitation.roleExpiresAt !== null && { label: tt("roleUntil"), value: when(invitation.roleExpiresAt) },
        ]}
      />

      {invitation.account === "new" || invitation.account === "needsPassword" ? (
        <>
          <p className="mt-4 text-slate-700">{doorStaff ? tt("introDoorStaff") : tt("introOrganizer")}</p>
          <AcceptForm token={token} email={invitation.email} defaultName={invitation.name} access />
        </>
      ) : invitation.account === "signedIn" ? (
        <>
          <p className="mt-4 text-slate-700">{tt("signedInIntro")}</p>
          <AcceptSignedIn token={token} access />
        </>
      ) : invitation.account === "signInFirst" ? (
        <>
          <p className="mt-4 text-slate-700">{t("signInFirst", { email: invitation.email })}</p>
          <ButtonLink href={`/login?callbackUrl=${encodeURIComponent(path)}`} className="mt-4 w-full sm:w-auto">
            {t("signIn")}
          </ButtonLink>
        </>
      ) : (
        <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t("inactive")}
        </p>
      )}
    </div>
  );
}
