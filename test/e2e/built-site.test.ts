// The static site `npm run build` produces: built with vite's API into test/output, served by `vite preview`.
import { afterAll, beforeAll, expect, it } from "vitest";
import { resolve } from "node:path";
import { build, preview, type PreviewServer } from "vite";
import { chromium, type Browser } from "playwright-core";
import { buildArticlesGraph, CHROMIUM_FLAGS, OUTPUT, ROOT } from "./harness.js";

const OUT_DIR = resolve(OUTPUT, "dist");
let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  buildArticlesGraph();
  const config = { root: ROOT, configFile: resolve(ROOT, "vite.config.ts"), logLevel: "error" as const };
  await build({ ...config, build: { outDir: OUT_DIR, emptyOutDir: true } });
  server = await preview({ ...config, build: { outDir: OUT_DIR }, preview: { host: "127.0.0.1", port: 0 } });
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_FLAGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it("serves a working explorer from the build, under its CSP", async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("response", (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  await page.goto(`${server.resolvedUrls!.local[0]}`, { waitUntil: "commit" });
  await page.getByTestId("status").filter({ hasText: /^\d+ entities, \d+ relations$/ }).waitFor({ timeout: 30_000 });
  // The lazily loaded pipeline chunk and the layout worker both run under the policy.
  await page.getByTestId("article-input").fill("Russia rejected a proposal for an unconditional ceasefire. Ukraine accused Russia of stalling.");
  await page.getByTestId("build-button").click();
  await page.locator("#source").filter({ hasText: "pasted article" }).waitFor({ timeout: 60_000 });
  await page.locator("#layout-toggle").click();
  await page.locator("#layout-status").filter({ hasText: /Layout (converged|stopped)\./ }).waitFor({ timeout: 40_000 });
  expect(errors).toEqual([]);
  await page.close();
});
