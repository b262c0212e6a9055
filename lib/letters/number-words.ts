// "3 (tiga) orang": the seats of a unit in words, as letters write counts. Small on purpose (up to
// 999 999, the most seats a letter could name); the report has its own fuller terbilang.

const ONES = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"];

function below1000(n: number): string {
  if (n < 12) return ONES[n]!;
  if (n < 20) return `${ONES[n - 10]} belas`;
  if (n < 100) return join(`${ONES[Math.floor(n / 10)]} puluh`, below1000(n % 10));
  const hundreds = Math.floor(n / 100);
  return join(hundreds === 1 ? "seratus" : `${ONES[hundreds]} ratus`, below1000(n % 100));
}

const join = (head: string, tail: string) => (tail ? `${head} ${tail}` : head);

/** 0 → "nol", 11 → "sebelas", 150 → "seratus lima puluh", 1000 → "seribu". */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) throw new RangeError(`no words for ${n}`);
  if (n === 0) return "nol";
  const thousands = Math.floor(n / 1000);
  const rest = below1000(n % 1000);
  if (thousands === 0) return rest;
  return join(thousands === 1 ? "seribu" : `${below1000(thousands)} ribu`, rest);
}
