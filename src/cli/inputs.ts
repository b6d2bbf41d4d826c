// Reads the inputs named on the command line: files, directories (recursively, in a stable order) and stdin.
// Documents are read one at a time, JSONL files line by line, so memory holds the graph, not the corpus.
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join, relative } from "node:path";
import { ingest, INGESTED_EXTENSIONS, type RawInput } from "../pipeline/ingest.js";
import type { InputDocument } from "../pipeline/types.js";
import { UsageError } from "./errors.js";

export interface InputLimits {
  /** Largest document read, in bytes: a whole file, or one line of a JSONL file. */
  maxFileBytes: number;
}

export interface InputProblem {
  name: string;
  message: string;
}

export interface ListedInput {
  path: string;
  name: string;
}

/**
 * One unit of a corpus, numbered from 0 in reading order: a document, or why one could not be read.
 * A unit is a file, or a JSONL line with something other than blanks on it; `--shard` slices units.
 */
export type InputItem = { unit: number; doc: InputDocument } | { unit: number; problem: string };

/** Lists the files behind the arguments: each file as given, each directory's ingestible files sorted. */
export async function listInputs(args: string[]): Promise<ListedInput[]> {
  const out: ListedInput[] = [];
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
export async function readInput(input: ListedInput, limits: InputLimits): Promise<RawInput | InputProblem> {
  if (input.path !== "-") {
    const size = (await stat(input.path)).size;
    if (size > limits.maxFileBytes) return { name: input.name, message: `file is ${size} bytes, over the --max-bytes limit of ${limits.maxFileBytes}` };
  }
  const bytes = input.path === "-" ? await readStdin() : await readFile(input.path);
  if (bytes.length > limits.maxFileBytes) return { name: input.name, message: `input is ${bytes.length} bytes, over the --max-bytes limit of ${limits.maxFileBytes}` };
  const content = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
  return { name: input.name, content };
}

const isJsonl = (input: ListedInput) => input.path !== "-" && extname(input.path).toLowerCase() === ".jsonl";
const isUnitLine = (line: string) => /[^ \t\r]/.test(line);

/** The lines of a file, read in chunks ("\n" ends a line, as in ingest). */
async function* fileLines(path: string): AsyncGenerator<string> {
  let rest = "";
  let first = true;
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    const lines = (rest + (first ? (chunk as string).replace(/^\uFEFF/, "") : chunk)).split("\n");
    first = false;
    rest = lines.pop()!;
    yield* lines;
  }
  if (rest) yield rest;
}

/** Counts the units of the inputs (for --shard and progress) without parsing them. */
export async function countUnits(inputs: ListedInput[]): Promise<number> {
  let n = 0;
  for (const input of inputs) {
    if (!isJsonl(input)) n++;
    else for await (const line of fileLines(input.path)) if (isUnitLine(line)) n++;
  }
  return n;
}

/** Units [from, to) of the inputs, in order. Units outside the range are passed over without being parsed. */
export interface UnitRange {
  from: number;
  to: number;
}

/** Reads the inputs one document at a time, in order. */
export async function* readDocuments(inputs: ListedInput[], limits: InputLimits, range: UnitRange = { from: 0, to: Infinity }): AsyncGenerator<InputItem> {
  let unit = 0;
  for (const input of inputs) {
    if (unit >= range.to) return;
    if (!isJsonl(input)) {
      if (unit++ < range.from) continue;
      const raw = await readInput(input, limits);
      if (!("content" in raw)) {
        yield { unit: unit - 1, problem: `${raw.name}: ${raw.message}` };
        continue;
      }
      const { documents, problems } = ingest(raw);
      for (const doc of documents) yield { unit: unit - 1, doc };
      for (const p of problems) yield { unit: unit - 1, problem: `${p.name}${p.line ? `:${p.line}` : ""}: ${p.message}` };
      continue;
    }
    let lineNumber = 0;
    for await (const line of fileLines(input.path)) {
      lineNumber++;
      if (!isUnitLine(line)) continue;
      if (unit >= range.to) return;
      if (unit++ < range.from) continue;
      yield jsonlItem(input.name, line, lineNumber, unit - 1, limits);
    }
  }
}

// ingest() numbers a JSONL input's lines itself; given one line at a time, it is given a name no document
// can have, so that the ids and places it makes up can be renamed to the line's real number.
const LINE_NAME_MARK = "\u0000";

function jsonlItem(name: string, line: string, lineNumber: number, unit: number, limits: InputLimits): InputItem {
  const at = `${name}:${lineNumber}`;
  const bytes = Buffer.byteLength(line);
  if (bytes > limits.maxFileBytes) return { unit, problem: `${at}: line is ${bytes} bytes, over the --max-bytes limit of ${limits.maxFileBytes}` };
  const marked = LINE_NAME_MARK + name;
  const { documents, problems } = ingest({ name: marked, content: line });
  const doc = documents[0];
  if (!doc) return { unit, problem: `${at}: ${problems[0]?.message ?? "input is empty"}` };
  if (doc.id === `${marked}#1`) doc.id = `${name}#${lineNumber}`;
  doc.path = name;
  return { unit, doc };
}
