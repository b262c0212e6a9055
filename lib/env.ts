import { z } from "zod";
import { parseTrustProxy } from "@/lib/http/trusted-proxy";

// Server configuration, validated once. Scripts and the app read settings only through here.
const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Rakor <no-reply@rakor.local>"),
  // Public address of the site (e.g. https://rakor.example.go.id), the only source of absolute
  // links. Required with DATABASE_URL; for the embedded set-up scripts/start.ts derives it from the
  // address it listens on. Never taken from request headers.
  APP_URL: z
    .string()
    .url()
    .refine((url) => /^https?:\/\//.test(url), "APP_URL must start with http:// or https://")
    .optional(),
  // Which proxies in front of Rakor may speak for the client (X-Forwarded-*): a hop count or a
  // comma-separated list of addresses/CIDR ranges. Unset: none, the socket's peer is the client.
  TRUST_PROXY: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseTrustProxy(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
  // Single sign-on through an OpenID Connect provider (lib/auth/oidc.ts): the three OIDC_ISSUER,
  // OIDC_CLIENT_ID, OIDC_CLIENT_SECRET or none. The issuer exactly as the provider's discovery
  // document names it; plain http:// only on loopback (the end-to-end tests' provider).
  OIDC_ISSUER: z
    .string()
    .url()
    .refine(
      (url) => url.startsWith("https://") || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(url),
      "OIDC_ISSUER must start with https:// (http:// only for a provider on loopback)",
    )
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  // The sign-in button's label ("Masuk dengan <OIDC_NAME>"); unset: "SSO".
  OIDC_NAME: z.string().trim().min(1).max(40).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Set by scripts/start.ts when it serves the embedded PGlite database (one connection only).
  RAKOR_EMBEDDED_DB: z.enum(["0", "1"]).default("0"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
}).superRefine((config, ctx) => {
  const oidc = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;
  const missing = oidc.filter((key) => !config[key]);
  if (missing.length > 0 && missing.length < oidc.length) {
    for (const key of missing) {
      ctx.addIssue({ code: "custom", path: [key], message: `single sign-on needs all of ${oidc.join(", ")}; ${key} is missing` });
    }
  }
});

export type Env = z.infer<typeof schema>;

/** The configuration in `source`, or an error listing every problem in it. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return parsed.data;
}

export const env = parseEnv(process.env);
