// End-to-end: the explorer in headless chromium against vite's dev server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { OUTPUT, ROOT, startHarness, waitForGraph, type Harness } from "./harness.js";

let h: Harness;

beforeAll(async () => {
  // The graph of data/articles, as `npm start` builds it (lib/ is compiled by `pretest`).
  if (!existsSync(resolve(ROOT, "lib/cli/main.js"))) execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: ROOT });
  execFileSync("node", ["bin/newsgraph.js", "build", "data/articles", "--out", "public/graph.json"], { cwd: ROOT });
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe("explorer", () => {
  it("loads the built graph and draws it", async () => {
    const page = await h.open("/");
    const status = await waitForGraph(page);
    const graph = JSON.parse(await (await fetch(`${h.base}/graph.json`)).text());
    expect(status).toBe(`${graph.nodes.length} entities, ${graph.edges.length} relations`);
    await page.waitForTimeout(1000);
    await page.screenshot({ path: `${OUTPUT}/load.png` });
    expect(h.errors).toEqual([]);
  });
});
