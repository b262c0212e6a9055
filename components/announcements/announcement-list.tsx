import { getLocale, getTranslations } from "next-intl/server";
import { sessionTimeRange } from "@/lib/agenda/format";
import { listPublicAnnouncements } from "@/lib/announcements/queries";
import { formatInZone, type TimeLocale } from "@/lib/time";

interface AnnouncementListProps {
  /** The event's id, or its public address. */
  event: string | { slug: string };
  /** The event's zone: announcement and session times are shown on its clock, labelled. */
  timeZone: string;
  /** How many of the newest to show. */
  limit?: number;
}

/**
 * The organizers' announcements of changes, newest first, for the public agenda and ticket pages.
 * Renders nothing when there are none (or the event is not public).
 */
export async function AnnouncementList({ event, timeZone, limit = 5 }: AnnouncementListProps) {
  const [announcements, t, locale] = await Promise.all([
    listPublicAnnouncements(event, limit),
    getTranslations("announcements.list"),
    getLocale() as Promise<TimeLocale>,
  ]);
  if (announcements.length === 0) return null;
  return (
    <section aria-labelledby="announcements-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 id="announcements-title" className="text-base font-semibold">
        {t("title")}
      </h2>
      <ul className="mt-2 space-y-3">
        {announcements.map((announcement) => (
          <li key={announcement.id} className="break-words">
            <p className="text-xs text-amber-900">
              <time dateTime={announcement.createdAt.toISOString()}>{formatInZone(announcement.createdAt, timeZone, locale, "dateTime")}</time>
            </p>
            <p className="whitespace-pre-line">{announcement.body}</p>
            {announcement.session && (
              <p className="text-sm">
                {t("session", { title: announcement.session.title })} · {sessionTimeRange(announcement.session.startsAt, announcement.session.endsAt, timeZone, locale)}
                {announcement.session.cancelled && ` (${t("cancelled")})`}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
