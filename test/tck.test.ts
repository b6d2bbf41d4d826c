// The openCypher TCK tier-1 run (scripts/tck.mjs over the compiled lib/): at least 90% must pass.
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");

it("passes at least 90% of the tier-1 TCK scenarios (skipped ones count as not passed)", () => {
  const run = spawnSync(process.execPath, [join(root, "scripts/tck.mjs")], { encoding: "utf8", cwd: root });
  expect(run.status).toBe(0);
  const last = run.stdout.trim().split("\n").pop()!;
  const m = /^tck tier1: (\d+) passed, (\d+) failed, (\d+) skipped$/.exec(last);
  expect(m, last).not.toBeNull();
  const [passed, failed, skipped] = m!.slice(1).map(Number) as [number, number, number];
  expect(passed / (passed + failed + skipped)).toBeGreaterThanOrEqual(0.9);
});
