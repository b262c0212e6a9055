import { spawn } from "node:child_process";
import path from "node:path";

// Stands in for scripts/start.ts: spawns the web server with the same IPC lifeline and reports
// its PID and port on stdout, then waits to be killed.
const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "edge-child.ts")], {
  stdio: ["ignore", "inherit", "inherit", "ipc"],
});
child.on("message", (message) => console.log(JSON.stringify(message)));
setInterval(() => {}, 1000);
