// Helpers for tests that run the compiled CLI (`npm test` compiles lib/ first, in pretest).
import { spawn, type ChildProcess } from "node:child_process";
import type { Writable } from "node:stream";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/newsgraph.js");
/** A run still going after this long is killed, and then has no exit code. */
const KILL_AFTER_MS = 120_000;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function collect(child: ChildProcess): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    let stdout = "", stderr = "";
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs `newsgraph ...args` without blocking, so a file's cases can run side by side (`describe.concurrent`). */
export function runCliAsync(args: string[], options: { cwd?: string; input?: string } = {}): Promise<CliResult> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: { ...process.env, NEWSGRAPH_DEBUG: "" }, timeout: KILL_AFTER_MS });
  child.stdin.end(options.input ?? "");
  return collect(child);
}

/**
 * Writes `chunk` to `stream` over and over, as fast as it is taken, until the reader closes its end
 * (like `yes | ...`); resolves with the bytes handed over, which is at most what was read plus what the
 * pipe and the stream buffer.
 */
export function feedUntilClosed(stream: Writable, chunk: string): Promise<number> {
  const bytes = Buffer.from(chunk);
  let written = 0;
  return new Promise((resolve) => {
    const feed = () => {
      while (!stream.destroyed && stream.write(bytes)) written += bytes.length;
      if (stream.destroyed) return;
      written += bytes.length;
      stream.once("drain", feed);
    };
    // EPIPE once the reader has stopped: the expected end, not a failure.
    stream.on("error", () => stream.destroy());
    stream.on("close", () => resolve(written));
    feed();
  });
}

/** Runs `newsgraph ...args` with an endless standard input (`chunk` repeated until the CLI closes it). */
export async function runCliEndlessInput(args: string[], chunk: string): Promise<CliResult & { fed: number }> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NEWSGRAPH_DEBUG: "" }, timeout: KILL_AFTER_MS });
  const [fed, result] = await Promise.all([feedUntilClosed(child.stdin, chunk), collect(child)]);
  return { ...result, fed };
}

/** Runs a bash command line in the project folder (for pipes). */
export function runShellAsync(command: string): Promise<CliResult> {
  return collect(spawn("bash", ["-c", command], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], timeout: KILL_AFTER_MS }));
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
