import { getTranslations } from "next-intl/server";
import type { TeamPerson } from "@/lib/team/queries";
import { formatInZone, type TimeLocale } from "@/lib/time";
import { AccountActiveButton } from "./account-active-button";
import { ChangeRoleForm, type RoleOptions } from "./change-role-form";
import { RemoveRoleButton } from "./remove-role-button";

type Role = TeamPerson["roles"][number];

const targetOf = (role: Role) =>
  role.role === "CHECKIN_STAFF" && role.event ? `CHECKIN_STAFF:${role.event.id}` : role.role === "UNIT_COORDINATOR" && role.unit ? `UNIT_COORDINATOR:${role.unit.id}` : "ORGANIZER";

/** One person: their account, each role with "Ubah peran" and "Cabut peran", and the account switch. */
export async function PersonCard({ person, options, timeZone, locale, isSelf }: { person: TeamPerson; options: RoleOptions; timeZone: string; locale: TimeLocale; isSelf: boolean }) {
  const t = await getTranslations("team");
  const when = (date: Date) => formatInZone(date, timeZone, locale, "dateTime");
  const label = (role: Role) =>
    role.role === "CHECKIN_STAFF"
      ? t("roles.CHECKIN_STAFF", { event: role.event?.title ?? "" })
      : role.role === "UNIT_COORDINATOR"
        ? t("roles.UNIT_COORDINATOR", { unit: role.unit?.name ?? "" })
        : t(`roles.${role.role}`);
  const headingId = `person-${person.id}`;
  return (
    <li aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h3 id={headingId} className="font-semibold text-brand-800">
            {person.name}
          </h3>
          <p className="break-all text-sm text-slate-700">{person.email}</p>
          <p className={`text-xs ${person.active ? "text-slate-600" : "font-semibold text-red-800"}`}>
            {!person.active ? t("page.inactive") : person.lastSignInAt ? t("page.lastSignIn", { when: when(person.lastSignInAt) }) : t("page.neverSignedIn")}
          </p>
        </div>
        {!isSelf && !person.usedElsewhere && <AccountActiveButton userId={person.id} name={person.name} active={person.active} />}
      </div>
      <ul className="mt-3 divide-y divide-slate-100 border-t border-slate-100">
        {person.roles.map((role) => (
          <li key={role.id} className="py-2">
            <p className="text-sm font-medium">
              {label(role)}
              {role.expiresAt && (
                <span className="ml-2 text-xs font-normal text-slate-600">
                  {role.expired ? t("roles.expired") : t("roles.expires", { when: when(role.expiresAt) })}
                </span>
              )}
            </p>
            {role.role !== "ADMIN" && (
              <div className="mt-1 flex flex-col gap-2 sm:flex-row sm:items-start">
                <details className="rounded-md border border-slate-200 bg-slate-50 px-3 [&_summary]:cursor-pointer">
                  <summary className="min-h-11 content-center text-sm font-semibold text-brand-800" aria-label={t("actions.changeFor", { name: person.name, role: label(role) })}>
                    {t("actions.change")}
                  </summary>
                  <div className="pb-3">
                    <ChangeRoleForm roleAssignmentId={role.id} current={targetOf(role)} options={options} />
                  </div>
                </details>
                <RemoveRoleButton roleAssignmentId={role.id} name={person.name} role={label(role)} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}
