import { describe, expect, it } from "vitest";
import {
  canonicalTimeZone,
  indonesianZoneLabel,
  isValidTimeZone,
  timeZoneOptions,
  zoneLabel,
} from "./zones";

const SEPT_24 = new Date("2024-09-24T01:00:00Z");
const BERLIN_SUMMER = new Date("2024-07-15T10:00:00Z");
const BERLIN_WINTER = new Date("2024-01-15T10:00:00Z");

describe("Indonesian zone labels", () => {
  it("names Java and West Kalimantan WIB, Sulawesi WITA and Papua WIT", () => {
    expect(indonesianZoneLabel("Asia/Jakarta")).toBe("WIB");
    expect(indonesianZoneLabel("Asia/Pontianak")).toBe("WIB");
    expect(indonesianZoneLabel("Asia/Makassar")).toBe("WITA");
    expect(indonesianZoneLabel("Asia/Jayapura")).toBe("WIT");
  });

  it("recognises Makassar under its old name and zone names in any case", () => {
    expect(indonesianZoneLabel("Asia/Ujung_Pandang")).toBe("WITA");
    expect(indonesianZoneLabel("asia/jayapura")).toBe("WIT");
  });

  it("gives no Indonesian label to zones outside Indonesia, even at the same offset", () => {
    expect(indonesianZoneLabel("Asia/Bangkok")).toBeNull();
    expect(indonesianZoneLabel("Asia/Singapore")).toBeNull();
    expect(indonesianZoneLabel("Etc/GMT-7")).toBeNull();
    expect(indonesianZoneLabel("Not/A_Zone")).toBeNull();
  });
});

describe("zoneLabel", () => {
  it("uses WIB/WITA/WIT inside Indonesia", () => {
    expect(zoneLabel("Asia/Jakarta", SEPT_24)).toBe("WIB");
    expect(zoneLabel("Asia/Makassar", SEPT_24)).toBe("WITA");
    expect(zoneLabel("Asia/Jayapura", SEPT_24)).toBe("WIT");
  });

  it("shows the UTC offset in force at the instant for a daylight-saving zone", () => {
    expect(zoneLabel("Europe/Berlin", BERLIN_SUMMER)).toBe("UTC+02:00");
    expect(zoneLabel("Europe/Berlin", BERLIN_WINTER)).toBe("UTC+01:00");
  });

  it("writes negative and half-hour offsets with a true minus sign and minutes", () => {
    expect(zoneLabel("America/New_York", BERLIN_WINTER)).toBe("UTC\u221205:00");
    expect(zoneLabel("America/New_York", BERLIN_SUMMER)).toBe("UTC\u221204:00");
    expect(zoneLabel("Asia/Kolkata", SEPT_24)).toBe("UTC+05:30");
    expect(zoneLabel("UTC", SEPT_24)).toBe("UTC+00:00");
  });

  it("refuses an unknown zone instead of guessing a clock", () => {
    expect(() => zoneLabel("Not/A_Zone", SEPT_24)).toThrow(RangeError);
  });
});

describe("isValidTimeZone", () => {
  it("accepts IANA zones and rejects anything else", () => {
    expect(isValidTimeZone("Asia/Jakarta")).toBe(true);
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Not/A_Zone")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(isValidTimeZone("+07:00")).toBe(false);
    expect(isValidTimeZone("WIB")).toBe(false);
  });

  it("canonicalises spelling so a stored zone matches the picker", () => {
    expect(canonicalTimeZone("asia/makassar")).toBe("Asia/Makassar");
    expect(canonicalTimeZone("Asia/Jakarta")).toBe("Asia/Jakarta");
    expect(canonicalTimeZone("Not/A_Zone")).toBeNull();
  });
});

describe("timeZoneOptions", () => {
  const options = timeZoneOptions(BERLIN_SUMMER);
  const values = options.map((option) => option.value);

  it("lists the four Indonesian zones first, west to east, with label and offset", () => {
    expect(options.slice(0, 4)).toEqual([
      { value: "Asia/Jakarta", label: "WIB — Asia/Jakarta (UTC+07:00)" },
      { value: "Asia/Pontianak", label: "WIB — Asia/Pontianak (UTC+07:00)" },
      { value: "Asia/Makassar", label: "WITA — Asia/Makassar (UTC+08:00)" },
      { value: "Asia/Jayapura", label: "WIT — Asia/Jayapura (UTC+09:00)" },
    ]);
  });

  it("follows with every other zone once, sorted, with its offset at that date", () => {
    const rest = values.slice(4);
    expect(rest.length).toBeGreaterThan(300);
    expect(rest).toEqual([...rest].sort());
    expect(new Set(values).size).toBe(values.length);
    expect(rest).not.toContain("Asia/Jakarta");
    expect(rest).toContain("UTC");
    expect(options).toContainEqual({ value: "Europe/Berlin", label: "Europe/Berlin (UTC+02:00)" });
    expect(timeZoneOptions(BERLIN_WINTER)).toContainEqual({
      value: "Europe/Berlin",
      label: "Europe/Berlin (UTC+01:00)",
    });
  });

  it("offers only zones that the formatting functions accept", () => {
    expect(values.every(isValidTimeZone)).toBe(true);
  });
});
