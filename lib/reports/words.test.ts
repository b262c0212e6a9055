import { describe, expect, it } from "vitest";
import { dateRangeWords, dayDateRangeWords, dayDateWords, dayNameRange, numericDateRange } from "./date-words";
import { countInWords, formatNumber, terbilang } from "@/lib/documents/number-words";

describe("numbers in Indonesian words (terbilang)", () => {
  const cases: [number, string][] = [
    [0, "nol"],
    [1, "satu"],
    [10, "sepuluh"],
    [11, "sebelas"],
    [12, "dua belas"],
    [19, "sembilan belas"],
    [20, "dua puluh"],
    [21, "dua puluh satu"],
    [100, "seratus"],
    [101, "seratus satu"],
    [111, "seratus sebelas"],
    [150, "seratus lima puluh"],
    [1000, "seribu"],
    [1001, "seribu satu"],
    [1500, "seribu lima ratus"],
    [2000, "dua ribu"],
    [11_000, "sebelas ribu"],
    [100_000, "seratus ribu"],
    [1_000_000, "satu juta"],
    [2_001_010, "dua juta seribu sepuluh"],
    [123_456_789, "seratus dua puluh tiga juta empat ratus lima puluh enam ribu tujuh ratus delapan puluh sembilan"],
    [999_999_999, "sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan"],
    [1_000_000_000, "satu miliar"],
  ];
  for (const [value, words] of cases) it(`writes ${value} as "${words}"`, () => expect(terbilang(value)).toBe(words));

  it("never writes 'satu ratus', 'satu ribu' or 'satu belas', and never a double space", () => {
    for (let n = 0; n <= 3000; n += 1) expect(terbilang(n)).not.toMatch(/satu (ratus|ribu|belas|puluh)|\s{2}|^\s|\s$/);
  });

  it("refuses what is not a whole number from zero, instead of printing nonsense", () => {
    for (const bad of [-1, 1.5, Number.NaN, 1e15]) expect(() => terbilang(bad)).toThrow(RangeError);
  });

  it("pairs the figure, grouped with dots, with its words", () => {
    expect(countInWords(150)).toBe("150 (seratus lima puluh)");
    expect(countInWords(1500)).toBe("1.500 (seribu lima ratus)");
    expect(formatNumber(123_456_789)).toBe("123.456.789");
  });
});

describe("dates in Indonesian words", () => {
  it("names the day and month in Indonesian, whatever zone the server runs in", () => {
    expect(dayDateWords("2026-12-22")).toBe("Selasa, 22 Desember 2026");
    expect(dayDateWords("2024-09-24")).toBe("Selasa, 24 September 2024");
    expect(dayDateWords("2024-03-10")).toBe("Minggu, 10 Maret 2024");
    expect(dayDateWords("2025-01-03")).toBe("Jumat, 3 Januari 2025");
  });

  it("writes a range within one month, across months and across years", () => {
    expect(dayDateRangeWords("2024-09-24", "2024-09-27")).toBe("Selasa–Jumat, 24–27 September 2024");
    expect(dateRangeWords("2024-09-30", "2024-10-03")).toBe("30 September–3 Oktober 2024");
    expect(dateRangeWords("2026-12-29", "2027-01-02")).toBe("29 Desember 2026–2 Januari 2027");
    expect(dayDateRangeWords("2026-12-21", "2026-12-21")).toBe("Senin, 21 Desember 2026");
    expect(dayNameRange("2026-12-21", "2026-12-24")).toBe("Senin–Kamis");
  });

  it("writes the press style of a range with numbers", () => {
    expect(numericDateRange("2026-12-21", "2026-12-24")).toBe("21–24/12/2026");
    expect(numericDateRange("2024-09-30", "2024-10-03")).toBe("30/9–3/10/2024");
    expect(numericDateRange("2026-12-29", "2027-01-02")).toBe("29/12/2026–2/1/2027");
    expect(numericDateRange("2026-12-22", "2026-12-22")).toBe("22/12/2026");
  });
});
