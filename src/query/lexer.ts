// Cypher tokens with their line and column, for error messages.
import { CypherSyntaxError } from "./errors.js";

export type TokenKind = "ident" | "qident" | "int" | "float" | "string" | "param" | "punct" | "eof";
export interface Token {
  kind: TokenKind;
  /** Identifier name, punctuation, parameter name, or the decoded string. */
  text: string;
  /** Numeric value for int/float tokens. */
  value?: number;
  /** An integer literal of exactly 2^63: valid only after a unary minus. */
  big?: boolean;
  line: number;
  column: number;
  /** Offset in the source, for the text of RETURN columns. */
  start: number;
  end: number;
}

const PUNCT = ["..", "<>", "!=", "<=", ">=", "=~", "+=", "(", ")", "[", "]", "{", "}", ",", ".", ":", ";", "|", "+", "-", "*", "/", "%", "^", "=", "<", ">", "$"];

export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const fail = (msg: string, at = i, code?: string): never => {
    throw new CypherSyntaxError(msg, line, at - lineStart + 1, code);
  };
  const push = (kind: TokenKind, text: string, start: number, value?: number) =>
    tokens.push({ kind, text, value, line, column: start - lineStart + 1, start, end: i });
  while (i < src.length) {
    const c = src[i]!;
    if (c === "\n") {
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "/" && src[i + 1] === "/") {
      while (i < src.length && src[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && src[i + 1] === "*") {
      const endAt = src.indexOf("*/", i + 2);
      if (endAt < 0) fail("unterminated comment, expected '*/'");
      for (let j = i; j < endAt; j++) if (src[j] === "\n") { line++; lineStart = j + 1; }
      i = endAt + 2;
      continue;
    }
    const start = i;
    const prev = tokens[tokens.length - 1];
    const afterValue = prev && prev.end === i && (prev.kind === "ident" || prev.kind === "qident" || [")", "]", "}"].includes(prev.text));
    if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(src[i + 1] ?? "") && !afterValue)) {
      readNumber();
      continue;
    }
    if (/[\p{L}_]/u.test(c)) {
      while (i < src.length && /[\p{L}\p{N}_]/u.test(src[i]!)) i++;
      push("ident", src.slice(start, i), start);
      continue;
    }
    if (c === "`") {
      let text = "";
      i++;
      for (;;) {
        if (i >= src.length) fail("unterminated quoted name, expected '`'", start);
        if (src[i] === "`") {
          if (src[i + 1] === "`") { text += "`"; i += 2; continue; }
          i++;
          break;
        }
        text += src[i++];
      }
      push("qident", text, start);
      continue;
    }
    if (c === "'" || c === '"') {
      push("string", readString(c), start);
      continue;
    }
    if (c === "$") {
      i++;
      const s = i;
      if (src[i] === "`") {
        const e = src.indexOf("`", i + 1);
        if (e < 0) fail("unterminated quoted parameter name");
        i = e + 1;
        push("param", src.slice(s + 1, e), start);
        continue;
      }
      while (i < src.length && /[\p{L}\p{N}_]/u.test(src[i]!)) i++;
      if (i === s) fail("expected a parameter name after '$'");
      push("param", src.slice(s, i), start);
      continue;
    }
    const p = PUNCT.find((x) => src.startsWith(x, i));
    if (!p) fail(`unexpected character '${c}'`);
    i += p!.length;
    push("punct", p!, start);
  }
  tokens.push({ kind: "eof", text: "end of input", line, column: i - lineStart + 1, start: i, end: i });
  return tokens;

  function readNumber(): void {
    const start = i;
    if (src[i] === "0" && /[xX]/.test(src[i + 1] ?? "")) {
      i += 2;
      while (/[0-9a-zA-Z_]/.test(src[i] ?? "")) i++;
      const digits = src.slice(start + 2, i);
      if (!/^[0-9a-fA-F]+$/.test(digits)) fail(`invalid hexadecimal literal '${src.slice(start, i)}'`, start, "InvalidNumberLiteral");
      return pushInt(BigInt("0x" + digits), start);
    }
    if (src[i] === "0" && /[oO]/.test(src[i + 1] ?? "")) {
      i += 2;
      while (/[0-9a-zA-Z_]/.test(src[i] ?? "")) i++;
      const digits = src.slice(start + 2, i);
      if (!/^[0-7]+$/.test(digits)) fail(`invalid octal literal '${src.slice(start, i)}'`, start, "InvalidNumberLiteral");
      return pushInt(BigInt("0o" + digits), start);
    }
    while (/[0-9]/.test(src[i] ?? "")) i++;
    let isFloat = false;
    if (src[i] === "." && /[0-9]/.test(src[i + 1] ?? "")) {
      isFloat = true;
      i++;
      while (/[0-9]/.test(src[i] ?? "")) i++;
    }
    if (/[eE]/.test(src[i] ?? "") && /[-+0-9]/.test(src[i + 1] ?? "")) {
      isFloat = true;
      i++;
      if (src[i] === "-" || src[i] === "+") i++;
      if (!/[0-9]/.test(src[i] ?? "")) fail("invalid number literal, expected exponent digits", start, "InvalidNumberLiteral");
      while (/[0-9]/.test(src[i] ?? "")) i++;
    }
    if (/[\p{L}_]/u.test(src[i] ?? "")) {
      while (/[\p{L}\p{N}_]/u.test(src[i] ?? "")) i++;
      fail(`invalid number literal '${src.slice(start, i)}'`, start, "InvalidNumberLiteral");
    }
    const text = src.slice(start, i);
    if (isFloat) {
      const v = Number(text);
      if (!Number.isFinite(v)) fail(`floating point number too large '${text}'`, start, "FloatingPointOverflow");
      push("float", text, start, v);
    } else {
      if (text.length > 1 && text.startsWith("0") && /^[0-7]+$/.test(text)) return pushInt(BigInt("0o" + text.slice(1)), start);
      pushInt(BigInt(text), start);
    }
  }
  function pushInt(v: bigint, start: number): void {
    // A preceding unary minus is applied by the parser; allow 2^63 so that -9223372036854775808 parses.
    if (v > 9223372036854775808n) fail(`integer too large '${src.slice(start, i)}'`, start, "IntegerOverflow");
    push("int", src.slice(start, i), start, Number(v));
    if (v === 9223372036854775808n) tokens[tokens.length - 1]!.big = true;
  }
  function readString(quote: string): string {
    const start = i;
    i++;
    let out = "";
    for (;;) {
      if (i >= src.length) fail(`unterminated string, expected ${quote}`, start);
      const ch = src[i]!;
      if (ch === quote) { i++; return out; }
      if (ch === "\n") { line++; lineStart = i + 1; }
      if (ch !== "\\") { out += ch; i++; continue; }
      const e = src[i + 1];
      i += 2;
      switch (e) {
        case "t": out += "\t"; break;
        case "b": out += "\b"; break;
        case "n": out += "\n"; break;
        case "r": out += "\r"; break;
        case "f": out += "\f"; break;
        case "'": out += "'"; break;
        case '"': out += '"'; break;
        case "\\": out += "\\"; break;
        case "u":
        case "U": {
          const n = e === "u" ? 4 : 8;
          const hex = src.slice(i, i + n);
          if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) fail(`invalid unicode escape '\\${e}${hex}'`, i - 2, "InvalidUnicodeLiteral");
          out += String.fromCodePoint(parseInt(hex, 16));
          i += n;
          break;
        }
        default:
          out += "\\" + (e ?? "");
      }
    }
  }
}
