import { describe, expect, it } from "vitest";
import { normalizeEdgeHeaders, parseTrustProxy } from "./trusted-proxy";

type Headers = Record<string, string | string[] | undefined>;

const spoofed = (): Headers => ({
  host: "rakor.test",
  "x-forwarded-for": "203.0.113.9",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-forwarded-port": "443",
  "x-real-ip": "203.0.113.10",
  forwarded: "for=203.0.113.11;host=evil.example",
  "x-rakor-client-ip": "198.51.100.1",
});

describe("the edge without TRUST_PROXY", () => {
  it("a client cannot choose its own address, host or scheme with forwarding headers", () => {
    const headers = spoofed();
    const edge = normalizeEdgeHeaders(headers, "192.0.2.44", parseTrustProxy(undefined));
    expect(edge).toEqual({ clientIp: "192.0.2.44", secure: false });
    expect(headers["x-rakor-client-ip"]).toBe("192.0.2.44");
    for (const name of ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"]) {
      expect(headers[name], name).toBeUndefined();
    }
    expect(headers.host).toBe("rakor.test");
  });

  it("an IPv4 peer seen on an IPv6 socket is recorded as the IPv4 address", () => {
    const headers: Headers = {};
    expect(normalizeEdgeHeaders(headers, "::ffff:192.0.2.7", parseTrustProxy("")).clientIp).toBe("192.0.2.7");
  });
});

describe("the edge behind trusted proxies", () => {
  it("with one trusted hop, the client is the address the proxy saw, not what the client wrote before it", () => {
    const headers: Headers = { "x-forwarded-for": "1.1.1.1, 203.0.113.9", "x-forwarded-host": "rakor.example.go.id", "x-forwarded-proto": "https" };
    const edge = normalizeEdgeHeaders(headers, "10.0.0.2", parseTrustProxy("1"));
    expect(edge).toEqual({ clientIp: "203.0.113.9", secure: true });
    expect(headers["x-rakor-client-ip"]).toBe("203.0.113.9");
    expect(headers["x-forwarded-host"]).toBe("rakor.example.go.id");
    expect(headers["x-forwarded-proto"]).toBe("https");
  });

  it("with two hops, the second proxy's view counts and the spoofed left part does not", () => {
    const headers: Headers = { "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.1" };
    expect(normalizeEdgeHeaders(headers, "10.0.0.2", parseTrustProxy("2")).clientIp).toBe("203.0.113.9");
  });

  it("with CIDR ranges, the walk stops at the first address outside them", () => {
    const trust = parseTrustProxy("127.0.0.1/32, 10.0.0.0/8, fd00::/8");
    const headers: Headers = { "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.1.2.3, fd00::1" };
    expect(normalizeEdgeHeaders(headers, "127.0.0.1", trust).clientIp).toBe("203.0.113.9");
    expect(headers["x-forwarded-for"]).toBe("203.0.113.9, 10.1.2.3, fd00::1");
  });

  it("a peer outside the trusted ranges is the client, and its forwarding headers are dropped", () => {
    const headers = spoofed();
    const edge = normalizeEdgeHeaders(headers, "203.0.113.50", parseTrustProxy("10.0.0.0/8,::1"));
    expect(edge).toEqual({ clientIp: "203.0.113.50", secure: false });
    expect(headers["x-forwarded-host"]).toBeUndefined();
    expect(headers["x-forwarded-proto"]).toBeUndefined();
    expect(headers["x-forwarded-for"]).toBeUndefined();
  });

  it("a trusted proxy cannot pass on a host that is not a host, a scheme that is not http(s), or a garbled address", () => {
    const headers: Headers = { "x-forwarded-for": "not-an-ip, 203.0.113.9", "x-forwarded-host": "evil.example/path?x", "x-forwarded-proto": "javascript" };
    const edge = normalizeEdgeHeaders(headers, "::1", parseTrustProxy("::1/128"));
    expect(edge).toEqual({ clientIp: "203.0.113.9", secure: false });
    expect(headers["x-forwarded-host"]).toBeUndefined();
    expect(headers["x-forwarded-proto"]).toBeUndefined();
  });

  it("a client-sent x-rakor-client-ip never survives, even from a trusted proxy", () => {
    const headers: Headers = { "x-rakor-client-ip": "198.51.100.1" };
    expect(normalizeEdgeHeaders(headers, "10.0.0.2", parseTrustProxy("1")).clientIp).toBe("10.0.0.2");
    expect(headers["x-rakor-client-ip"]).toBe("10.0.0.2");
  });
});

describe("the TRUST_PROXY setting", () => {
  it("refuses a value that is neither a hop count nor a list of ranges", () => {
    for (const bad of ["yes", "10.0.0.0/33", "10.0.0.0/8/1", "fd00::/129", "10.0.0.0/8,,"]) {
      expect(() => parseTrustProxy(bad), bad).toThrow(/TRUST_PROXY/);
    }
    expect(parseTrustProxy("0")).toEqual({ kind: "none" });
    expect(parseTrustProxy("3")).toEqual({ kind: "hops", hops: 3 });
  });
});
