// A name as typed on the public form, made fit to stand in a mail Rakor sends in its own name: the
// name is the only thing a registrant types that reaches the mail. One line (no control, format or
// bidi characters, so no invented paragraphs or reversed text), bounded, and with anything a mail
// client would turn into a link or an address defused the usual way ("evil[.]example",
// "https[:]//", "[at]"). Academic titles keep their dots: "S.Kom", "M.Si", "A.Md.Kom".

const MAX_LENGTH = 120;

export function mailSafeName(name: string): string {
  const line = name
    .normalize("NFKC")
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const bounded = line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1)}…` : line;
  return bounded
    .replace(/:\/\//g, "[:]//")
    .replace(/@/g, "[at]")
    .replace(/\bwww\./gi, "www[.]")
    .replace(/([\p{L}\p{N}-]{3,})\.(?=\p{L}{2,})/gu, "$1[.]");
}
