// Where a user may be sent back to after sign-in, a language switch or any other redirect that
// takes its target from the request. Browsers drop tabs and newlines from URLs and read "\" as
// "/", so "/%09/evil.example" or "/\evil.example" would leave the site: anything that could be
// read as another host is refused rather than repaired.

const DUMMY_ORIGIN = "http://rakor.invalid";
const FORBIDDEN = /[\u0000-\u001f\u007f\\]|\/\//;

/** The same-origin path (with query and fragment) to redirect to, or null to use the default. */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 2048 || !value.startsWith("/")) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return null;
  }
  if (FORBIDDEN.test(value) || FORBIDDEN.test(decoded)) return null;
  const url = URL.parse(value, DUMMY_ORIGIN);
  if (!url || url.origin !== DUMMY_ORIGIN) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
