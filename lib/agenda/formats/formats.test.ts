import { readFileSync } from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { sampleAgenda } from "./fixture";
import { frabSchedule, type FrabLabels } from "./frab";
import { agendaCalendar, parseSessionIds, sessionUid } from "./ics";
import { scheduleJson } from "./json";
import { scheduleXml } from "./xml";

const XSD = readFileSync(path.join(__dirname, "frab-schedule.xsd"), "utf8");
const labels: FrabLabels = { noRoom: "Area umum", cancelledPrefix: "[DIBATALKAN] ", kind: (kind) => kind.toLowerCase() };

async function validate(xml: string) {
  return validateXML({ xml: [{ fileName: "schedule.xml", contents: xml }], schema: [XSD] });
}

function vevents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

describe("schedule.xml", () => {
  it("validates against the frab schema used by the community's schedule validator", async () => {
    const xml = scheduleXml(frabSchedule(sampleAgenda(), "https://rakor.example", labels));
    const result = await validate(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("is a real check: a schedule without its conference title is refused", async () => {
    const xml = scheduleXml(frabSchedule(sampleAgenda(), "https://rakor.example", labels)).replace(/<title>Rakor Uji &amp; Coba<\/title>\n/, "");
    expect((await validate(xml)).valid).toBe(false);
  });

  it("still validates with no session yet (one empty day)", async () => {
    const agenda = { ...sampleAgenda(), sessions: [] };
    const xml = scheduleXml(frabSchedule(agenda, "https://rakor.example", labels));
    expect((await validate(xml)).valid).toBe(true);
    expect(xml).toContain('<day index="1" date="2024-09-24"');
  });

  it("puts sessions on the event's days and clock, with offsets, durations and escaped text", () => {
    const xml = scheduleXml(frabSchedule(sampleAgenda(), "https://rakor.example", labels));
    // 23:30 WIB on the 24th stays on the first day in the event's zone.
    expect(xml).toMatch(/<day index="1" date="2024-09-24" start="2024-09-24T09:00:00\+07:00" end="2024-09-25T01:00:00\+07:00">/);
    expect(xml).toContain("<date>2024-09-24T23:30:00+07:00</date>");
    expect(xml).toContain("<start>23:30</start>");
    expect(xml).toContain("<duration>01:30</duration>");
    expect(xml).toContain('<room name="Ruang &lt;Kecil&gt;">');
    expect(xml).toContain("<title>[DIBATALKAN] Sesi Batal</title>");
    expect(xml).toContain("<room>Area umum</room>");
    expect(xml).toContain("Moderator &quot;Uji&quot;");
    expect(xml).toContain("<track>Humas</track>");
  });
});

describe("schedule.json", () => {
  it("carries the same days, rooms and events as the XML, with the zone named", () => {
    const json = scheduleJson(frabSchedule(sampleAgenda(), "https://rakor.example", labels));
    const conference = json.schedule.conference;
    expect(conference.time_zone_name).toBe("Asia/Jakarta");
    expect(conference.days.map((d) => d.date)).toEqual(["2024-09-24", "2024-09-25"]);
    const evening = conference.days[0]!.rooms["Ruang <Kecil>"]![0]!;
    expect(evening).toMatchObject({ start: "23:30", duration: "01:30", date: "2024-09-24T23:30:00+07:00", url: "https://rakor.example/e/rakor-uji/agenda/s3" });
    expect(conference.days[0]!.rooms["Ballroom"]![0]!.persons).toEqual([
      expect.objectContaining({ public_name: "Supriyanto" }),
      expect.objectContaining({ public_name: "Moderator \"Uji\"" }),
    ]);
  });
});

describe("agenda .ics", () => {
  const ics = agendaCalendar(sampleAgenda(), { baseUrl: "https://rakor.example", locale: "id" });

  it("parses with a real iCalendar parser, one event per session with stable UIDs", () => {
    const events = vevents(ics);
    expect(events.map((e) => e.uid)).toEqual(["s1", "s2", "s3", "s4"].map(sessionUid));
    // Built again, the same session keeps its UID: a calendar updates the entry instead of doubling it.
    expect(vevents(agendaCalendar(sampleAgenda(), { baseUrl: "https://rakor.example", locale: "en" }))[2]!.uid).toBe(sessionUid("s3"));
  });

  it("writes UTC times, SEQUENCE from the session and cancelled sessions as CANCELLED", () => {
    const [opening, , evening, cancelled] = vevents(ics);
    expect(opening!.startDate.toJSDate().toISOString()).toBe("2024-09-24T02:00:00.000Z");
    expect(opening!.startDate.zone?.tzid).toBe("UTC");
    expect(evening!.startDate.toJSDate().toISOString()).toBe("2024-09-24T16:30:00.000Z");
    expect(evening!.endDate.toJSDate().toISOString()).toBe("2024-09-24T18:00:00.000Z");
    expect(opening!.sequence).toBe(0);
    expect(evening!.sequence).toBe(2);
    expect(cancelled!.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(opening!.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(evening!.description).toContain("Waktu: 23.30–01.00 WIB (Asia/Jakarta)");
    expect(opening!.location).toBe("Ballroom, Hotel Uji");
  });

  it("keeps only the chosen sessions for a personal agenda", () => {
    const mine = agendaCalendar(sampleAgenda(), { baseUrl: "https://rakor.example", locale: "id", sessionIds: ["s3", "nope"] });
    expect(vevents(mine).map((e) => e.uid)).toEqual([sessionUid("s3")]);
  });

  it("reads only well-formed ids from ?s=", () => {
    expect(parseSessionIds("a1, b2,,a1,../x,c3")).toEqual(["a1", "b2", "c3"]);
    expect(parseSessionIds(null)).toEqual([]);
  });
});
