// Serves the production build for the end-to-end tests on a fresh embedded database, so every
// run starts from the demo data and nothing is left from the last one. The links Rakor writes
// (APP_URL) name the address the tests browse, 127.0.0.1.
import { rmSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";

const dataDir = path.resolve(process.env.RAKOR_DATA_DIR ?? ".data/e2e");
rmSync(dataDir, { recursive: true, force: true });
delete process.env.DATABASE_URL;
const appUrl = process.env.APP_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
  stdio: "inherit",
  env: { ...process.env, RAKOR_DATA_DIR: dataDir, APP_URL: appUrl },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
