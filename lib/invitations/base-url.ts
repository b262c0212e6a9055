import "server-only";
import { env } from "@/lib/env";

/**
 * The site's public address for links sent by email, shown for WhatsApp and written into feeds:
 * APP_URL, which the start script requires with DATABASE_URL and otherwise derives from the
 * address it listens on. Never taken from the request: a client-chosen Host or X-Forwarded-Host
 * would end up in official mail and in publicly cached feeds.
 */
export async function publicBaseUrl(): Promise<string> {
  if (!env.APP_URL) throw new Error("APP_URL is not set; start Rakor with `npm start` or `npm run serve`, which set it");
  return env.APP_URL.replace(/\/+$/, "");
}
