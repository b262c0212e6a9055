import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AccessInvitationItem } from "@/components/team/access-invitation-item";
import { InviteMemberForm } from "@/components/team/invite-member-form";
import { PersonCard } from "@/components/team/person-card";
import { Pagination, pageFrom } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/session";
import { listTeam } from "@/lib/team/queries";
import type { TimeLocale } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team.page"))("title") };
}

type SearchParams = Promise<{ q?: string | string[]; page?: string | string[] }>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function TeamPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePagePermission("team:manage", "/console/team");
  const query = await searchParams;
  const search = one(query.q).slice(0, 100);
  const [t, tc, locale, team] = await Promise.all([
    getTranslations("team.page"),
    getTranslations("common"),
    getLocale(),
    listTeam(actor, { search, page: pageFrom(query.page) }),
  ]);
  const timeZone = team.organization.timeZone;
  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    if (search) params.set("q", search);
    if (page > 1) params.set("page", String(page));
    const qs = params.toString();
    return qs ? `/console/team?${qs}` : "/console/team";
  };

  return (
    <div className="space-y-6">
      <header>
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{team.organization.name}</p>
        <h1 className="text-xl font-bold leading-tight sm:text-2xl">{t("title")}</h1>
        <p className="mt-1 max-w-prose text-sm text-slate-700">{t("intro")}</p>
      </header>

      <section aria-labelledby="team-invite" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="team-invite" className="text-lg font-semibold">
          {t("invite")}
        </h2>
        <p className="mb-3 text-xs text-slate-600">{t("coordinatorsHint")}</p>
        <InviteMemberForm events={team.events} />
      </section>

      {team.invitations.length > 0 && (
        <section aria-labelledby="team-invitations">
          <h2 id="team-invitations" className="text-lg font-semibold">
            {t("invitations")}
          </h2>
          <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white px-4">
            {team.invitations.map((invitation) => (
              <AccessInvitationItem key={invitation.id} invitation={invitation} timeZone={timeZone} locale={locale as TimeLocale} />
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="team-people">
        <h2 id="team-people" className="text-lg font-semibold">
          {t("people")}
        </h2>
        <form method="get" className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-end">
          <label className="block flex-1 text-sm font-medium text-slate-800">
            {t("search")}
            <input
              type="search"
              name="q"
              defaultValue={search}
              className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm"
            />
          </label>
          <button type="submit" className="min-h-11 rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold">
            {tc("search")}
          </button>
        </form>
        <p className="mt-2 text-sm text-slate-600">{t("shown", { count: team.total })}</p>
        {team.people.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">{t("noPeople")}</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {team.people.map((person) => (
              <PersonCard key={person.id} person={person} options={team} timeZone={timeZone} locale={locale as TimeLocale} isSelf={person.id === actor.userId} />
            ))}
          </ul>
        )}
        <Pagination page={team.page} pageCount={team.pageCount} hrefFor={hrefFor} labels={{ previous: tc("previous"), next: tc("next"), page: tc("pageOf", { page: team.page, pageCount: team.pageCount }), nav: tc("pagination") }} />
      </section>
    </div>
  );
}
