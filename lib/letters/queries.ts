import "server-only";
import { can, organizationScope, type Actor } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { eventWhereInReach } from "@/lib/events/reach";
import { authorizeUnitRegistrations } from "@/lib/registrations/access";
import { defaultLetter, savedLetter } from "./defaults";
import type { LetterEvent } from "./event-details";
import type { LetterForm } from "./schema";

// Reads of the surat undangan. The organiser's are scoped to their organisation in the `where`; a
// unit coordinator's carries their unit and finds only an event that invited it.

const EVENT = {
  id: true, slug: true, title: true, theme: true, status: true, startsAt: true, endsAt: true, timeZone: true,
  venueName: true, venueRoom: true, venueAddress: true, venueCity: true, organizationId: true,
  organization: { select: { name: true, phone: true } },
  letter: { omit: { id: true, eventId: true, createdAt: true } },
} as const;

export interface LetterSource {
  event: LetterEvent & { id: string; slug: string; status: string; organizationId: string };
  letter: LetterForm;
  /** When and by whom it was saved; null while the letter is the default text. */
  saved: { at: Date; by: string | null } | null;
}

type EventRow = NonNullable<Awaited<ReturnType<typeof findEvent>>>;
const findEvent = (where: object) => db.event.findFirst({ where, select: EVENT });

function toSource({ letter, organization, ...event }: EventRow): LetterSource {
  return {
    event,
    letter: letter ? savedLetter(letter) : defaultLetter({ event, organization }),
    saved: letter ? { at: letter.updatedAt, by: letter.updatedByName } : null,
  };
}

const collator = new Intl.Collator("id", { sensitivity: "base", numeric: true });

/** The letter of an event of the organiser's organisation (saved, or the defaults), with the invited units. */
export async function getEventLetter(actor: Actor | null, eventId: string) {
  const organizationId = organizationScope(actor, "event:manage");
  const event = await findEvent({ id: eventId, organizationId });
  if (!event) return null;
  const quotas = await db.unitQuota.findMany({ where: { eventId: event.id }, select: { seats: true, unit: { select: { id: true, name: true } } } });
  const units = quotas.map((q) => ({ id: q.unit.id, name: q.unit.name, seats: q.seats })).sort((a, b) => collator.compare(a.name, b.name));
  return { ...toSource(event), units };
}

export type EventLetter = NonNullable<Awaited<ReturnType<typeof getEventLetter>>>;

/**
 * One unit's letter, for its coordinator (or an organiser): null unless the unit is invited to
 * that event and the event is no longer a draft; another unit's letter is simply not found.
 */
export async function getUnitLetter(actor: Actor | null, eventId: string, unitId: string) {
  // A coordinator asking for another unit's letter learns nothing, not even that it exists.
  if (actor && !can(actor, "registration:manage-any") && can(actor, "registration:manage-unit") && !can(actor, "registration:manage-unit", { unitId })) return null;
  const { reach } = authorizeUnitRegistrations(actor, unitId);
  const quota = await db.unitQuota.findFirst({
    where: { eventId, unitId, event: { ...eventWhereInReach(reach), status: { not: "DRAFT" } } },
    select: { seats: true, unit: { select: { id: true, name: true } }, event: { select: EVENT } },
  });
  if (!quota) return null;
  return { ...toSource(quota.event), unit: { id: quota.unit.id, name: quota.unit.name, seats: quota.seats } };
}
