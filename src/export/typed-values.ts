// Typed attribute values of GEXF and GraphML files, read without eval.

export type Typed = string | number | boolean | string[] | number[] | boolean[];

const INTEGER = /^[+-]?\d+$/;
const INTEGER_TYPES = new Set(["integer", "long", "short", "byte", "biginteger", "int"]);
const NUMBER_TYPES = new Set(["double", "float", "bigdecimal"]);
const TEXT_TYPES = new Set(["string", "anyURI", "char"]);

/** True for the attribute types readTyped understands (GEXF 1.2/1.3 and GraphML). */
export const knownType = (type: string): boolean =>
  INTEGER_TYPES.has(type) || NUMBER_TYPES.has(type) || TEXT_TYPES.has(type) || type === "boolean"
  || (type.startsWith("list") && knownType(type.slice(4)));

/** Reads `raw` as a value of `type`; undefined when it is not one. Unknown types read as text. */
export function readTyped(raw: string, type: string): Typed | undefined {
  if (type.startsWith("list")) {
    const items = splitList(raw);
    if (type === "liststring") return items;
    const values = items.map((item) => readTyped(item, type.slice(4)));
    return values.some((v) => v === undefined) ? undefined : (values as string[] | number[] | boolean[]);
  }
  const text = raw.trim();
  if (INTEGER_TYPES.has(type)) return INTEGER.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : undefined;
  if (NUMBER_TYPES.has(type)) {
    const n = text === "" ? NaN : Number(text);
    return Number.isFinite(n) ? n : undefined;
  }
  if (type === "boolean") {
    const lower = text.toLowerCase();
    return lower === "true" || lower === "1" ? true : lower === "false" || lower === "0" ? false : undefined;
  }
  return raw;
}

/**
 * List values come as a JSON array (`["a","b"]`, what newsgraph writes), a bracketed list with optional
 * single or double quotes (`[a, 'b, c']`, Gephi and graphology-gexf) or items separated by `|` (GEXF 1.2).
 */
export function splitList(raw: string): string[] {
  const text = raw.trim();
  if (text === "" || text === "[]") return [];
  if (!(text.startsWith("[") && text.endsWith("]"))) return text.split("|").map((s) => s.trim());
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed.map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
  } catch {
    // Not JSON: a bracketed list with optional quotes.
  }
  const items: string[] = [];
  let item = "", quote = "", quoted = false;
  for (let i = 1; i < text.length - 1; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\" && i + 1 < text.length - 1) item += unescapeChar(text[++i]);
      else if (c === quote) quote = "";
      else item += c;
    } else if ((c === '"' || c === "'") && item.trim() === "") {
      quote = c;
      quoted = true;
      item = "";
    } else if (c === ",") {
      items.push(quoted ? item : item.trim());
      item = "";
      quoted = false;
    } else if (!quoted) item += c;
  }
  items.push(quoted ? item : item.trim());
  return items;
}

const ESCAPED: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f" };
const unescapeChar = (c: string): string => ESCAPED[c] ?? c;

/** Sets each declared attribute the element lacks to the declaration's default value, when it has one. */
export function applyDefaults(attributes: Record<string, unknown>, declarations: Map<string, { name: string; type: string; fallback?: string }>): void {
  for (const decl of declarations.values()) {
    if (decl.fallback === undefined || attributes[decl.name] !== undefined) continue;
    const value = readTyped(decl.fallback, decl.type);
    if (value !== undefined) attributes[decl.name] = value;
  }
}
