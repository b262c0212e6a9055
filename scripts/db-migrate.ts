import { migrate } from "@/lib/db/migrate";
import { resolveDatabase } from "./database";

const { url, embedded } = await resolveDatabase();
try {
  const result = await migrate(url, { log: (line) => console.log(line) });
  console.log(`${result.applied.length} migration(s) applied, ${result.alreadyApplied.length} already applied.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await embedded?.stop();
}
