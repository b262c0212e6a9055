import { spawn } from "node:child_process";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/prisma/seed/demo";
import { buildAndReport, watchPublicAssets } from "./build-public-assets.mjs";
import { resolveAuthSecret, resolveDatabase } from "./database";

// `npm start` / `npm run dev`: database first (embedded PGlite unless DATABASE_URL is set),
// migrations, demo data the first time the embedded database is created, then Next.js.
// Ctrl-C stops Next.js first and then shuts PostgreSQL down cleanly.

const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[rakor] ${line}`);

async function main() {
  // The light agenda page's script and stylesheet are not built by Next.js; `npm run build` makes
  // them for production, the dev server builds them here and keeps them current.
  if (dev) {
    await buildAndReport();
    await watchPublicAssets();
  }

  const { url, embedded } = await resolveDatabase();
  log(embedded ? `embedded database at ${url.replace(/:[^:@/]+@/, ":***@")}` : "using DATABASE_URL");
  let stopping = false;
  const stopDatabase = async () => {
    if (embedded) await embedded.stop();
  };

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
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const authSecret = await resolveAuthSecret(Boolean(embedded));
  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [nextBin, dev ? "dev" : "start"], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: url,
      RAKOR_EMBEDDED_DB: embedded ? "1" : "0",
      AUTH_SECRET: authSecret,
      AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });

  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    child.kill("SIGTERM");
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);

  child.on("exit", async (code, signal) => {
    await stopDatabase();
    log("database closed");
    process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
  });
}

main().catch((error: unknown) => {
  console.error(`[rakor] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
