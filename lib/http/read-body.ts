import "server-only";

// Every route handler that reads a request body reads it through here, after it has checked who is
// asking: the body is pulled chunk by chunk and the stream cancelled as soon as it passes the limit,
// so a chunked upload (no Content-Length) cannot make the server buffer more than the limit, and a
// declared length over the limit is refused before a byte is read.

export type BodyRefusal = { ok: false; status: 400 | 413 };
export type BodyRead<T> = { ok: true; value: T } | BodyRefusal;

export async function readBody(request: Request, maxBytes: number): Promise<{ ok: true; bytes: Uint8Array<ArrayBuffer> } | BodyRefusal> {
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= maxBytes)) {
    await request.body?.cancel().catch(() => {});
    return { ok: false, status: 413 };
  }
  if (!request.body) return { ok: true, bytes: new Uint8Array(new ArrayBuffer(0)) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => {});
        return { ok: false, status: 413 };
      }
      chunks.push(value);
    }
  } catch {
    // The client went away mid-body.
    return { ok: false, status: 400 };
  }
  const bytes = new Uint8Array(new ArrayBuffer(total));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

export async function readJsonBody(request: Request, maxBytes: number): Promise<BodyRead<unknown>> {
  const read = await readBody(request, maxBytes);
  if (!read.ok) return read;
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(read.bytes)) as unknown };
  } catch {
    return { ok: false, status: 400 };
  }
}

/** A urlencoded or multipart form, parsed from the bounded bytes with the request's own Content-Type. */
export async function readFormBody(request: Request, maxBytes: number): Promise<BodyRead<FormData>> {
  const read = await readBody(request, maxBytes);
  if (!read.ok) return read;
  const headers = { "content-type": request.headers.get("content-type") ?? "" };
  const form = await new Response(read.bytes, { headers }).formData().catch(() => null);
  return form ? { ok: true, value: form } : { ok: false, status: 400 };
}
