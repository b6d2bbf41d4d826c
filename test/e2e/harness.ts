// Starts the explorer on a free localhost port with vite and drives it with the system chromium.
import { createServer, type ViteDevServer } from "vite";
import { chromium, type Browser, type Page } from "playwright-core";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
export const OUTPUT = resolve(ROOT, "test/output");

export const CHROMIUM_FLAGS = [
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Builds public/graph.json from data/articles with the CLI, as `npm start` does (compiling lib/ first if missing). */
export function buildArticlesGraph(): void {
  if (!existsSync(resolve(ROOT, "lib/cli/main.js"))) execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: ROOT });
  execFileSync("node", ["bin/newsgraph.js", "build", "data/articles", "--out", "public/graph.json"], { cwd: ROOT, stdio: "ignore" });
}

export interface Harness {
  server: ViteDevServer;
  browser: Browser;
  base: string;
  /** Opens a fresh page at `path`, failing the test on any page error or CSP violation. */
  open(path: string): Promise<Page>;
  errors: string[];
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  mkdirSync(OUTPUT, { recursive: true });
  const server = await createServer({
    root: ROOT,
    configFile: resolve(ROOT, "vite.config.ts"),
    logLevel: "error",
    server: { host: "127.0.0.1", port: 0, strictPort: false, hmr: false, watch: null },
    // Prebundle everything the explorer imports up front, so a dependency discovered late cannot reload the page mid-test.
    optimizeDeps: { entries: ["index.html", "bench.html"] },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === "string") throw new Error("vite did not report a port");
  const base = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_FLAGS });
  const errors: string[] = [];
  return {
    server,
    browser,
    base,
    errors,
    async open(path: string) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
      const page = await context.newPage();
      page.on("pageerror", (error) => errors.push(`${path}: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) errors.push(`${path}: ${message.text()}`);
      });
      // "commit": the tests wait for what they need; a heavy page may block its own load event for long.
      await page.goto(base + path, { waitUntil: "commit" });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until the explorer has loaded a graph (the status line names its size). */
export async function waitForGraph(page: Page): Promise<string> {
  const status = page.getByTestId("status");
  await status.filter({ hasText: /\d+ entities, \d+ relations/ }).waitFor({ timeout: 30_000 });
  return (await status.textContent()) ?? "";
}
