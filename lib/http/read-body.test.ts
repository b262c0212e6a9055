import { describe, expect, it } from "vitest";
import { KIB, streamedBody, streamedPost } from "@/lib/test/streamed-request";
import { readBody, readFormBody, readJsonBody } from "./read-body";

const URL = "https://rakor.test/x";
const kib = new Uint8Array(KIB).fill(0x61);

describe("reading a request body within a byte limit", () => {
  it("a chunked body past the limit is answered 413 as soon as the limit is passed, and the rest is never pulled", async () => {
    const body = streamedBody(kib, 200 * KIB); // 200 MB if read to the end
    const read = await readBody(streamedPost(URL, {}, body), 10 * KIB);
    expect(read).toEqual({ ok: false, status: 413 });
    expect(body.pulled).toBeLessThanOrEqual(11);
    expect(body.cancelled).toBe(true);
  });

  it("a declared Content-Length over the limit is refused before a single byte is read", async () => {
    const body = streamedBody(kib, 100);
    const read = await readBody(streamedPost(URL, { "content-length": String(100 * KIB) }, body), 10 * KIB);
    expect(read).toEqual({ ok: false, status: 413 });
    expect(body.pulled).toBe(0);
  });

  it("a body within the limit is read whole, chunked or not", async () => {
    const body = streamedBody(kib, 10);
    const read = await readBody(streamedPost(URL, {}, body), 10 * KIB);
    expect(read.ok && read.bytes.byteLength).toBe(10 * KIB);
    const plain = await readBody(new Request(URL, { method: "POST", body: "abc" }), 3);
    expect(plain.ok && new TextDecoder().decode(plain.bytes)).toBe("abc");
    expect(await readBody(new Request(URL, { method: "POST" }), 3)).toMatchObject({ ok: true });
  });

  it("JSON and form bodies are parsed from the bounded bytes; malformed JSON is a 400, not an exception", async () => {
    expect(await readJsonBody(new Request(URL, { method: "POST", body: '{"a":1}' }), 100)).toEqual({ ok: true, value: { a: 1 } });
    expect(await readJsonBody(new Request(URL, { method: "POST", body: "{oops" }), 100)).toEqual({ ok: false, status: 400 });
    const form = new URLSearchParams({ locale: "en", back: "/e/x" });
    const read = await readFormBody(new Request(URL, { method: "POST", body: form }), 100);
    expect(read.ok && read.value.get("locale")).toBe("en");
    const multipart = new FormData();
    multipart.set("photo", new Blob([new Uint8Array([1, 2, 3])]), "p.png");
    const file = await readFormBody(new Request(URL, { method: "POST", body: multipart }), 1000);
    expect(file.ok && (file.value.get("photo") as Blob).size).toBe(3);
    expect(await readFormBody(new Request(URL, { method: "POST", body: multipart }), 10)).toEqual({ ok: false, status: 413 });
  });
});
