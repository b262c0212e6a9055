import { spawn } from "node:child_process";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrate } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import { seedDemo } from "@/prisma/seed/demo";
import { buildAndReport, watchPublicAssets } from "./build-public-assets.mjs";
import { resolveAppUrl, resolveAuthSecret, resolveDatabase } from "./database";

// `npm start` / `npm run dev`: database first (embedded PGlite unless DATABASE_URL is set),
// migrations, demo data the first time the embedded database is created, then the Next.js process
// (scripts/server.ts). The two live and die together: if this script dies, the server sees its IPC
// channel close and exits; if the server dies, this script closes the database and exits non-zero.

const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[rakor] ${line}`);

// The server stops itself within 4.5 s of SIGTERM; past this it is killed.
const SERVER_KILL_MS = 6000;

async function main() {
  // Refused before anything starts: a deployment on its own PostgreSQL must name its address.
  const appUrl = resolveAppUrl(!env.DATABASE_URL, env.PORT);

  // The light agenda page's script and stylesheet are not built by Next.js; `npm run build` makes
  // them for production, the dev server builds them here and keeps them current.
  if (dev) {
    await buildAndReport();
    await watchPublicAssets();
  }

  const { url, embedded } = await resolveDatabase();
  log(embedded ? `embedded database at ${url.replace(/:[^:@/]+@/, ":***@")}` : "using DATABASE_URL");
  const stopDatabase = async () => {
    if (embedded) await embedded.stop();
  };

  let authSecret: string;
  try {
    const result = await migrate(url, { log });
    log(`migrations: ${result.applied.length} applied, ${result.alreadyApplied.length} already applied`);
    if (embedded?.created) {
      const prisma = createPrismaClient({ connectionString: url, maxConnections: 1 });
      try {
        await seedDemo(prisma, { log });
      } finally {
        await prisma.$disconnect();
      }
    }
    authSecret = await resolveAuthSecret(Boolean(embedded));
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const server = path.join(import.meta.dirname, "server.ts");
  const child = spawn(process.execPath, ["--import", "tsx", server, ...(dev ? ["--dev"] : [])], {
    // The IPC channel is the lifeline: the server exits when it closes.
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: {
      ...process.env,
      NODE_ENV: dev ? "development" : "production",
      DATABASE_URL: url,
      RAKOR_EMBEDDED_DB: embedded ? "1" : "0",
      AUTH_SECRET: authSecret,
      APP_URL: appUrl,
      AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
      // Single sign-on needs one redirect URI, the one registered at the identity provider: Auth.js
      // builds it from AUTH_URL when set, else from the request, whose host Next.js may name
      // differently from the browser (the sign-in post and the callback would then disagree).
      ...(env.OIDC_ISSUER ? { AUTH_URL: process.env.AUTH_URL ?? appUrl } : {}),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), SERVER_KILL_MS).unref();
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);

  child.on("exit", async (code, signal) => {
    if (!stopping) log(`the web server exited unexpectedly (${signal ?? `code ${code}`})`);
    await stopDatabase();
    log("database closed");
    // Only a stop that was asked for is a success; a server that died on its own is a failure.
    process.exit(stopping ? 0 : code || 1);
  });
}

main().catch((error: unknown) => {
  console.error(`[rakor] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
