// Explorer safety, checked on the sources: a Content-Security-Policy without inline script, no HTML built
// from data, and nothing in code that runs in the page evaluates text as code.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { safeUrl } from "../../src/web/dom.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const html = readFileSync(join(ROOT, "index.html"), "utf8");

/** The policy's directives, by name. */
function cspDirectives(page: string): Map<string, string[]> {
  const meta = /<meta\s[^>]*http-equiv\s*=\s*"Content-Security-Policy"[^>]*>/i.exec(page)?.[0];
  const content = meta && /content\s*=\s*"([^"]*)"/i.exec(meta)?.[1];
  const directives = new Map<string, string[]>();
  for (const part of (content ?? "").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** Source files (not tests) under a folder of src/. */
function sources(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|js|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) out.push(path);
    }
  };
  walk(join(ROOT, "src", folder));
  return out.sort();
}

/** `file:line: text` of each line matching `pattern`, comments excluded. */
function findings(files: string[], pattern: RegExp): string[] {
  const out: string[] = [];
  for (const file of files) {
    readFileSync(file, "utf8").split("\n").forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, "").replace(/^\s*\*.*$/, "");
      if (pattern.test(code)) out.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
    });
  }
  return out;
}

describe("explorer safety", () => {
  it("index.html sets a Content-Security-Policy whose scripts come from the site only", () => {
    const csp = cspDirectives(html);
    const scripts = csp.get("script-src") ?? csp.get("default-src");
    expect(scripts).toBeDefined();
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain("*");
    expect(scripts!.some((s) => /^(data:|https?:)$/.test(s))).toBe(false);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
  });

  it("index.html has no inline script or inline event handler", () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc\s*=/);
      expect(body.trim()).toBe("");
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it("the explorer never builds HTML from strings", () => {
    expect(findings(sources("web"), /\.(innerHTML|outerHTML)\s*\+?=|insertAdjacentHTML|document\.write|createContextualFragment|srcdoc/)).toEqual([]);
  });

  it("no code that runs in the page evaluates text as code", () => {
    const files = ["web", "query", "export", "graph", "pipeline"].flatMap(sources);
    expect(files.length).toBeGreaterThan(20);
    expect(findings(files, /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]|set(Timeout|Interval)\s*\(\s*["'`]/)).toEqual([]);
  });

  it("a document's url from a graph file becomes a link only when it is a web address", () => {
    expect(safeUrl("https://example.org/news?id=1")).toBe("https://example.org/news?id=1");
    for (const hostile of ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "file:///etc/passwd", "//evil.example/x", "not a url", 42, null]) {
      expect(safeUrl(hostile)).toBeNull();
    }
  });
});
