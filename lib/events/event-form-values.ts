import { toZonedInputValue } from "@/lib/time";
import type { EventFormInput } from "./schema";

export interface EventFormSource {
  title: string;
  slug: string;
  theme: string | null;
  slogan: string | null;
  description: string | null;
  venueName: string;
  venueRoom: string | null;
  venueAddress: string | null;
  venueCity: string | null;
  venueMapUrl: string | null;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  capacity: number;
  mode: EventFormInput["mode"];
  openRegistration: boolean;
  requiresApproval: boolean;
}

/** A stored event as the event form shows it: empty text for nothing, times on the event's own clock. */
export function eventFormValues(event: EventFormSource): EventFormInput {
  const local = (date: Date) => toZonedInputValue(date, event.timeZone);
  return {
    title: event.title,
    slug: event.slug,
    theme: event.theme ?? "",
    slogan: event.slogan ?? "",
    description: event.description ?? "",
    venueName: event.venueName,
    venueRoom: event.venueRoom ?? "",
    venueAddress: event.venueAddress ?? "",
    venueCity: event.venueCity ?? "",
    venueMapUrl: event.venueMapUrl ?? "",
    timeZone: event.timeZone,
    startsAt: local(event.startsAt),
    endsAt: local(event.endsAt),
    registrationOpensAt: local(event.registrationOpensAt),
    registrationClosesAt: local(event.registrationClosesAt),
    capacity: String(event.capacity),
    mode: event.mode,
    openRegistration: event.openRegistration,
    requiresApproval: event.requiresApproval,
  };
}
