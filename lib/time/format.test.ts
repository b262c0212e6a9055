import { describe, expect, it } from "vitest";
import { formatInZone, formatRangeInZone } from "./format";

// 08:00 WIB on Friday 27 September 2024.
const FRIDAY_8_WIB = new Date("2024-09-27T01:00:00Z");
const at = (iso: string) => new Date(iso);

describe("formatInZone", () => {
  it("writes the date in Indonesian and English", () => {
    expect(formatInZone(FRIDAY_8_WIB, "Asia/Jakarta", "id", "date")).toBe("Jumat, 27 September 2024");
    expect(formatInZone(FRIDAY_8_WIB, "Asia/Jakarta", "en", "date")).toBe("Friday, 27 September 2024");
    expect(formatInZone(FRIDAY_8_WIB, "Asia/Jakarta", "id", "dateShort")).toBe("27 Sep 2024");
  });

  it("ends every time with the zone label, using each language's separator", () => {
    expect(formatInZone(FRIDAY_8_WIB, "Asia/Jakarta", "id", "time")).toBe("08.00 WIB");
    expect(formatInZone(FRIDAY_8_WIB, "Asia/Jakarta", "en", "time")).toBe("08:00 WIB");
    expect(formatInZone(FRIDAY_8_WIB, "Asia/Jakarta", "id", "dateTime")).toBe(
      "Jumat, 27 September 2024 pukul 08.00 WIB",
    );
    expect(formatInZone(FRIDAY_8_WIB, "Asia/Jakarta", "en", "dateTime")).toBe(
      "Friday, 27 September 2024 at 08:00 WIB",
    );
  });

  it("shows a delegate in Makassar or Jayapura the same session on their own clock", () => {
    expect(formatInZone(FRIDAY_8_WIB, "Asia/Makassar", "id", "time")).toBe("09.00 WITA");
    expect(formatInZone(FRIDAY_8_WIB, "Asia/Jayapura", "id", "time")).toBe("10.00 WIT");
  });

  it("moves the date, not just the hour, across midnight between zones", () => {
    const lateEvening = at("2024-09-24T16:30:00Z"); // 23:30 WIB
    expect(formatInZone(lateEvening, "Asia/Jakarta", "id", "dateTime")).toBe(
      "Selasa, 24 September 2024 pukul 23.30 WIB",
    );
    expect(formatInZone(lateEvening, "Asia/Makassar", "id", "dateTime")).toBe(
      "Rabu, 25 September 2024 pukul 00.30 WITA",
    );
  });

  it("labels a viewer outside Indonesia with the offset in force that day", () => {
    expect(formatInZone(at("2024-07-15T06:00:00Z"), "Europe/Berlin", "en", "time")).toBe("08:00 UTC+02:00");
    expect(formatInZone(at("2024-01-15T07:00:00Z"), "Europe/Berlin", "en", "time")).toBe("08:00 UTC+01:00");
    expect(formatInZone(FRIDAY_8_WIB, "America/New_York", "en", "time")).toBe("21:00 UTC\u221204:00");
  });

  it("does not label a date without a time", () => {
    expect(formatInZone(FRIDAY_8_WIB, "Europe/Berlin", "en", "date")).toBe("Friday, 27 September 2024");
  });

  it("refuses an unknown zone or an invalid date", () => {
    expect(() => formatInZone(FRIDAY_8_WIB, "Not/A_Zone", "id", "time")).toThrow(RangeError);
    expect(() => formatInZone(new Date("nonsense"), "Asia/Jakarta", "id", "time")).toThrow(RangeError);
    expect(() => formatInZone(FRIDAY_8_WIB, "+07:00", "id", "time")).toThrow(RangeError);
  });

  it("treats another spelling of a zone as that zone", () => {
    expect(formatInZone(FRIDAY_8_WIB, "asia/makassar", "id", "time")).toBe("09.00 WITA");
    expect(formatInZone(FRIDAY_8_WIB, "Asia/Ujung_Pandang", "id", "time")).toBe("09.00 WITA");
  });
});

describe("formatRangeInZone", () => {
  it("writes a multi-day meeting as its days and daily hours", () => {
    const start = at("2024-09-24T01:00:00Z");
    const end = at("2024-09-27T09:00:00Z");
    expect(formatRangeInZone(start, end, "Asia/Jakarta", "id")).toBe("24–27 September 2024, 08.00–16.00 WIB");
    expect(formatRangeInZone(start, end, "Asia/Jakarta", "en")).toBe(
      "24\u2009–\u200927 September 2024, 08:00–16:00 WIB",
    );
    expect(formatRangeInZone(start, end, "Asia/Jayapura", "id")).toBe("24–27 September 2024, 10.00–18.00 WIT");
  });

  it("writes the date once for a one-day meeting", () => {
    expect(formatRangeInZone(at("2024-09-27T01:00:00Z"), at("2024-09-27T09:00:00Z"), "Asia/Jakarta", "id")).toBe(
      "27 September 2024, 08.00–16.00 WIB",
    );
  });

  it("names both months or both years when the meeting crosses them", () => {
    expect(formatRangeInZone(at("2024-09-30T01:00:00Z"), at("2024-10-02T09:00:00Z"), "Asia/Jakarta", "id")).toBe(
      "30 September\u2009–\u20092 Oktober 2024, 08.00–16.00 WIB",
    );
    expect(formatRangeInZone(at("2024-12-30T01:00:00Z"), at("2025-01-02T09:00:00Z"), "Asia/Jakarta", "en")).toBe(
      "30 December 2024\u2009–\u20092 January 2025, 08:00–16:00 WIB",
    );
  });

  it("uses the days of the event's zone, not UTC's", () => {
    // 19:00–23:00 WIT on 24 September: one day in Jayapura although it starts at 10:00 UTC.
    expect(formatRangeInZone(at("2024-09-24T10:00:00Z"), at("2024-09-24T14:00:00Z"), "Asia/Jayapura", "id")).toBe(
      "24 September 2024, 19.00–23.00 WIT",
    );
    // 00:30–02:00 WITA on 25 September is 23:30 on the 24th to 01:00 on the 25th in Jakarta.
    const start = at("2024-09-24T16:30:00Z");
    const end = at("2024-09-24T18:00:00Z");
    expect(formatRangeInZone(start, end, "Asia/Makassar", "id")).toBe("25 September 2024, 00.30–02.00 WITA");
    expect(formatRangeInZone(start, end, "Asia/Jakarta", "id")).toBe("24–25 September 2024, 23.30–01.00 WIB");
  });

  it("labels each end when the offset changes during the event", () => {
    // Berlin leaves summer time on 27 October 2024.
    expect(formatRangeInZone(at("2024-10-26T07:00:00Z"), at("2024-10-28T15:00:00Z"), "Europe/Berlin", "en")).toBe(
      "26\u2009–\u200928 October 2024, 09:00 UTC+02:00\u2009–\u200916:00 UTC+01:00",
    );
  });

  it("shows a single time for an instant and both times when only the days differ", () => {
    expect(formatRangeInZone(FRIDAY_8_WIB, FRIDAY_8_WIB, "Asia/Jakarta", "id")).toBe("27 September 2024, 08.00 WIB");
    expect(formatRangeInZone(at("2024-09-24T01:00:00Z"), FRIDAY_8_WIB, "Asia/Jakarta", "id")).toBe(
      "24–27 September 2024, 08.00–08.00 WIB",
    );
  });

  it("refuses an event that ends before it starts", () => {
    expect(() => formatRangeInZone(at("2024-09-27T09:00:00Z"), at("2024-09-24T01:00:00Z"), "Asia/Jakarta", "id")).toThrow(
      RangeError,
    );
  });
});
