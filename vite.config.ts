import { defineConfig } from "vitest/config";

export default defineConfig({
  root: ".",
  // Relative asset paths: dist/ works from any folder of a static host.
  base: "./",
  publicDir: "public",
  // Tests write screenshots and a built site there; the dev server need not reload for them.
  server: { watch: { ignored: ["**/test/output/**"] } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The explorer and its renderer benchmark page.
    rolldownOptions: { input: { main: "index.html", bench: "bench.html" } },
    // The in-page pipeline chunk carries the language model (~4 MB); it loads only when an article is pasted.
    chunkSizeWarningLimit: 5000,
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
