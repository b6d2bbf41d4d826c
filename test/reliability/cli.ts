// Helpers for tests that run the compiled CLI (`npm test` compiles lib/ first, in pretest).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/newsgraph.js");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `newsgraph ...args`; a run still going after two minutes is killed, and then has no exit code. */
export function runCli(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? "",
    env: { ...process.env, NEWSGRAPH_DEBUG: "", ...options.env },
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `newsgraph ...args` without blocking, so a file's cases can run side by side (`describe.concurrent`). */
export function runCliAsync(args: string[], options: { cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: { ...process.env, NEWSGRAPH_DEBUG: "" }, stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });
    let stdout = "", stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A stack trace line ("    at fn (file:1:2)") anywhere in the text. */
export const STACK_LINE = /^\s+at .+[:(]/m;

/** Fresh temporary folders, removed after the file's tests (not after each: tests may run concurrently). */
export function useTempDir(): () => string {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-reliability-"));
    dirs.push(dir);
    return dir;
  };
}

/** The sample article shipped with the project. */
export const SAMPLE = join(ROOT, "data/articles/istanbul-talks.txt");

/** The build's closing summary ("newsgraph build: 3 documents, 1,234 words, ... 0 skipped"). */
const SUMMARY = /^newsgraph build: [\d,]+ documents?, .* skipped$/;

/** Stderr lines other than the build summary: warnings, skipped documents, errors. */
export const problemLines = (stderr: string): string[] => stderr.split("\n").filter((line) => line && !SUMMARY.test(line));

/** Runs a bash command line in the project folder (for pipes). */
export function runShell(command: string): CliResult {
  const result = spawnSync("bash", ["-c", command], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
