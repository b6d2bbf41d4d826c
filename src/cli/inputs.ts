// Reads the inputs named on the command line: files, directories (recursively, in a stable order) and stdin.
// Documents are read one at a time, JSONL files line by line, so memory holds the graph, not the corpus.
// Every input is read as a stream that stops at the limits, so a device, a FIFO or an endless pipe
// (`newsgraph build /dev/zero`, `yes | newsgraph build -`) is refused after --max-bytes, not read forever.
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, extname, join, relative } from "node:path";
import type { Readable } from "node:stream";
import { ingest, INGESTED_EXTENSIONS } from "../pipeline/ingest.js";
import type { InputDocument } from "../pipeline/types.js";
import { UsageError } from "./errors.js";

export interface InputLimits {
  /** Largest document read, in bytes: a whole file, or one line of a JSONL file. */
  maxFileBytes: number;
  /** Most bytes of documents read from all the inputs together; reading stops at the first document past it. */
  maxTotalBytes: number;
}

export interface ListedInput {
  path: string;
  name: string;
}

/**
 * One unit of a corpus, numbered from 0 in reading order: a document (`at`: where it was read, as
 * given on the command line, with its JSONL line), or why one could not be read.
 * A unit is a file, or a JSONL line with something other than blanks on it; `--shard` slices units.
 */
export type InputItem = { unit: number; doc: InputDocument; at: string } | { unit: number; problem: string };

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

const CHUNK_BYTES = 1 << 20;
const openInput = (path: string): Readable => (path === "-" ? process.stdin : createReadStream(path, { highWaterMark: CHUNK_BYTES }));

/** The whole stream if it holds at most `cap` bytes; else undefined, and the stream is closed unread. */
async function readCapped(stream: Readable, cap: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let length = 0;
  // Leaving the loop early destroys the stream: a pipe's writer gets EPIPE, a device is closed.
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > cap) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, length);
}

/**
 * The --max-total-bytes budget of a batch. Documents are read while they fit; the first that does not is
 * skipped and named, and so is the first unit after it, "and everything after it": nothing more is read.
 */
class Budget {
  private used = 0;
  full = false;
  constructor(readonly limits: InputLimits) {}

  get left(): number {
    return this.limits.maxTotalBytes - this.used;
  }

  take(bytes: number): void {
    this.used += bytes;
  }

  /** Why a document (`what`: "file is 600 bytes, more") does not fit; reading stops after it. */
  over(what: string): string {
    this.full = true;
    return `${what} than the ${this.left} bytes left of the --max-total-bytes limit of ${this.limits.maxTotalBytes}`;
  }

  stopped(unit: number, at: string): InputItem {
    return { unit, problem: `${at} and everything after it: not read, reading stopped at the --max-total-bytes limit of ${this.limits.maxTotalBytes}` };
  }
}

/** Reads one whole input (not JSONL) within the limits: its bytes, or why it was not read. */
async function readWhole(input: ListedInput, budget: Budget): Promise<{ bytes: Buffer } | { problem: string }> {
  const { maxFileBytes } = budget.limits;
  if (input.path !== "-") {
    const info = await stat(input.path);
    // A regular file's size is known: refused without reading. Devices and FIFOs say 0, so they are read up to the cap.
    if (info.isFile() && info.size > maxFileBytes) return { problem: `file is ${info.size} bytes, over the --max-bytes limit of ${maxFileBytes}` };
    if (info.isFile() && info.size > budget.left) return { problem: budget.over(`file is ${info.size} bytes, more`) };
  }
  const cap = Math.min(maxFileBytes, budget.left);
  const bytes = await readCapped(openInput(input.path), cap);
  if (bytes) {
    budget.take(bytes.length);
    return { bytes };
  }
  if (cap === maxFileBytes) return { problem: `input is longer than the --max-bytes limit of ${maxFileBytes} (stopped reading there)` };
  return { problem: `${budget.over("input is longer")} (stopped reading there)` };
}

const isJsonl = (input: ListedInput) => input.path !== "-" && extname(input.path).toLowerCase() === ".jsonl";
const isUnitLine = (line: string) => /[^ \t\r]/.test(line);

/**
 * A line of a JSONL file, numbered from 1; `text` is absent when the line is over the length limit, and
 * `cut` is set when that line was not read to its end (the file was not a regular file).
 */
interface Line {
  number: number;
  bytes: number;
  text?: string;
  cut?: true;
}

const decoder = new TextDecoder("utf-8", { fatal: false });

/**
 * The lines of a file, read in chunks ("\n" ends a line, as in ingest). A line longer than `maxBytes` is
 * counted to its end, not kept, so one long line cannot fill memory; in a device or FIFO, where it may
 * never end, reading stops there.
 */
async function* fileLines(path: string, maxBytes: number): AsyncGenerator<Line> {
  const regular = (await stat(path)).isFile();
  let parts: Buffer[] = [];
  let bytes = 0, number = 0;
  const line = (): Line => {
    number++;
    const text = bytes > maxBytes ? undefined : decoder.decode(Buffer.concat(parts, bytes));
    const out = { number, bytes, text: number === 1 ? text?.replace(/^\uFEFF/, "") : text };
    parts = [];
    bytes = 0;
    return out;
  };
  for await (const chunk of openInput(path) as AsyncIterable<Buffer>) {
    for (let from = 0; from <= chunk.length;) {
      const newline = chunk.indexOf(10, from);
      const end = newline < 0 ? chunk.length : newline;
      bytes += end - from;
      if (bytes <= maxBytes) parts.push(chunk.subarray(from, end));
      else if (!regular) {
        yield { ...line(), cut: true };
        return;
      } else parts = [];
      if (newline < 0) break;
      yield line();
      from = newline + 1;
    }
  }
  if (bytes) yield line();
}

const isUnit = (line: Line) => line.text === undefined || isUnitLine(line.text);

/** Counts the units of the inputs (for --shard and progress) without parsing them. */
export async function countUnits(inputs: ListedInput[], limits: InputLimits): Promise<number> {
  let n = 0;
  for (const input of inputs) {
    if (!isJsonl(input)) n++;
    else for await (const line of fileLines(input.path, limits.maxFileBytes)) if (isUnit(line)) n++;
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
  const budget = new Budget(limits);
  let unit = 0;
  for (const input of inputs) {
    if (unit >= range.to) return;
    if (!isJsonl(input)) {
      if (unit++ < range.from) continue;
      if (budget.full) {
        yield budget.stopped(unit - 1, input.name);
        return;
      }
      yield* wholeItems(input, unit - 1, budget);
      continue;
    }
    for await (const line of fileLines(input.path, limits.maxFileBytes)) {
      if (!isUnit(line)) continue;
      if (unit >= range.to) return;
      if (unit++ < range.from) continue;
      if (budget.full) {
        yield budget.stopped(unit - 1, `${input.name}:${line.number}`);
        return;
      }
      yield jsonlItem(input.name, line, unit - 1, budget);
    }
  }
}

async function* wholeItems(input: ListedInput, unit: number, budget: Budget): AsyncGenerator<InputItem> {
  const read = await readWhole(input, budget);
  if ("problem" in read) {
    yield { unit, problem: `${input.name}: ${read.problem}` };
    return;
  }
  const content = decoder.decode(read.bytes).replace(/^\uFEFF/, "");
  if (input.path === "-" && startsWithJsonObject(content)) {
    yield { unit, problem: `${input.name}: holds JSONL, but standard input is read as one article (save it as a .jsonl file and build that)` };
    return;
  }
  const { documents, problems } = ingest({ name: input.name, content });
  const at = input.path === "-" ? input.name : input.path;
  for (const doc of documents) yield { unit, doc, at };
  for (const p of problems) yield { unit, problem: `${p.name}${p.line ? `:${p.line}` : ""}: ${p.message}` };
}

/** Whether the first line of `content` is a JSON object, as in a JSONL dump piped in by mistake for an article. */
function startsWithJsonObject(content: string): boolean {
  const first = content.trimStart().split("\n", 1)[0]!;
  if (!first.startsWith("{")) return false;
  try {
    const value: unknown = JSON.parse(first);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

// ingest() numbers a JSONL input's lines itself; given one line at a time, it is given a name no document
// can have, so that the ids and places it makes up can be renamed to the line's real number.
const LINE_NAME_MARK = "\u0000";

function jsonlItem(name: string, line: Line, unit: number, budget: Budget): InputItem {
  const at = `${name}:${line.number}`;
  const { maxFileBytes } = budget.limits;
  if (line.cut) return { unit, problem: `${at}: line is longer than the --max-bytes limit of ${maxFileBytes} (stopped reading there)` };
  if (line.text === undefined) return { unit, problem: `${at}: line is ${line.bytes} bytes, over the --max-bytes limit of ${maxFileBytes}` };
  if (line.bytes > budget.left) return { unit, problem: `${at}: ${budget.over(`line is ${line.bytes} bytes, more`)}` };
  budget.take(line.bytes);
  const marked = LINE_NAME_MARK + name;
  const { documents, problems } = ingest({ name: marked, content: line.text });
  const doc = documents[0];
  if (!doc) return { unit, problem: `${at}: ${problems[0]?.message ?? "input is empty"}` };
  if (doc.id === `${marked}#1`) doc.id = `${name}#${line.number}`;
  doc.path = name;
  return { unit, doc, at };
}
