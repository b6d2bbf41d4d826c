// Reads the inputs named on the command line: files, directories (recursively, in a stable order) and stdin.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join, relative } from "node:path";
import { INGESTED_EXTENSIONS, type RawInput } from "../pipeline/ingest.js";
import { UsageError } from "./errors.js";

export interface InputLimits {
  /** Largest document file read, in bytes. */
  maxFileBytes: number;
}

export interface InputProblem {
  name: string;
  message: string;
}

/** Lists the files behind the arguments: each file as given, each directory's ingestible files sorted. */
export async function listInputs(args: string[]): Promise<{ path: string; name: string }[]> {
  const out: { path: string; name: string }[] = [];
  for (const arg of args) {
    if (arg === "-") {
      out.push({ path: "-", name: "stdin" });
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (!info) throw new UsageError(`no such file or directory: ${arg}`);
    if (info.isDirectory()) {
      const files = await walk(arg);
      if (!files.length) throw new UsageError(`no ${INGESTED_EXTENSIONS.map((e) => "." + e).join(", ")} files in ${arg}`);
      for (const file of files) out.push({ path: file, name: relative(arg, file).split("\\").join("/") });
    } else out.push({ path: arg, name: basename(arg) });
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (INGESTED_EXTENSIONS.includes(extname(entry.name).slice(1).toLowerCase())) out.push(path);
  }
  return out;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads one listed input as text, or says why it cannot be read. */
export async function readInput(input: { path: string; name: string }, limits: InputLimits): Promise<RawInput | InputProblem> {
  if (input.path !== "-") {
    const size = (await stat(input.path)).size;
    if (size > limits.maxFileBytes) return { name: input.name, message: `file is ${size} bytes, over the --max-bytes limit of ${limits.maxFileBytes}` };
  }
  const bytes = input.path === "-" ? await readStdin() : await readFile(input.path);
  if (bytes.length > limits.maxFileBytes) return { name: input.name, message: `input is ${bytes.length} bytes, over the --max-bytes limit of ${limits.maxFileBytes}` };
  const content = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
  return { name: input.name, content };
}
