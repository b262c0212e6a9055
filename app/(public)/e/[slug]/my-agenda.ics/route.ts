import { getTranslations } from "next-intl/server";
import { agendaCalendar, parseSessionIds } from "@/lib/agenda/formats/ics";
import { PUBLIC_FEED_CACHE, calendarResponse, feedContext, notAvailable } from "@/lib/agenda/public/feed-response";

/** The sessions a visitor bookmarked (?s=<id>,<id>) as iCalendar, from the same code as the full agenda. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const context = await feedContext((await params).slug);
  if (!context) return notAvailable();
  const t = await getTranslations("publicAgenda.calendar");
  const sessionIds = parseSessionIds(new URL(request.url).searchParams.get("s"));
  const body = agendaCalendar(context.agenda, {
    baseUrl: context.baseUrl,
    locale: context.locale,
    sessionIds,
    calendarName: t("myName", { event: context.agenda.event.title }),
  });
  return calendarResponse(body, `${context.agenda.event.slug}-saya`, PUBLIC_FEED_CACHE);
}
