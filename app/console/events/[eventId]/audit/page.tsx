import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Pagination, pageFrom } from "@/components/ui/pagination";
import { listEventAudit } from "@/lib/audit/queries";
import { getActor } from "@/lib/auth/session";
import { getEventForConsole } from "@/lib/events/queries";
import { formatInZone, type TimeLocale } from "@/lib/time";

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

interface Props {
  params: Promise<{ eventId: string }>;
  searchParams: Promise<{ page?: string }>;
}

export default async function EventAuditPage({ params, searchParams }: Props) {
  const [{ eventId }, { page: pageParam }] = await Promise.all([params, searchParams]);
  const page = pageFrom(pageParam);
  const actor = await getActor();
  const [event, audit, t, tc, locale] = await Promise.all([
    getEventForConsole(actor, eventId),
    listEventAudit(actor, eventId, page),
    getTranslations("events.audit"),
    getTranslations("common"),
    getLocale(),
  ]);
  if (!event) notFound();
  // Snapshots hold instants as UTC ISO text; the organizer reads them on the event's clock like every other time.
  const shown = (value: string) =>
    ISO_INSTANT.test(value) ? formatInZone(new Date(value), event.timeZone, locale as TimeLocale, "dateTime") : value;
  // Codes and field names in the organizer's words; one a newer operation added without a
  // translation yet is shown as recorded rather than hidden.
  const named = (group: "actions" | "entities" | "fields", code: string) => {
    const key = `${group}.${code}` as Parameters<typeof t>[0];
    return t.has(key) && typeof t.raw(key) === "string" ? t(key) : code;
  };
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading" className="text-lg font-semibold">
        {t("heading", { count: audit.total })}
      </h2>
      {audit.entries.length === 0 ? (
        <p className="mt-2 text-slate-600">{t("empty")}</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {audit.entries.map((entry) => (
            <li key={entry.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
              <p className="font-medium">
                {named("actions", entry.action)} · {named("entities", entry.entityType)}
              </p>
              <p className="text-slate-600">
                <time dateTime={entry.createdAt.toISOString()}>{formatInZone(entry.createdAt, event.timeZone, locale as TimeLocale, "dateTime")}</time>
                {" · "}
                {entry.actor ? `${entry.actor.name} (${entry.actor.email})` : t("system")}
              </p>
              {entry.reason && <p className="mt-1">{t("reason", { reason: entry.reason })}</p>}
              {entry.changes.length > 0 && (
                <div className="mt-2 overflow-x-auto">
                  <table className="w-full text-left text-xs">
                    <thead>
                      <tr className="text-slate-600">
                        <th scope="col" className="pr-2">{t("field")}</th>
                        <th scope="col" className="pr-2">{t("before")}</th>
                        <th scope="col">{t("after")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {entry.changes.slice(0, 20).map((change) => (
                        <tr key={change.field} className="border-t border-slate-100 align-top">
                          <th scope="row" className="pr-2 font-medium">{named("fields", change.field)}</th>
                          <td className="max-w-48 pr-2 text-red-800 wrap-anywhere">{shown(change.before)}</td>
                          <td className="max-w-48 text-green-800 wrap-anywhere">{shown(change.after)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={page}
        pageCount={audit.pageCount}
        hrefFor={(p) => `/console/events/${event.id}/audit?page=${p}`}
        labels={{ previous: tc("previous"), next: tc("next"), nav: tc("pagination"), page: tc("pageOf", { page, pageCount: audit.pageCount }) }}
      />
    </section>
  );
}
