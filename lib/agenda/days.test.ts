import { describe, expect, it } from "vitest";
import { agendaDays } from "./days";

describe("agendaDays", () => {
  const event = { startsAt: new Date("2024-09-24T01:00:00Z"), endsAt: new Date("2024-09-27T09:00:00Z"), timeZone: "Asia/Jakarta" };

  it("lists each day of the event on its own clock", () => {
    expect(agendaDays(event, []).map((d) => d.key)).toEqual(["2024-09-24", "2024-09-25", "2024-09-26", "2024-09-27"]);
  });

  it("adds the day of a session outside the event, marked, in order", () => {
    // 23:30 WIB on the 27th is 16:30 UTC; 06:00 WIB on the 23rd is still the 22nd in UTC.
    const days = agendaDays(event, [new Date("2024-09-22T23:00:00Z"), new Date("2024-09-27T16:30:00Z")]);
    expect(days).toEqual([
      { key: "2024-09-23", inEvent: false },
      { key: "2024-09-24", inEvent: true },
      { key: "2024-09-25", inEvent: true },
      { key: "2024-09-26", inEvent: true },
      { key: "2024-09-27", inEvent: true },
    ]);
  });

  it("does not count an event ending at midnight as lasting into the next day", () => {
    const untilMidnight = { ...event, endsAt: new Date("2024-09-25T17:00:00Z") }; // 26 Sep 00:00 WIB
    expect(agendaDays(untilMidnight, []).map((d) => d.key)).toEqual(["2024-09-24", "2024-09-25"]);
  });
});
