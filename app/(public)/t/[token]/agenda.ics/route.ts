import { getTranslations } from "next-intl/server";
import { agendaCalendar, parseSessionIds } from "@/lib/agenda/formats/ics";
import { calendarResponse, feedContext, notAvailable } from "@/lib/agenda/public/feed-response";
import { getTicket } from "@/lib/tickets/queries";
import { isTicketActive } from "@/lib/tickets/ticket-state";

// The address carries the ticket's credential: never cached by shared caches, never indexed.
const PRIVATE = "private, no-store";

/** A ticket holder's bookmarked sessions (?s=<id>,<id>) as iCalendar, built like the full agenda. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const ticket = await getTicket((await params).token);
  if (!ticket || !isTicketActive(ticket.status)) return notAvailable();
  const context = await feedContext(ticket.event.slug);
  if (!context) return notAvailable();
  const t = await getTranslations("publicAgenda.calendar");
  const body = agendaCalendar(context.agenda, {
    baseUrl: context.baseUrl,
    locale: context.locale,
    sessionIds: parseSessionIds(new URL(request.url).searchParams.get("s")),
    calendarName: t("myName", { event: context.agenda.event.title }),
  });
  const response = calendarResponse(body, `${context.agenda.event.slug}-saya`, PRIVATE);
  response.headers.set("X-Robots-Tag", "noindex");
  response.headers.set("Referrer-Policy", "no-referrer");
  return response;
}
