// Numbers in Indonesian words ("terbilang"), as letters and press releases write a count:
// "150 (seratus lima puluh) peserta". Pure, so the browser and every document can use it.

const ONES = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
const SCALES: [value: number, word: string][] = [
  [1_000_000_000_000, "triliun"],
  [1_000_000_000, "miliar"],
  [1_000_000, "juta"],
];

/** Below one thousand; 0 gives "" so that "seribu" and "dua juta" need no special case for a zero tail. */
function belowThousand(n: number): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) words.push("seratus");
  else if (hundreds > 1) words.push(ONES[hundreds]!, "ratus");
  if (rest === 0) return words;
  if (rest < 10) words.push(ONES[rest]!);
  else if (rest === 10) words.push("sepuluh");
  else if (rest === 11) words.push("sebelas");
  else if (rest < 20) words.push(ONES[rest - 10]!, "belas");
  else {
    words.push(ONES[Math.floor(rest / 10)]!, "puluh");
    if (rest % 10 > 0) words.push(ONES[rest % 10]!);
  }
  return words;
}

/**
 * 0 → "nol", 11 → "sebelas", 150 → "seratus lima puluh", 1_001 → "seribu satu",
 * 123_456_789 → "seratus dua puluh tiga juta empat ratus lima puluh enam ribu tujuh ratus delapan puluh sembilan".
 * Whole numbers from 0 below 10^15.
 */
export function terbilang(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0 || value >= 1e15) throw new RangeError(`terbilang: ${value} is not a whole number from 0 below 10^15`);
  if (value === 0) return ONES[0]!;
  const words: string[] = [];
  let rest = value;
  for (const [scale, word] of SCALES) {
    const count = Math.floor(rest / scale);
    if (count > 0) words.push(...belowThousand(count), word);
    rest %= scale;
  }
  const thousands = Math.floor(rest / 1000);
  if (thousands === 1) words.push("seribu");
  else if (thousands > 1) words.push(...belowThousand(thousands), "ribu");
  words.push(...belowThousand(rest % 1000));
  return words.join(" ");
}

/** "150 (seratus lima puluh)": the figure and its words, as official Indonesian prose writes a count. */
export function countInWords(value: number): string {
  return `${formatNumber(value)} (${terbilang(value)})`;
}

/** "1.500": Indonesian digit grouping, independent of the server's locale data. */
export function formatNumber(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}
