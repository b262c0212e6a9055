// For benchmarks that call domain modules in-process (bench/daftar-hadir.ts): "server-only" marks
// modules Next.js must never bundle for the browser and throws anywhere else; here, as in the unit
// tests (lib/test/server-only-stub.ts), it is an empty module.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`export async function resolve(specifier, context, next) {
      if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
      return next(specifier, context);
    }`),
);
