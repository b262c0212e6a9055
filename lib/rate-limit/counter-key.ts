import "server-only";
import { createHash } from "node:crypto";
import type { RateLimitHit } from "./policies";

// The stored key: the policy's name and a hash of what it counts by, so the table holds no email
// or address and every key has the same short length.
export function counterKey(hit: RateLimitHit): string {
  const parts = typeof hit.key === "string" ? [hit.key] : hit.key;
  return `${hit.policy}:${createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 32)}`;
}
