import { z } from "zod";

// Server configuration, validated once. Scripts and the app read settings only through here.
const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Rakor <no-reply@rakor.local>"),
  // Public address of the site (e.g. https://rakor.example.go.id), used in links sent by email.
  // Unset: derived from the request that sends the mail.
  APP_URL: z.string().url().optional(),
  // Set by scripts/start.ts when it serves the embedded PGlite database (one connection only).
  RAKOR_EMBEDDED_DB: z.enum(["0", "1"]).default("0"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return parsed.data;
}

export const env = load();
