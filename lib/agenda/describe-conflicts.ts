import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { formatInZone, formatRangeInZone, type TimeLocale } from "@/lib/time";
import type { Conflict } from "./detect-conflicts";

/** The warnings in the organizer's language, with times on the event's clock and its zone label. */
export async function describeConflicts(conflicts: Conflict[], timeZone: string): Promise<string[]> {
  const [t, locale] = await Promise.all([getTranslations("agenda.warnings"), getLocale() as Promise<TimeLocale>]);
  return conflicts.map((conflict) => {
    switch (conflict.kind) {
      case "room_overlap":
        return t("room_overlap", { room: conflict.roomName, title: conflict.title, when: formatRangeInZone(conflict.startsAt, conflict.endsAt, timeZone, locale) });
      case "speaker_overlap":
        return t("speaker_overlap", { speaker: conflict.speakerName, title: conflict.title, when: formatRangeInZone(conflict.startsAt, conflict.endsAt, timeZone, locale) });
      case "outside_event": {
        // Noon on the day key is that day on the event's clock in every zone.
        const day = (key: string) => formatInZone(new Date(`${key}T12:00:00Z`), "UTC", locale, "date");
        return t("outside_event", { from: day(conflict.eventStartDay), to: day(conflict.eventEndDay) });
      }
    }
  });
}
