import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { getActor } from "@/lib/auth/session";
import { getInvitationForToken } from "@/lib/invitations/queries";
import { getAccessInvitationForToken } from "@/lib/team/queries";
import { formatInZone, type TimeLocale } from "@/lib/time";
import { AcceptForm } from "./accept-form";
import { AcceptSignedIn } from "./accept-signed-in";
import { AccessInvitationView } from "./access-invitation-view";
import { InvitationDetails } from "@/components/invitations/invitation-details";

// The token is the credential: keep the page out of search engines and the link out of Referer headers.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invitations.accept");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function AcceptInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const actor = await getActor();
  const [t, locale, invitation] = await Promise.all([getTranslations("invitations.accept"), getLocale(), getInvitationForToken(token, actor)]);

  // A token that is no coordinator invitation may be an invitation from "Tim & akses".
  if (invitation.status === "unknown") {
    const access = await getAccessInvitationForToken(token, actor);
    if (access) return <AccessInvitationView token={token} invitation={access} />;
  }

  if (invitation.status !== "pending") {
    const state = invitation.status;
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-bold">{t(`${state}.title`)}</h1>
        <p className="mt-2 text-slate-700">{t(`${state}.body`)}</p>
        <p className="mt-2 text-slate-700">{t(`${state}.next`)}</p>
        {state === "accepted" && (
          <ButtonLink href="/login?callbackUrl=%2Funit" className="mt-4 w-full sm:w-auto">
            {t("signIn")}
          </ButtonLink>
        )}
      </div>
    );
  }

  const path = `/invite/${encodeURIComponent(token)}`;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <InvitationDetails
        details={[
          { label: t("unit"), value: invitation.unitName, kind: "name" },
          invitation.eventTitle !== null && { label: t("event"), value: invitation.eventTitle, kind: "strong" },
          { label: t("email"), value: invitation.email, kind: "address" },
          { label: t("validUntil"), value: formatInZone(invitation.expiresAt, invitation.timeZone, locale as TimeLocale, "dateTime") },
        ]}
      />

      {invitation.account === "new" || invitation.account === "needsPassword" ? (
        <>
          <p className="mt-4 text-slate-700">{t("intro")}</p>
          <AcceptForm token={token} email={invitation.email} defaultName={invitation.name} />
        </>
      ) : invitation.account === "signedIn" ? (
        <>
          <p className="mt-4 text-slate-700">{t("signedInIntro")}</p>
          <AcceptSignedIn token={token} />
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
