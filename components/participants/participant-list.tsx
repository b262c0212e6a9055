import { getLocale, getTranslations } from "next-intl/server";
import { ACTIVE_STATUSES } from "@/lib/participants/constants";
import type { ParticipantListItem } from "@/lib/participants/queries";
import { formatInZone, type TimeLocale } from "@/lib/time";
import { PendingDecision } from "./pending-decision";
import { RegistrationStatusBadge } from "./status-badge";
import { TicketLink } from "./ticket-link";

interface ParticipantListProps {
  eventId: string;
  items: ParticipantListItem[];
  timeZone: string;
  /** The site's public address for ticket links; null when it cannot be told (no links then). */
  baseUrl: string | null;
}

const ACTIVE = new Set<string>(ACTIVE_STATUSES);

// Stacked cards on a phone, a table from the md breakpoint; only one of the two is displayed (and
// so only one is read by screen readers).
export async function ParticipantList({ eventId, items, timeZone, baseUrl }: ParticipantListProps) {
  const [t, badges, locale] = await Promise.all([getTranslations("participants"), getTranslations("badges.section"), getLocale()]);
  const timeLocale: TimeLocale = locale === "en" ? "en" : "id";
  const registeredAt = (date: Date) => `${formatInZone(date, timeZone, timeLocale, "dateShort")}, ${formatInZone(date, timeZone, timeLocale, "time")}`;
  const ticket = (item: ParticipantListItem) =>
    baseUrl && ACTIVE.has(item.status) ? (
      <TicketLink link={`${baseUrl}/t/${item.ticketToken}`} summary={t("list.copyTicket")} label={t("list.ticketLinkOf", { name: item.name })} />
    ) : (
      <span className="text-sm text-slate-500">{t("list.noTicket")}</span>
    );
  const printBadge = (item: ParticipantListItem) =>
    item.status === "CONFIRMED" || item.status === "WAITLISTED" ? (
      <a href={`/console/events/${eventId}/documents/badges/${item.id}`} target="_blank" rel="noopener" aria-label={badges("badgeOfName", { name: item.name })} className="inline-flex min-h-11 items-center text-sm font-medium text-brand-800 underline underline-offset-2">
        {badges("badgeOf")}
      </a>
    ) : null;
  const badge = (item: ParticipantListItem) => <RegistrationStatusBadge status={item.status} label={t(`status.${item.status}`)} />;
  const decision = (item: ParticipantListItem) =>
    item.status === "PENDING" ? <PendingDecision eventId={eventId} registrationId={item.id} name={item.name} /> : null;
  const unitName = (item: ParticipantListItem) => item.unit?.name ?? t("list.noUnit");

  return (
    <>
      <ul className="space-y-3 md:hidden">
        {items.map((item) => (
          <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex items-start justify-between gap-2">
              <p className="font-semibold leading-snug">{item.name}</p>
              {badge(item)}
            </div>
            <p className="mt-1 break-all font-mono text-sm text-slate-700">{item.nip ?? t("list.noNip")}</p>
            {item.position && <p className="text-sm text-slate-700">{item.position}</p>}
            <p className="text-sm text-slate-700">
              {unitName(item)}
              {item.unit && `, ${item.unit.regionalOffice.province}`}
            </p>
            <p className="text-sm text-slate-700">
              {t(`mode.${item.attendanceMode}`)} · <time dateTime={item.createdAt.toISOString()}>{registeredAt(item.createdAt)}</time>
            </p>
            <div className="mt-1">{ticket(item)}</div>
            {printBadge(item)}
            {decision(item)}
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("list.caption")}</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">{t("list.name")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("list.nip")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("list.unit")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("list.status")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("list.mode")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("list.registeredAt")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("list.ticket")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {items.map((item) => (
              <tr key={item.id} className="align-top">
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  <span className="font-medium">{item.name}</span>
                  {item.position && <span className="block text-slate-600">{item.position}</span>}
                </th>
                <td className="whitespace-nowrap px-3 py-2 font-mono">{item.nip ?? "—"}</td>
                <td className="px-3 py-2">
                  {unitName(item)}
                  {item.unit && <span className="block text-slate-600">{item.unit.regionalOffice.province}</span>}
                </td>
                <td className="px-3 py-2">
                  {badge(item)}
                  {decision(item)}
                </td>
                <td className="whitespace-nowrap px-3 py-2">{t(`mode.${item.attendanceMode}`)}</td>
                <td className="whitespace-nowrap px-3 py-2">
                  <time dateTime={item.createdAt.toISOString()}>{registeredAt(item.createdAt)}</time>
                </td>
                <td className="px-3 py-2">
                  {ticket(item)}
                  {printBadge(item)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
