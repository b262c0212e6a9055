import { describe, expect, it } from "vitest";
import { parseInZone, toZonedInputValue, zonedDayKey } from "./parse";

describe("parseInZone", () => {
  it("reads a form time on the event's clock, not the server's", () => {
    expect(parseInZone("2024-09-24T08:00", "Asia/Jakarta")?.toISOString()).toBe("2024-09-24T01:00:00.000Z");
    expect(parseInZone("2024-09-24T08:00", "Asia/Makassar")?.toISOString()).toBe("2024-09-24T00:00:00.000Z");
    expect(parseInZone("2024-09-24T08:00", "Asia/Jayapura")?.toISOString()).toBe("2024-09-23T23:00:00.000Z");
  });

  it("accepts the seconds a datetime-local input sends when its step is under a minute", () => {
    expect(parseInZone("2024-09-24T08:00:30", "Asia/Jakarta")?.toISOString()).toBe("2024-09-24T01:00:30.000Z");
  });

  it("accepts a leap day", () => {
    expect(parseInZone("2024-02-29T08:00", "Asia/Jakarta")?.toISOString()).toBe("2024-02-29T01:00:00.000Z");
  });

  it.each([
    "",
    "garbage",
    "2024-09-24",
    "2024-09-24 08:00",
    "2024-09-24T8:00",
    "2024-09-24T08:00Z",
    "2024-09-24T08:00+07:00",
    "2023-02-29T08:00",
    "2024-02-30T08:00",
    "2024-13-01T08:00",
    "2024-00-10T08:00",
    "2024-09-24T24:00",
    "2024-09-24T08:60",
  ])("returns null for %j, which is not a wall-clock time", (input) => {
    expect(parseInZone(input, "Asia/Jakarta")).toBeNull();
  });

  it("returns null for a time skipped when clocks spring forward", () => {
    expect(parseInZone("2024-03-31T02:30", "Europe/Berlin")).toBeNull();
    expect(parseInZone("2024-03-31T03:30", "Europe/Berlin")?.toISOString()).toBe("2024-03-31T01:30:00.000Z");
  });

  it("takes the first occurrence of a time repeated when clocks fall back", () => {
    expect(parseInZone("2024-10-27T02:30", "Europe/Berlin")?.toISOString()).toBe("2024-10-27T00:30:00.000Z");
  });

  it("throws for an unknown zone rather than reading the time on some other clock", () => {
    expect(() => parseInZone("2024-09-24T08:00", "Not/A_Zone")).toThrow(RangeError);
    expect(() => parseInZone("garbage", "")).toThrow(RangeError);
  });
});

describe("toZonedInputValue", () => {
  it("fills a datetime-local input with the time on the event's clock", () => {
    const instant = new Date("2024-09-24T01:00:00Z");
    expect(toZonedInputValue(instant, "Asia/Jakarta")).toBe("2024-09-24T08:00");
    expect(toZonedInputValue(instant, "Asia/Jayapura")).toBe("2024-09-24T10:00");
    expect(toZonedInputValue(new Date("2024-09-24T17:00:00Z"), "Asia/Jakarta")).toBe("2024-09-25T00:00");
  });

  it.each([
    ["2024-09-24T08:00", "Asia/Jakarta"],
    ["2024-09-24T23:59", "Asia/Makassar"],
    ["2024-12-31T23:30", "Asia/Jayapura"],
    ["2024-01-01T00:00", "Asia/Pontianak"],
    ["2024-07-15T12:00", "Europe/Berlin"],
    ["2024-10-27T02:30", "Europe/Berlin"],
    ["2024-11-03T01:30", "America/New_York"],
  ])("round-trips %s in %s", (value, timeZone) => {
    const instant = parseInZone(value, timeZone);
    expect(instant).not.toBeNull();
    expect(toZonedInputValue(instant!, timeZone)).toBe(value);
  });
});

describe("zonedDayKey", () => {
  // 23:30 WIB on 24 September is 00:30 WITA on 25 September.
  const lateEvening = parseInZone("2024-09-24T23:30", "Asia/Jakarta")!;

  it("puts an instant near midnight on different days in Jakarta and Makassar", () => {
    expect(toZonedInputValue(lateEvening, "Asia/Makassar")).toBe("2024-09-25T00:30");
    expect(zonedDayKey(lateEvening, "Asia/Jakarta")).toBe("2024-09-24");
    expect(zonedDayKey(lateEvening, "Asia/Makassar")).toBe("2024-09-25");
  });

  it("keeps the whole day in the zone together, whatever the UTC date", () => {
    const earlyMorning = parseInZone("2024-09-24T00:10", "Asia/Jayapura")!;
    expect(earlyMorning.toISOString().slice(0, 10)).toBe("2024-09-23");
    expect(zonedDayKey(earlyMorning, "Asia/Jayapura")).toBe("2024-09-24");
  });
});
