import "server-only";
import { authorize, can, organizationScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { EventStatus } from "@/lib/generated/prisma/enums";

// Statuses the public may see: a draft is not announced yet and an archived event is withdrawn.
export const PUBLIC_EVENT_STATUSES: EventStatus[] = ["PUBLISHED", "CLOSED", "FINISHED"];

const publicEventSelect = {
  slug: true,
  title: true,
  theme: true,
  slogan: true,
  description: true,
  venueName: true,
  venueRoom: true,
  venueAddress: true,
  venueCity: true,
  venueMapUrl: true,
  timeZone: true,
  startsAt: true,
  endsAt: true,
  capacity: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  status: true,
  mode: true,
  openRegistration: true,
  requiresApproval: true,
} as const;

/** Upcoming and running events for the public home page, soonest first. */
export async function listPublicEvents(now = new Date()) {
  return db.event.findMany({
    where: { status: { in: ["PUBLISHED", "CLOSED"] }, endsAt: { gte: now } },
    orderBy: { startsAt: "asc" },
    select: publicEventSelect,
    take: 50,
  });
}

export async function getPublicEvent(slug: string) {
  return db.event.findFirst({ where: { slug, status: { in: PUBLIC_EVENT_STATUSES } }, select: publicEventSelect });
}

export type PublicEvent = NonNullable<Awaited<ReturnType<typeof getPublicEvent>>>;

export type RegistrationPhase = "not_yet_open" | "open" | "closed";

export function registrationPhase(event: Pick<PublicEvent, "status" | "registrationOpensAt" | "registrationClosesAt">, now = new Date()): RegistrationPhase {
  if (event.status !== "PUBLISHED" || now >= event.registrationClosesAt) return "closed";
  return now < event.registrationOpensAt ? "not_yet_open" : "open";
}

/**
 * The organisation whose events the console shows the actor; null for an administrator of the
 * installation who organises nothing (the console is theirs, no event in it is).
 */
export function consoleOrganization(actor: Actor | null): string | null {
  const allowed = authorize(actor, "console:access");
  return can(allowed, "event:manage") ? organizationScope(allowed, "event:manage") : null;
}

/** The events of the actor's organisation, for the organizer console. */
export async function listEventsForConsole(actor: Actor | null) {
  const organizationId = consoleOrganization(actor);
  if (!organizationId) return [];
  return db.event.findMany({
    where: { organizationId },
    orderBy: { startsAt: "desc" },
    select: { id: true, slug: true, title: true, status: true, startsAt: true, endsAt: true, timeZone: true, capacity: true },
    take: 100,
  });
}

/** One event with everything the console's event pages share; null when it is not the actor's organisation's. */
export async function getEventForConsole(actor: Actor | null, eventId: string) {
  const organizationId = consoleOrganization(actor);
  if (!organizationId) return null;
  return db.event.findFirst({ where: { id: eventId, organizationId } });
}
