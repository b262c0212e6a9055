// A POST whose body arrives in chunks with no Content-Length (as a chunked upload does), that
// counts how many chunks the server pulled: a guard that answers early must not read on.

export interface StreamedBody {
  stream: ReadableStream<Uint8Array>;
  /** Chunks handed to the reader so far. */
  readonly pulled: number;
  readonly cancelled: boolean;
}

export function streamedBody(chunk: Uint8Array, chunks: number): StreamedBody {
  const state = { pulled: 0, cancelled: false };
  // highWaterMark 0: nothing is pulled before someone reads.
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (state.pulled >= chunks) return controller.close();
        state.pulled += 1;
        controller.enqueue(chunk);
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return {
    stream,
    get pulled() {
      return state.pulled;
    },
    get cancelled() {
      return state.cancelled;
    },
  };
}

export function streamedPost(url: string, headers: Record<string, string>, body: StreamedBody): Request {
  return new Request(url, { method: "POST", headers, body: body.stream, duplex: "half" } as RequestInit);
}

export const KIB = 1024;
export const MIB = 1024 * KIB;
