import type { FrabSchedule } from "./frab";

/**
 * The schedule in the JSON layout of frab's schedule.json (as read by the conference apps that take
 * schedule.xml): days → rooms → events, with the event's time zone named.
 */
export function scheduleJson(schedule: FrabSchedule) {
  const c = schedule.conference;
  return {
    schedule: {
      version: schedule.version,
      base_url: schedule.baseUrl,
      conference: {
        acronym: c.acronym,
        title: c.title,
        start: c.start,
        end: c.end,
        daysCount: c.days,
        timeslot_duration: c.timeslotDuration,
        time_zone_name: c.timeZone,
        rooms: schedule.rooms.map((name) => ({ name })),
        days: schedule.days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: day.start,
          day_end: day.end,
          rooms: Object.fromEntries(
            day.rooms.map((room) => [
              room.name,
              room.events.map((e) => ({
                id: e.id,
                guid: e.guid,
                date: e.date,
                start: e.start,
                duration: e.duration,
                room: e.room,
                slug: e.slug,
                url: e.url,
                title: e.title,
                subtitle: e.subtitle,
                track: e.track,
                type: e.type,
                language: e.language,
                abstract: e.abstract,
                description: e.description,
                persons: e.persons.map((p) => ({ id: p.id, public_name: p.name })),
                links: [],
              })),
            ]),
          ),
        })),
      },
    },
  };
}
