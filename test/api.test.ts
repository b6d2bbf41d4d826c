// The Node API example of the README runs as written against the compiled package.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

describe("Node API", () => {
  it("runs the README example and prints what Russia rejected, with the sentence", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const example = /## Node API\s+```js\n([\s\S]*?)```/.exec(readme)![1];
    mkdirSync(join(root, "test", "output"), { recursive: true });
    const script = join(root, "test", "output", "readme-example.mjs");
    writeFileSync(script, example);
    const out = execFileSync(process.execPath, [script], { cwd: root, encoding: "utf8" });
    expect(out).toMatch(/^unconditional ceasefire - .*Russia once again rejected a proposal/m);
  });
});
