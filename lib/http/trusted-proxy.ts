import { BlockList, isIP } from "node:net";
import { CLIENT_IP_HEADER } from "./client-ip";

// What the edge believes about a request, worked out once in the server in front of Next.js
// (scripts/server.ts) before Next.js sees it. Next.js fills X-Forwarded-* only where they are
// missing, so a header a client sent would otherwise reach the app as if a proxy had set it.

export type TrustProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "ranges"; list: BlockList; text: string };

const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

// A host is a name or an address with an optional port, nothing else (no path, no credentials).
const HOST = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/;

/**
 * TRUST_PROXY: unset or empty trusts nobody; a whole number N trusts the N proxies nearest to
 * Rakor; otherwise a comma-separated list of addresses or CIDR ranges (IPv4 and IPv6).
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? "";
  if (text === "" || text === "0" || text.toLowerCase() === "false") return { kind: "none" };
  if (/^\d+$/.test(text)) return { kind: "hops", hops: Number(text) };
  const list = new BlockList();
  for (const entry of text.split(",").map((e) => e.trim())) {
    const [address = "", prefix, extra] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (!family || extra !== undefined || !(bits >= 0 && bits <= (family === 6 ? 128 : 32))) {
      throw new Error(`TRUST_PROXY: "${entry}" is neither a number of proxies nor an address or CIDR range such as 10.0.0.0/8`);
    }
    list.addSubnet(address, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return { kind: "ranges", list, text };
}

/** An address as the socket or a proxy reports it, with IPv4-mapped IPv6 written as IPv4. */
function plainAddress(value: string | undefined): string | null {
  let address = value?.trim() ?? "";
  if (address.startsWith("[") && address.includes("]")) address = address.slice(1, address.indexOf("]"));
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address)) address = address.slice(7);
  return isIP(address) ? address : null;
}

function trusts(trust: TrustProxy, address: string, hop: number): boolean {
  if (trust.kind === "none") return false;
  if (trust.kind === "hops") return hop < trust.hops;
  return trust.list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

function headerText(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(",") : (value ?? "");
}

export interface EdgeRequest {
  clientIp: string;
  /** The request reached the edge over HTTPS (a trusted proxy said so). */
  secure: boolean;
}

/**
 * Rewrites a request's headers in place: the client's address goes into x-rakor-client-ip (any
 * client-sent copy is dropped); X-Forwarded-For is read right to left only across trusted hops;
 * X-Forwarded-Host and -Proto survive only when the socket's peer is a trusted proxy (which must
 * overwrite them, not append to them). Everything else that claims to describe the client goes.
 */
export function normalizeEdgeHeaders(
  headers: Record<string, string | string[] | undefined>,
  peer: string | undefined,
  trust: TrustProxy,
): EdgeRequest {
  const peerAddress = plainAddress(peer) ?? "unknown";
  const forwardedFor = headerText(headers["x-forwarded-for"]).split(",").map((a) => a.trim()).filter(Boolean);
  const host = headerText(headers["x-forwarded-host"]).split(",")[0]?.trim() ?? "";
  const proto = headerText(headers["x-forwarded-proto"]).split(",")[0]?.trim().toLowerCase() ?? "";
  for (const name of [...FORWARDED_HEADERS, CLIENT_IP_HEADER]) delete headers[name];

  const peerTrusted = peerAddress !== "unknown" && trusts(trust, peerAddress, 0);
  let clientIp = peerAddress;
  const chain = [peerAddress];
  if (peerTrusted) {
    for (let hop = 1, i = forwardedFor.length - 1; i >= 0; hop++, i--) {
      const address = plainAddress(forwardedFor[i]);
      // A garbled entry was written by whoever stands before the last trusted hop: stop there.
      if (!address) break;
      clientIp = address;
      chain.unshift(address);
      if (!trusts(trust, address, hop)) break;
    }
    if (chain.length > 1) headers["x-forwarded-for"] = chain.slice(0, -1).join(", ");
    if (HOST.test(host)) headers["x-forwarded-host"] = host;
    if (proto === "https" || proto === "http") headers["x-forwarded-proto"] = proto;
  }
  headers[CLIENT_IP_HEADER] = clientIp;
  return { clientIp, secure: peerTrusted && proto === "https" };
}
