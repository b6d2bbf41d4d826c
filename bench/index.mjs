// `npm run bench`: runs every bench/*.bench.mjs in name order. Each exports `default async function run()`
// that prints its own table; BENCH=name,... runs only those (e.g. BENCH=corpus).
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.env.BENCH ? new Set(process.env.BENCH.split(",").map((s) => s.trim())) : undefined;
const files = readdirSync(here).filter((f) => f.endsWith(".bench.mjs")).sort()
  .filter((f) => !only || only.has(f.slice(0, -".bench.mjs".length)));

let failed = 0;
for (const file of files) {
  console.log(`\n## ${file}\n`);
  const started = performance.now();
  try {
    const { default: run } = await import(pathToFileURL(join(here, file)).href);
    await run();
  } catch (error) {
    failed++;
    console.error(`${file} failed: ${error instanceof Error ? error.stack : error}`);
  }
  console.log(`\n(${file}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
process.exitCode = failed ? 1 : 0;
