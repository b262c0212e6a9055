import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The site's public address for links sent by email: APP_URL when set (recommended behind a
 * proxy), otherwise the address this request came in on.
 */
export async function publicBaseUrl(): Promise<string> {
  if (env.APP_URL) return env.APP_URL.replace(/\/+$/, "");
  const h = await headers();
  const first = (value: string | null) => value?.split(",")[0]?.trim() || null;
  const host = first(h.get("x-forwarded-host")) ?? first(h.get("host"));
  // A host header is only ever a name or address with an optional port; refuse anything else.
  if (!host || !/^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/.test(host)) throw new Error("cannot tell the site's address; set APP_URL");
  const proto = first(h.get("x-forwarded-proto"));
  return `${proto === "https" || proto === "http" ? proto : "http"}://${host}`;
}
