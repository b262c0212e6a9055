import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { normalizeEdgeHeaders, type TrustProxy } from "@/lib/http/trusted-proxy";

// The HTTP server in front of Next.js: every request's forwarding headers are settled here, before
// Next.js sees them (Next.js only fills X-Forwarded-* that are missing, so it would believe a
// client's). Kept apart from Next.js so the process supervision can be tested with a plain handler.

export const HSTS = "max-age=31536000; includeSubDomains";

export interface EdgeServerOptions {
  handle(request: IncomingMessage, response: ServerResponse): Promise<void> | void;
  trust: TrustProxy;
  /** Send Strict-Transport-Security on responses to requests that came over HTTPS. */
  hsts: boolean;
  log(line: string): void;
}

export interface EdgeServer {
  server: Server;
  /** Stops accepting, lets requests in flight finish and closes keep-alive connections within `graceMs`. */
  close(graceMs: number): Promise<void>;
}

export function createEdgeServer(options: EdgeServerOptions): EdgeServer {
  let closing = false;
  const server = createServer((request, response) => {
    const edge = normalizeEdgeHeaders(request.headers, request.socket.remoteAddress, options.trust);
    if (edge.secure && options.hsts) response.setHeader("Strict-Transport-Security", HSTS);
    // While stopping, a keep-alive client gets its answer and then loses the connection instead
    // of holding the process open with its next request.
    if (closing) response.setHeader("Connection", "close");
    Promise.resolve(options.handle(request, response)).catch((error: unknown) => {
      options.log(`request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
  // An upgraded connection (the dev server's HMR socket, or one a client opens and holds) is no
  // longer the HTTP server's to close, yet server.close() waits for it: these are closed by hand.
  const upgraded = new Set<Duplex>();
  server.on("upgrade", (_request: IncomingMessage, socket: Duplex) => {
    if (closing) return void socket.destroy();
    upgraded.add(socket);
    socket.once("close", () => upgraded.delete(socket));
  });
  return {
    server,
    close(graceMs) {
      closing = true;
      return new Promise((resolve) => {
        for (const socket of upgraded) socket.destroy();
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}

/**
 * Runs `stop` once on SIGTERM/SIGINT or when the start script that spawned this process goes away
 * (its IPC channel closes, which also happens when it is killed with SIGKILL), and exits within
 * `deadlineMs` even if stopping hangs: no orphan keeps the port after its supervisor died.
 */
export function exitWithSupervisor(stop: () => Promise<void>, { deadlineMs, log }: { deadlineMs: number; log(line: string): void }): void {
  let stopping = false;
  const exit = (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    log(`${reason}: stopping`);
    setTimeout(() => {
      log(`still stopping after ${deadlineMs} ms: exiting`);
      process.exit(code || 1);
    }, deadlineMs);
    stop().then(
      () => process.exit(code),
      (error: unknown) => {
        log(`stop failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => exit("SIGTERM", 0));
  process.on("SIGINT", () => exit("SIGINT", 0));
  if (process.send) process.on("disconnect", () => exit("start script gone", 1));
}
