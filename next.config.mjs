import createNextIntlPlugin from "next-intl/plugin";
import { contentSecurityPolicy, OWN_POLICY_EXCLUDED_SOURCE } from "./lib/http/content-security-policy.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");
const dev = process.env.NODE_ENV !== "production";

// Strict-Transport-Security is not here: scripts/server.ts adds it only to responses that went out
// over HTTPS (a browser ignores it over plain HTTP, and a LAN set-up on http must not claim it).
const securityHeaders = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), payment=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // pdfkit reads its font metrics from its own folder at run time, so it must not be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "pdfkit", "exceljs"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: OWN_POLICY_EXCLUDED_SOURCE, headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) }] },
    ];
  },
};

export default withNextIntl(nextConfig);
