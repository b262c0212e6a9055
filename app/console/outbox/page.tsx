import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CopyLink } from "@/components/invitations/copy-link";
import { Pagination, pageFrom } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/session";
import { linksIn } from "@/lib/outbox/links";
import { listOutboxEmails, type OutboxEmailListItem } from "@/lib/outbox/queries";
import { OUTBOX_STATUSES, outboxStatusFrom, type OutboxStatusFilter } from "@/lib/outbox/schema";
import { isMailDeliveryConfigured } from "@/lib/outbox/transport";
import { formatInZone, type TimeLocale } from "@/lib/time";
import { RetryButton } from "./retry-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

const BADGE: Record<OutboxStatusFilter, string> = {
  PENDING: "bg-amber-100 text-amber-900 border-amber-300",
  SENT: "bg-green-100 text-green-900 border-green-300",
  FAILED: "bg-red-50 text-red-800 border-red-300",
};

type SearchParams = Promise<{ status?: string | string[]; page?: string | string[] }>;

export default async function OutboxPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePagePermission("outbox:read", "/console/outbox");
  const query = await searchParams;
  const status = outboxStatusFrom(query.status);
  const [t, tc, locale, outbox] = await Promise.all([
    getTranslations("outbox"),
    getTranslations("common"),
    getLocale(),
    listOutboxEmails(actor, { status, page: pageFrom(query.page) }),
  ]);
  const hrefFor = (filter: OutboxStatusFilter | null, page = 1) => {
    const params = new URLSearchParams();
    if (filter) params.set("status", filter);
    if (page > 1) params.set("page", String(page));
    const qs = params.toString();
    return qs ? `/console/outbox?${qs}` : "/console/outbox";
  };
  const filters: { value: OutboxStatusFilter | null; label: string; count: number }[] = [
    { value: null, label: t("filter.all"), count: outbox.counts.all },
    ...OUTBOX_STATUSES.map((s) => ({ value: s, label: t(`filter.${s}`), count: outbox.counts[s] })),
  ];

  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-slate-700">{t("intro")}</p>
      {!isMailDeliveryConfigured() && (
        <div role="note" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          <p className="font-semibold">{t("noSmtp.title")}</p>
          <p className="mt-1">{t("noSmtp.body")}</p>
        </div>
      )}

      <nav aria-label={t("filter.label")} className="-mx-4 mt-4 overflow-x-auto px-4">
        <ul className="flex min-w-max gap-2">
          {filters.map((f) => {
            const active = f.value === status;
            return (
              <li key={f.value ?? "all"}>
                <Link
                  href={hrefFor(f.value)}
                  aria-current={active ? "page" : undefined}
                  className={`inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-medium ${
                    active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"
                  }`}
                >
                  {f.label} ({f.count})
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      {outbox.emails.length === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-700">{status ? t("emptyFiltered") : t("empty")}</p>
      ) : (
        <ul className="mt-4 space-y-2">
          {outbox.emails.map((email) => (
            <li key={email.id}>
              <OutboxMessage email={email} locale={locale as TimeLocale} t={t} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={outbox.page}
        pageCount={outbox.pageCount}
        hrefFor={(page) => hrefFor(status, page)}
        labels={{ previous: tc("previous"), next: tc("next"), nav: tc("pagination"), page: tc("pageOf", { page: outbox.page, pageCount: outbox.pageCount }) }}
      />
    </>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"outbox">>>;

function OutboxMessage({ email, locale, t }: { email: OutboxEmailListItem; locale: TimeLocale; t: Translate }) {
  const when = (date: Date) => formatInZone(date, email.timeZone, locale, "dateTime");
  const links = linksIn(email.textBody);
  const kind = t.has(`kind.${email.kind}`) ? t(`kind.${email.kind}`) : email.kind;
  return (
    <details className="group rounded-lg border border-slate-200 bg-white">
      <summary className="flex cursor-pointer list-none flex-col gap-1 p-3 sm:flex-row sm:items-start sm:justify-between">
        <span className="min-w-0">
          <span className="block font-medium text-slate-900">{email.subject}</span>
          <span className="block break-all text-sm text-slate-700">{t("to", { address: email.toAddress })}</span>
          <span className="block text-xs text-slate-600">
            {kind} · {when(email.createdAt)}
          </span>
        </span>
        <span className="flex shrink-0 items-center gap-2">
          <span className={`rounded-full border px-2 py-0.5 text-xs font-semibold ${BADGE[email.status]}`}>{t(`status.${email.status}`)}</span>
          <span aria-hidden className="text-slate-500 group-open:rotate-180">
            ▾
          </span>
        </span>
      </summary>
      <div className="space-y-3 border-t border-slate-200 p-3">
        {links.map((link) => (
          <CopyLink key={link} link={link} label={link.includes("/invite/") ? t("inviteLink") : t("link")} />
        ))}
        {email.hidden ? (
          <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-700">{t("accountMailHidden")}</p>
        ) : (
          <pre className="max-h-96 overflow-auto whitespace-pre-wrap break-words rounded-md bg-slate-50 p-3 font-sans text-sm text-slate-900">{email.textBody}</pre>
        )}
        <dl className="grid grid-cols-1 gap-1 text-xs text-slate-700 sm:grid-cols-2">
          <div>
            <dt className="inline font-medium">{t("attempts")}: </dt>
            <dd className="inline">{email.attempts}</dd>
          </div>
          {email.status === "SENT" && email.sentAt && (
            <div>
              <dt className="inline font-medium">{t("sentAt")}: </dt>
              <dd className="inline">{when(email.sentAt)}</dd>
            </div>
          )}
          {email.status === "PENDING" && email.attempts > 0 && (
            <div>
              <dt className="inline font-medium">{t("nextAttemptAt")}: </dt>
              <dd className="inline">{when(email.nextAttemptAt)}</dd>
            </div>
          )}
          {email.lastError && (
            <div className="sm:col-span-2">
              <dt className="inline font-medium">{t("lastError")}: </dt>
              <dd className="inline break-words">{email.lastError}</dd>
            </div>
          )}
        </dl>
        {email.status === "FAILED" && <RetryButton emailId={email.id} />}
      </div>
    </details>
  );
}
