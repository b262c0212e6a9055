import type { FrabEvent, FrabSchedule } from "./frab";

// schedule.xml as frab writes it (the order of elements follows frab's own output; the schema
// accepts any order inside <conference> and <event>).

function escape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

const el = (name: string, text: string, indent: string) => `${indent}<${name}>${escape(text)}</${name}>`;

function eventXml(event: FrabEvent): string {
  const i = "        ";
  return [
    `      <event id="${event.id}" guid="${event.guid}">`,
    el("date", event.date, i),
    el("start", event.start, i),
    el("duration", event.duration, i),
    el("room", event.room, i),
    el("slug", event.slug, i),
    el("title", event.title, i),
    el("subtitle", event.subtitle, i),
    el("track", event.track, i),
    el("type", event.type, i),
    el("language", event.language, i),
    el("abstract", event.abstract, i),
    el("description", event.description, i),
    `${i}<persons>`,
    ...event.persons.map((p) => `${i}  <person id="${p.id}">${escape(p.name)}</person>`),
    `${i}</persons>`,
    `${i}<links>`,
    `${i}  <link href="${escape(event.url)}">${escape(event.title)}</link>`,
    `${i}</links>`,
    `      </event>`,
  ].join("\n");
}

export function scheduleXml(schedule: FrabSchedule): string {
  const c = schedule.conference;
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<schedule>`,
    el("version", schedule.version, "  "),
    `  <conference>`,
    el("acronym", c.acronym, "    "),
    el("title", c.title, "    "),
    el("start", c.start, "    "),
    el("end", c.end, "    "),
    el("days", String(c.days), "    "),
    el("timeslot_duration", c.timeslotDuration, "    "),
    `  </conference>`,
  ];
  for (const day of schedule.days) {
    lines.push(`  <day index="${day.index}" date="${day.date}" start="${day.start}" end="${day.end}">`);
    for (const room of day.rooms) {
      lines.push(`    <room name="${escape(room.name)}">`, ...room.events.map(eventXml), `    </room>`);
    }
    lines.push(`  </day>`);
  }
  lines.push(`</schedule>`, "");
  return lines.join("\n");
}
