// The client's address as the edge worked it out. The server in front of Next.js (see
// scripts/) removes any client-sent copy of this header and sets it from the socket's peer
// address, or, behind TRUST_PROXY, from the trusted part of X-Forwarded-For. Nothing else in the
// app reads X-Forwarded-For or X-Real-IP.
export const CLIENT_IP_HEADER = "x-rakor-client-ip";

/** The client's IP address for rate limits and audit, or "unknown" when the edge did not say. */
export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER)?.trim() || "unknown";
}
