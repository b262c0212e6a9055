import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AccessInvitationItem } from "@/components/team/access-invitation-item";
import { InviteDoorStaffForm } from "@/components/team/invite-member-form";
import { RemoveRoleButton } from "@/components/team/remove-role-button";
import { requirePagePermission } from "@/lib/auth/session";
import { listEventDoorStaff } from "@/lib/team/queries";
import { formatInZone, type TimeLocale } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team.doorStaff"))("title") };
}

/** The event's door staff: invited here because they need nothing but the door. */
export default async function EventDoorStaffPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const actor = await requirePagePermission("team:manage", `/console/events/${encodeURIComponent(eventId)}/door-staff`);
  const [t, tTeam, locale, door] = await Promise.all([getTranslations("team.doorStaff"), getTranslations("team"), getLocale(), listEventDoorStaff(actor, eventId)]);
  if (!door) notFound();
  const timeZone = door.event.timeZone;
  const when = (date: Date) => formatInZone(date, timeZone, locale as TimeLocale, "dateTime");
  const role = tTeam("roles.CHECKIN_STAFF", { event: door.event.title });

  return (
    <div className="space-y-6">
      <header>
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <p className="mt-1 max-w-prose text-sm text-slate-700">{t("intro")}</p>
      </header>

      <section aria-labelledby="door-staff-list">
        <h3 id="door-staff-list" className="font-semibold">
          {t("staff")}
        </h3>
        {door.staff.length === 0 ? (
          <p className="mt-1 text-sm text-slate-700">{t("none")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white px-4">
            {door.staff.map((staff) => (
              <li key={staff.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0">
                  <p className="font-medium">{staff.user.name}</p>
                  <p className="break-all text-sm text-slate-700">{staff.user.email}</p>
                  <p className="text-xs text-slate-600">
                    {!staff.user.active
                      ? tTeam("page.inactive")
                      : staff.expiresAt
                        ? staff.expired
                          ? tTeam("roles.expired")
                          : tTeam("roles.expires", { when: when(staff.expiresAt) })
                        : staff.user.lastSignInAt
                          ? tTeam("page.lastSignIn", { when: when(staff.user.lastSignInAt) })
                          : tTeam("page.neverSignedIn")}
                  </p>
                </div>
                <RemoveRoleButton roleAssignmentId={staff.id} name={staff.user.name} role={role} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {door.invitations.length > 0 && (
        <section aria-labelledby="door-staff-invitations">
          <h3 id="door-staff-invitations" className="font-semibold">
            {t("invitations")}
          </h3>
          <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white px-4">
            {door.invitations.map((invitation) => (
              <AccessInvitationItem key={invitation.id} invitation={invitation} timeZone={timeZone} locale={locale as TimeLocale} />
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="door-staff-invite" className="rounded-lg border border-slate-200 bg-white p-4">
        <h3 id="door-staff-invite" className="font-semibold">
          {t("invite")}
        </h3>
        <div className="mt-3">
          <InviteDoorStaffForm eventId={door.event.id} />
        </div>
      </section>
    </div>
  );
}
