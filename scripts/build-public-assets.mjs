// Builds the light agenda page's static assets into public/agenda/: the browser script (bundled by
// esbuild, no React) and its Tailwind stylesheet (only the utilities its templates use). The page
// is a route handler outside the App Router, so Next.js bundles neither of them.
// Usage: node scripts/build-public-assets.mjs [--watch]

import { watch as watchFiles } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { compile, optimize } from "@tailwindcss/node";
import { Scanner } from "@tailwindcss/oxide";
import * as esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const defaultAssetPaths = {
  outDir: path.join(root, "public", "agenda"),
  scriptEntry: path.join(root, "lib", "agenda", "light", "browser.ts"),
  cssEntry: path.join(root, "lib", "agenda", "light", "agenda.css"),
};

// Anything here in the browser bundle means server code (or a framework runtime) leaked into it.
const nodeBuiltins = builtinModules.filter((name) => /^[a-z0-9_/]+$/.test(name) && !name.startsWith("_"));
const FORBIDDEN_IMPORT = new RegExp(`^(server-only$|next$|next/|@prisma/|node:|(${nodeBuiltins.join("|")})(/|$))`);

const forbidServerImports = {
  name: "forbid-server-imports",
  setup(build) {
    build.onResolve({ filter: FORBIDDEN_IMPORT }, (args) => ({
      errors: [{ text: `"${args.path}" must not reach the browser bundle (imported by ${path.relative(root, args.importer)})` }],
    }));
  },
};

/** esbuild options for the browser script; the `@/` alias comes from the root tsconfig's paths. */
function scriptOptions({ outDir, scriptEntry }) {
  return {
    entryPoints: [scriptEntry],
    outfile: path.join(outDir, "agenda.js"),
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    sourcemap: false,
    tsconfig: path.join(root, "tsconfig.json"),
    absWorkingDir: root,
    logLevel: "silent",
    plugins: [forbidServerImports],
  };
}

async function buildScript(options) {
  try {
    await esbuild.build(scriptOptions(options));
  } catch (error) {
    throw new Error(`agenda.js: ${formatEsbuildFailure(error)}`, { cause: error });
  }
  return path.join(options.outDir, "agenda.js");
}

function formatEsbuildFailure(error) {
  const messages = error?.errors ?? [];
  if (messages.length === 0) return String(error?.message ?? error);
  return messages
    .map((message) => {
      const where = message.location ? `${message.location.file}:${message.location.line}: ` : "";
      return `${where}${message.text}`;
    })
    .join("\n");
}

async function buildCss({ outDir, cssEntry }) {
  const base = path.dirname(cssEntry);
  const compiler = await compile(await readFile(cssEntry, "utf8"), { base, from: cssEntry, onDependency: () => {} });
  // source(none) turns off automatic detection, so only the entry's @source globs are scanned.
  const sources = compiler.root === "none" || compiler.root === null ? compiler.sources : [{ ...compiler.root, negated: false }, ...compiler.sources];
  const candidates = new Scanner({ sources }).scan();
  const { code } = optimize(compiler.build(candidates), { file: cssEntry, minify: true });
  const outfile = path.join(outDir, "agenda.css");
  await writeFile(outfile, code);
  return outfile;
}

/** Writes agenda.js and agenda.css into outDir; any option overrides the real page's paths. */
export async function buildPublicAssets(options = {}) {
  const resolved = { ...defaultAssetPaths, ...options };
  await mkdir(resolved.outDir, { recursive: true });
  const [script, css] = await Promise.all([buildScript(resolved), buildCss(resolved)]);
  return { script, css };
}

async function sizeLine(file) {
  const bytes = await readFile(file);
  const size = (n) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);
  return `${path.relative(root, file)}  ${size(bytes.length)} raw, ${size(gzipSync(bytes).length)} gzip`;
}

async function reportSizes(files) {
  for (const file of files) console.log(`[assets] ${await sizeLine(file)}`);
}

const logFailure = (what, error) =>
  console.error(`[assets] ${what}: ${error instanceof Error ? error.message : String(error)}`);

/**
 * Dev, after a first build: rebuilds the real page's assets as their sources change. esbuild follows the script's import
 * graph; the stylesheet is rebuilt on any change in the templates' folder or the shared theme, since
 * a template the script never imports may add a utility. Errors are logged, never thrown.
 */
export async function watchPublicAssets() {
  const paths = defaultAssetPaths;
  await mkdir(paths.outDir, { recursive: true });
  // watch() starts with a build of its own; its size was just printed by the caller's build.
  let builds = 0;
  const reportScript = {
    name: "report-script",
    setup(build) {
      build.onEnd((result) => {
        const first = builds++ === 0;
        if (result.errors.length > 0) logFailure("agenda.js", new Error(formatEsbuildFailure(result)));
        else if (!first) return reportSizes([path.join(paths.outDir, "agenda.js")]);
      });
    },
  };
  const options = scriptOptions(paths);
  const context = await esbuild.context({ ...options, plugins: [...options.plugins, reportScript] });
  await context.watch();

  let pending;
  const rebuildCss = () => {
    clearTimeout(pending);
    pending = setTimeout(() => buildCss(paths).then((css) => reportSizes([css]), (error) => logFailure("agenda.css", error)), 100);
  };
  watchFiles(path.dirname(paths.cssEntry), { recursive: true }, rebuildCss);
  watchFiles(path.join(root, "app", "theme.css"), rebuildCss);
  console.log("[assets] watching lib/agenda/light and app/theme.css");
}

/** Builds the real page's assets and prints their sizes. */
export async function buildAndReport() {
  const { script, css } = await buildPublicAssets();
  await reportSizes([script, css]);
}

async function main() {
  await buildAndReport();
  if (process.argv.includes("--watch")) await watchPublicAssets();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`[assets] build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
