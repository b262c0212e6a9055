import { describe, expect, it } from "vitest";
import { numberInWords } from "./number-words";

describe("a count in Indonesian words, as a letter writes '3 (tiga) orang'", () => {
  it("names the small numbers, the teens and the tens as Indonesian does", () => {
    expect([0, 1, 2, 9, 10, 11, 12, 15, 19, 20, 21, 35, 99].map(numberInWords)).toEqual([
      "nol", "satu", "dua", "sembilan", "sepuluh", "sebelas", "dua belas", "lima belas", "sembilan belas", "dua puluh", "dua puluh satu", "tiga puluh lima", "sembilan puluh sembilan",
    ]);
  });

  it("says 'seratus' and 'seribu', never 'satu ratus' or 'satu ribu'", () => {
    expect(numberInWords(100)).toBe("seratus");
    expect(numberInWords(111)).toBe("seratus sebelas");
    expect(numberInWords(150)).toBe("seratus lima puluh");
    expect(numberInWords(999)).toBe("sembilan ratus sembilan puluh sembilan");
    expect(numberInWords(1000)).toBe("seribu");
    expect(numberInWords(1001)).toBe("seribu satu");
    expect(numberInWords(2024)).toBe("dua ribu dua puluh empat");
    expect(numberInWords(115_300)).toBe("seratus lima belas ribu tiga ratus");
    for (let n = 1; n <= 999; n += 1) expect(numberInWords(n)).not.toMatch(/satu (ratus|ribu)|  |^ | $/);
  });

  it("refuses what it cannot name rather than printing a wrong word", () => {
    for (const bad of [-1, 1.5, 1_000_000, Number.NaN]) expect(() => numberInWords(bad)).toThrow(RangeError);
  });
});
