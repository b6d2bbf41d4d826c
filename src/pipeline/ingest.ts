// Stage 1: raw input (a file's name and content) -> documents. Pure: file-system walking lives in the CLI.
import type { InputDocument, InputFormat } from "./types.js";

export interface RawInput {
  /** Name used for ids and messages: a path relative to the input root, or "stdin". */
  name: string;
  content: string;
}

export interface IngestProblem {
  name: string;
  /** 1-based line, for JSONL. */
  line?: number;
  message: string;
}

export interface Ingested {
  documents: InputDocument[];
  problems: IngestProblem[];
}

const EXTENSION_FORMATS: Record<string, InputFormat> = {
  txt: "text", text: "text", md: "markdown", markdown: "markdown", html: "html", htm: "html",
};

/** Extensions the ingest stage reads (directories are searched for these). */
export const INGESTED_EXTENSIONS = [...Object.keys(EXTENSION_FORMATS), "jsonl"];

const looksLikeHtml = (text: string) => /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);

/** The format of a named input, from its extension, or from its content when it is really HTML. */
export function detectFormat(name: string, content: string): InputFormat | "jsonl" {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  if (ext === "jsonl") return "jsonl";
  const format = EXTENSION_FORMATS[ext] ?? "text";
  return format !== "html" && looksLikeHtml(content) ? "html" : format;
}

/** Turns one raw input into documents: one per file, one per JSONL line. Bad JSONL lines become problems. */
export function ingest(input: RawInput): Ingested {
  const format = detectFormat(input.name, input.content);
  if (format !== "jsonl") {
    const problem = emptiness(input.content);
    if (problem) return { documents: [], problems: [{ name: input.name, message: problem }] };
    return { documents: [{ id: input.name, text: input.content, format, path: input.name }], problems: [] };
  }
  const documents: InputDocument[] = [];
  const problems: IngestProblem[] = [];
  input.content.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const at = { name: input.name, line: i + 1 };
    const record = parseRecord(line);
    if (typeof record === "string") return void problems.push({ ...at, message: record });
    const problem = emptiness(record.text);
    if (problem) return void problems.push({ ...at, message: problem });
    const text = record.text;
    documents.push({
      id: record.id ?? `${input.name}#${i + 1}`,
      text,
      format: looksLikeHtml(text) ? "html" : "text",
      title: record.title,
      date: record.date,
      url: record.url,
      path: input.name,
    });
  });
  return { documents, problems };
}

interface JsonlRecord { id?: string; title?: string; date?: string; url?: string; text: string }

function parseRecord(line: string): JsonlRecord | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return "not valid JSON";
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return "not a JSON object";
  const record = value as Record<string, unknown>;
  if (typeof record.text !== "string") return 'no "text" string';
  const optional = (key: string) => (record[key] === undefined || record[key] === null ? undefined : String(record[key]));
  return { id: optional("id"), title: optional("title"), date: optional("date"), url: optional("url"), text: record.text };
}

/** UTF-16 read as UTF-8: a byte-order mark turned into two U+FFFD, or ASCII with a NUL after each letter. */
const looksLikeUtf16 = (text: string) => /^\uFFFD\uFFFD/.test(text) || /^(?:[\x20-\x7e]\u0000){4}|^(?:\u0000[\x20-\x7e]){4}/.test(text);

/** Why a text cannot be a news article, or undefined when it can. */
export function emptiness(text: string): string | undefined {
  if (!text.trim()) return "input is empty";
  if (text.includes("\u0000")) {
    return looksLikeUtf16(text) ? "input is UTF-16 text, not UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8)" : "input is binary (contains NUL bytes)";
  }
  const replacement = text.match(/\uFFFD/g)?.length ?? 0;
  if (replacement > Math.max(3, text.length / 100)) return "input is not UTF-8 text (convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8)";
  return undefined;
}
