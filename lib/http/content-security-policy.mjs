// The site's Content-Security-Policy, in plain JavaScript so next.config.mjs can import it. Pages
// rendered by React need 'unsafe-inline' for Next.js's inline bootstrap scripts (unless every page
// were rendered per request with a nonce); pages rendered without React, like the public agenda,
// name their one inline script by its hash instead.

/**
 * @param {{ dev?: boolean, scripts?: string[], formActions?: string[] }} options `scripts`: the
 * script-src sources; default `'unsafe-inline'` for the React pages. `formActions`: origins besides
 * the site's own that a form may lead to (Chromium applies form-action to the redirects after a
 * post too: the sign-in page's SSO button is answered with a redirect to the identity provider).
 */
export function contentSecurityPolicy({ dev = false, scripts = ["'unsafe-inline'"], formActions = [] } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts.join(" ")}${dev ? " 'unsafe-eval'" : ""}`.trimEnd(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...formActions].join(" "),
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join("; ");
}

/**
 * Paths whose responses bring their own policy (next.config.mjs would otherwise set the global
 * one first, and Next.js keeps a header that is already set): the speaker photos' sandbox, the
 * public agenda's script hash and the sign-in page, whose form-action names the identity provider
 * configured at run time (proxy.ts sets it). A path-to-regexp source, checked against Next.js's
 * matcher in tests.
 */
export const OWN_POLICY_EXCLUDED_SOURCE =
  "/:path((?!e/[^/]+/agenda(?:-in/[^/]+)?$|e/[^/]+/speakers/[^/]+/photo$|console/events/[^/]+/speakers/[^/]+/photo$|login$).*)";

/** The speaker photos' policy: an image opened on its own can run nothing and load nothing. */
export const PHOTO_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";
