import "server-only";
import { authorize, organizationScope, type Actor } from "@/lib/auth/authorize";
import { doorReach } from "@/lib/attendance/scan-context";
import { db } from "@/lib/db";
import { invalidField } from "@/lib/errors/app-error";
import { badgeWhere, shortEventTitle } from "./filter-where";
import type { BadgeFilter } from "./schema";
import type { BadgePerson, BadgeEvent, TentCard } from "./types";

const collator = new Intl.Collator("id", { sensitivity: "base", numeric: true });
const EVENT = { id: true, title: true, organizationId: true, organization: { select: { name: true } } } as const;
const PERSON = { id: true, name: true, position: true, ticketToken: true, unit: { select: { name: true } } } as const;

type EventRow = { id: string; title: string; organizationId: string; organization: { name: string } };
const badgeEvent = (event: EventRow): BadgeEvent => ({ id: event.id, title: event.title, shortTitle: shortEventTitle(event.title), organizationId: event.organizationId });
const person = (organizationName: string) => (r: { id: string; name: string; position: string | null; ticketToken: string; unit: { name: string } | null }): BadgePerson => ({
  registrationId: r.id,
  name: r.name,
  position: r.position,
  unitName: r.unit?.name ?? organizationName,
  ticketToken: r.ticketToken,
  role: "PESERTA",
});

/** An organiser's event, and the unit the filter names (refused when it is not one of the organisation's). */
async function filteredEvent(actor: Actor | null, eventId: string, filter: BadgeFilter) {
  const organizationId = organizationScope(actor, "event:manage");
  const event = await db.event.findFirst({ where: { id: eventId, organizationId }, select: EVENT });
  if (!event) return null;
  const unit = filter.unit ? await db.unit.findFirst({ where: { id: filter.unit, organizationId }, select: { name: true } }) : null;
  if (filter.unit && !unit) throw invalidField("unit", "badges.errors.unknownUnit");
  return { event, unitName: unit?.name ?? null };
}

/** The badges of one print run, by unit then name with Indonesian rules; null when the event is not the actor's. */
export async function getBadgeSheet(actor: Actor | null, eventId: string, filter: BadgeFilter) {
  const found = await filteredEvent(actor, eventId, filter);
  if (!found) return null;
  const rows = await db.registration.findMany({ where: badgeWhere(eventId, filter), select: PERSON });
  const badges = rows.map(person(found.event.organization.name)).sort((a, b) => collator.compare(a.unitName, b.unitName) || collator.compare(a.name, b.name));
  return { event: badgeEvent(found.event), unitName: found.unitName, badges };
}

/** For the Dokumen page: how many badges the filter gives, and the units to choose from (those with participants). */
export async function getBadgeFormData(actor: Actor | null, eventId: string, filter: BadgeFilter) {
  const found = await filteredEvent(actor, eventId, filter);
  if (!found) return null;
  const [count, speakers, units, candidates] = await Promise.all([
    db.registration.count({ where: badgeWhere(eventId, filter) }),
    db.speaker.count({ where: { eventId } }),
    db.unit.findMany({ where: { organizationId: found.event.organizationId, registrations: { some: { eventId } } }, select: { id: true, name: true } }),
    db.registration.findMany({ where: { eventId, status: "CONFIRMED" }, select: { id: true, name: true, unit: { select: { name: true } } } }),
  ]);
  return {
    count,
    speakers,
    units: units.sort((a, b) => collator.compare(a.name, b.name)),
    participants: candidates.map((c) => ({ id: c.id, name: c.name, unitName: c.unit?.name ?? found.event.organization.name })).sort((a, b) => collator.compare(a.name, b.name)),
  };
}

/**
 * One person's badge, for the door (staff of this event, or an organiser of its organisation) and
 * the console's participant list: a seated or waiting registration, scoped in the where clause.
 */
export async function getOneBadge(actor: Actor | null, eventId: string, registrationId: string) {
  const { organizing, assigned } = doorReach(authorize(actor, "checkin:scan", { eventId }));
  const row = await db.registration.findFirst({
    where: { id: registrationId, eventId, status: { in: ["CONFIRMED", "WAITLISTED"] }, event: { OR: [{ organizationId: { in: organizing } }, { id: { in: assigned } }] } },
    select: { ...PERSON, event: { select: EVENT } },
  });
  if (!row) return null;
  return { event: badgeEvent(row.event), badge: person(row.event.organization.name)(row) };
}

/**
 * The head table's tent cards: the event's speakers in the order they first speak, then the chosen
 * participants by name. A participant id that is not a seated or waiting one of this event is refused.
 */
export async function getTentCards(actor: Actor | null, eventId: string, options: { speakers: boolean; participantIds: readonly string[] }) {
  const organizationId = organizationScope(actor, "event:manage");
  const event = await db.event.findFirst({ where: { id: eventId, organizationId }, select: EVENT });
  if (!event) return null;
  const [speakers, participants] = await Promise.all([
    options.speakers
      ? db.speaker.findMany({
          where: { eventId },
          select: { name: true, title: true, organization: true, sessions: { select: { session: { select: { startsAt: true } } } } },
        })
      : [],
    options.participantIds.length > 0
      ? db.registration.findMany({ where: { eventId, id: { in: [...options.participantIds] }, status: { in: ["CONFIRMED", "WAITLISTED"] } }, select: PERSON })
      : [],
  ]);
  if (participants.length !== options.participantIds.length) throw invalidField("participant", "badges.errors.unknownParticipant");
  const firstTalk = (s: (typeof speakers)[number]) => Math.min(...s.sessions.map((x) => x.session.startsAt.getTime()), Number.MAX_SAFE_INTEGER);
  const cards: TentCard[] = [
    ...speakers
      .sort((a, b) => firstTalk(a) - firstTalk(b) || collator.compare(a.name, b.name))
      .map((s) => ({ name: s.name, lines: [s.title, s.organization].filter((line): line is string => Boolean(line?.trim())) })),
    ...participants
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((p) => ({ name: p.name, lines: [p.position, p.unit?.name ?? event.organization.name].filter((line): line is string => Boolean(line?.trim())) })),
  ];
  return { event: badgeEvent(event), cards };
}

/**
 * Badges without a ticket: the event's speakers (Narasumber, with their title and organisation) or
 * its committee (Panitia: the organisation's organisers and the event's door staff, active accounts).
 */
export async function getRoleBadges(actor: Actor | null, eventId: string, audience: "speakers" | "committee") {
  const organizationId = organizationScope(actor, "event:manage");
  const event = await db.event.findFirst({ where: { id: eventId, organizationId }, select: EVENT });
  if (!event) return null;
  const badge = (name: string, position: string | null, unitName: string | null, role: BadgePerson["role"]): BadgePerson => ({
    registrationId: null,
    name,
    position,
    unitName: unitName?.trim() || event.organization.name,
    ticketToken: null,
    role,
  });
  let badges: BadgePerson[];
  if (audience === "speakers") {
    const speakers = await db.speaker.findMany({ where: { eventId }, select: { name: true, title: true, organization: true } });
    badges = speakers.map((s) => badge(s.name, s.title, s.organization, "NARASUMBER"));
  } else {
    const now = new Date();
    const grants = await db.roleAssignment.findMany({
      where: {
        user: { active: true },
        OR: [{ role: "ORGANIZER", organizationId }, { role: "CHECKIN_STAFF", eventId, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] }],
      },
      select: { userId: true, user: { select: { name: true } } },
    });
    const people = new Map(grants.map((g) => [g.userId, g.user.name]));
    badges = [...people.values()].map((name) => badge(name, null, null, "PANITIA"));
  }
  return { event: badgeEvent(event), unitName: null, badges: badges.sort((a, b) => collator.compare(a.name, b.name)) };
}
