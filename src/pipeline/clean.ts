// Stage 2: document -> article prose. Markup and page furniture are masked with blanks of the same
// length, so every offset into the cleaned text is also an offset into the original input.
import type { CleanDocument, InputDocument } from "./types.js";

/** Elements whose content is never article prose. */
const DROPPED_ELEMENTS = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "figure", "figcaption", "button", "svg", "iframe", "template", "select", "title", "h1"];
/** Elements that end a line of prose. */
const BLOCK_ELEMENTS = /^(p|div|br|li|ul|ol|h[1-6]|section|article|main|blockquote|tr|td|th|table|dd|dt|pre|hr)$/i;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", mdash: "—", ndash: "–", hellip: "…",
  rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", eacute: "é", egrave: "è", ccedil: "ç", uuml: "ü", ouml: "ö", auml: "ä",
};

const blank = (s: string) => s.replace(/[^\n]+/g, (run) => " ".repeat(run.length));

/**
 * Builds a same-length copy of a text from left to right: spans are kept or masked by blanks (line breaks
 * kept). Pieces are joined once at the end, so a 20 MB page costs a few copies, not an array per character.
 */
class Masker {
  private readonly pieces: string[] = [];
  private at = 0;
  constructor(private readonly text: string) {}

  /** Masks [start, end), writing `replacement` at its start (cut to the span's length). */
  mask(start: number, end: number, replacement = ""): void {
    if (start < this.at || end <= start) return;
    this.pieces.push(this.text.slice(this.at, start));
    const head = replacement.slice(0, end - start);
    this.pieces.push(head, blank(this.text.slice(start + head.length, end)));
    this.at = end;
  }

  done(): string {
    this.pieces.push(this.text.slice(this.at));
    return this.pieces.join("");
  }
}

/** Raw-text elements: an unclosed one runs to the end of the page, as in a browser. */
const RAW_TEXT = new Set(["script", "style"]);
const DROPPED = new Set(DROPPED_ELEMENTS);
const NAME = /[a-zA-Z][a-zA-Z0-9]*(?:-[a-zA-Z0-9]+)*/y;

/**
 * Finds markup in one left-to-right pass. Every search remembers where it failed, so unclosed
 * comments, tags or scripts repeated through a hostile page cost linear, not quadratic, time.
 */
class HtmlScanner {
  /** The last search for ">": where it started and what it found (-1: none after there). */
  private gtFrom = Infinity;
  private gtAt = -1;
  private readonly noClose = new Map<string, number>();
  constructor(readonly html: string) {}

  /** Index of the first ">" at or after `from`, or -1. */
  gt(from: number): number {
    const known = from >= this.gtFrom && (this.gtAt === -1 || from <= this.gtAt);
    if (!known) [this.gtFrom, this.gtAt] = [from, this.html.indexOf(">", from)];
    return this.gtAt;
  }

  /** [start, end) of the first `</name>` at or after `from`, or undefined; failures are remembered. */
  closing(name: string, from: number): [number, number] | undefined {
    const failedFrom = this.noClose.get(name);
    if (failedFrom !== undefined && from >= failedFrom) return undefined;
    const re = new RegExp(`</${name}\\s*>`, "gi");
    re.lastIndex = from;
    const m = re.exec(this.html);
    if (!m) {
      this.noClose.set(name, Math.min(from, failedFrom ?? from));
      return undefined;
    }
    return [m.index, m.index + m[0].length];
  }

  /** The element name of a tag starting at `at` ("<name" or "</name"), or undefined. */
  tagName(at: number): string | undefined {
    NAME.lastIndex = this.html[at + 1] === "/" ? at + 2 : at + 1;
    return NAME.exec(this.html)?.[0];
  }

  /** End of a special construct starting at `at` (comment, CDATA, doctype, processing instruction), or undefined. */
  specialEnd(at: number): number | undefined {
    const html = this.html;
    const until = (close: string, from: number) => {
      const found = html.indexOf(close, from);
      return found === -1 ? html.length : found + close.length;
    };
    if (html.startsWith("<!--", at)) return until("-->", at + 4);
    if (html.startsWith("<![CDATA[", at)) return until("]]>", at + 9);
    if (html.startsWith("<!", at) || html.startsWith("<?", at)) {
      const end = this.gt(at);
      return end === -1 ? undefined : end + 1;
    }
    return undefined;
  }
}

/** The text of the page's first <title> or <h1>, or undefined. */
function pageTitle(scanner: HtmlScanner): string | undefined {
  for (const m of scanner.html.matchAll(/<(title|h1)\b/gi)) {
    const open = scanner.gt(m.index);
    if (open === -1) return undefined;
    const close = scanner.closing(m[1].toLowerCase(), open + 1);
    if (!close) continue;
    const title = decodeEntities(scanner.html.slice(open + 1, close[0]).replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim();
    if (title) return title;
  }
  return undefined;
}

/** Masks HTML markup; returns the masked text and the page title. Linear in the page's length. */
export function maskHtml(source: string): { text: string; title?: string } {
  // Carriage returns become line breaks: one code unit each, so indices stay those of the original string.
  const html = source.replace(/\r/g, "\n");
  const title = pageTitle(new HtmlScanner(html));
  const scanner = new HtmlScanner(html);
  const masker = new Masker(html);
  let i = html.indexOf("<");
  while (i !== -1 && i < html.length) {
    let end = scanner.specialEnd(i);
    let replacement = "";
    const name = end === undefined ? scanner.tagName(i) : undefined;
    if (name !== undefined) {
      const gt = scanner.gt(i);
      if (gt === -1) break; // no tag closes after here: the rest is text
      end = gt + 1;
      const lower = name.toLowerCase();
      if (html[i + 1] !== "/" && DROPPED.has(lower) && html[gt - 1] !== "/") {
        const close = scanner.closing(lower, end);
        if (close) [end, replacement] = [close[1], "\n"];
        else if (RAW_TEXT.has(lower)) end = html.length;
      }
      if (!replacement && BLOCK_ELEMENTS.test(name)) replacement = "\n";
    }
    if (end === undefined) {
      i = html.indexOf("<", i + 1);
      continue;
    }
    masker.mask(i, end, replacement);
    i = html.indexOf("<", end);
  }
  return { text: decodeInPlace(masker.done()), title };
}

/** Decodes character references, each padded with blanks to its own length. */
function decodeInPlace(text: string): string {
  const masker = new Masker(text);
  for (const m of text.matchAll(/&(#x?[0-9a-f]{1,8}|[a-z]{1,10});/gi)) masker.mask(m.index, m.index + m[0].length, decodeEntities(m[0]));
  return masker.done();
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : " ";
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Masks Markdown syntax that is not prose: headings marks, emphasis, link targets, images, code fences. */
export function maskMarkdown(md: string): string {
  const masked = new Uint8Array(md.length);
  const mask = (start: number, end: number) => masked.fill(1, start, end);
  for (const m of md.matchAll(/```[\s\S]*?```/g)) mask(m.index, m.index + m[0].length);
  // Link texts and targets are bounded, so a page of unclosed brackets stays linear.
  for (const m of md.matchAll(/!\[[^\]\n]{0,500}\]\([^)\s]{0,2000}(?:\s+"[^"\n]{0,200}")?\)/g)) mask(m.index, m.index + m[0].length);
  for (const m of md.matchAll(/\[([^\]\n]{0,500})\]\(([^)\s]{0,2000}(?:\s+"[^"\n]{0,200}")?)\)/g)) {
    mask(m.index, m.index + 1);
    mask(m.index + 1 + m[1].length, m.index + m[0].length);
  }
  for (const m of md.matchAll(/^([ \t]{0,3}(#{1,6}|>|[-*+]|\d{1,9}\.)\s)/gm)) mask(m.index, m.index + m[0].length);
  for (const m of md.matchAll(/(\*\*|__|\*|`)/g)) mask(m.index, m.index + m[0].length);
  const masker = new Masker(md);
  for (let i = 0; i < md.length; ) {
    if (!masked[i]) {
      i++;
      continue;
    }
    const start = i;
    while (i < md.length && masked[i]) i++;
    masker.mask(start, i);
  }
  return masker.done();
}

const TERMINAL = /[.!?:;"”’)\]]$/;
/** "NAIROBI, Kenya (Reuters) — ", "JOHANNESBURG, May 14 — ", "NEW DELHI: ": the place, a date, the agency. */
const DATELINE = /^\s*[A-Z][A-Z .'\/-]{2,}(, [A-Z][A-Za-z .'-]+)*(,? [A-Z][a-z]{2,}\.? \d{1,2}(, \d{4})?)?( \([A-Za-z .]+\))?\s*([—–-]+|:)\s*/;
/**
 * "Accra — ", "Nairobi, Kenya (AFP) – ", "Dar es Salaam: ": a dateline in title case, a dash or colon after it and a
 * capital after that ("Kenya — the region's largest economy — said" opens a sentence).
 */
const TITLE_CASE_DATELINE = /^\s*\p{Lu}\p{Ll}+(?: (?:(?:es|de|del|da|do|al|el|la|le|du|sur|am) )?\p{Lu}\p{Ll}+){0,2}(?:, \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)?(?: \([A-Za-z .]+\))? ?(?:[—–]|:)\s*(?=\p{Lu})/u;
/** The page's calls to its readers ("Subscribe", "Support our journalism", "Download the app"). */
const PAGE_CALLS = String.raw`subscribe|sign up|support us|support our|donate|become a (member|patron|subscriber)|follow us|share this|click here|download (our|the) app`;
/** Lines that are furniture by how they start, whatever follows. */
const FURNITURE = [
  /^(also read|read more|read also|related|recommended|more from|see also|watch|listen)\b\s*[:|-]?/i,
  /^discussion about this (post|article|story)$/i,
  new RegExp(String.raw`^(${PAGE_CALLS})\b`, "i"),
  /^(photo|image|picture|video|file photo|credit|source|caption)s?\s*[:|/]/i,
  // Captions end with their credit: "... (Photo: AFP)", "... AFP via Getty Images".
  /\((photo|image|picture|file photo)\b[^)]*\)\s*$/i,
  /\b(getty images|via getty|ap photo|shutterstock|epa-efe|reuters\/[\w .]+)\)?\s*$/i,
  // Bylines ("By Ana Ruiz | Published ..."), but not prose ("By Friday, the talks had failed."); credits.
  /^[Bb]y\s+\p{Lu}(?!.*[.!?]["”’]?$)/u,
  /^\(?(?:[Ww]ritten|[Rr]eporting|[Ee]diting|[Aa]dditional reporting) by\s+\p{Lu}/u,
  /^(photo|image|picture)s? (courtesy|credit)\b/i,
  // Trailers of agency copy: "... writer Ana Ruiz in Lima contributed to this report.", the agency's
  // standards, a funder's or partner's credit ("This article was produced with the financial assistance of ...",
  // "... was produced in partnership with X", "... was supported by a grant from Y").
  /\bcontributed( reporting)? to this (report|story|article)\.?$/i,
  /^our standards\s*:/i,
  /^this (article|story|report|reporting|coverage) (was|is) (produced|published|made|written|supported|funded)( \w+)? (with the (financial )?(assistance|support|help) of|in partnership with|in collaboration with|by a grant from|with support from)\b/i,
  // The writer's line at the end: "Ana Ruiz is a correspondent based in Lima." Not news of one ("X is a
  // reporter who was detained in Y").
  /^\p{Lu}[\p{L}'.-]+(?: \p{Lu}[\p{L}'.-]+){1,3} is (?:an?|the|our) (?:[\p{L}-]+ ){0,3}(?:correspondent|reporter|journalist|columnist|contributing writer|staff writer|freelance writer|editor)\b(?![^.!?]*\b(?:who|whom|which|that|was|were|been)\b)[^.!?]*[.!?]?$/u,
  /^(published|updated|posted|last updated|first published)\b/i,
  /^©|^copyright\b/i,
];
/**
 * Words of the page around an article. Prose uses them too ("state-sponsored attacks", "pledged to
 * donate"), so they make furniture of a short line only, or of a line that does not end as a sentence.
 */
const PAGE_WORDS = new RegExp(String.raw`\b(${PAGE_CALLS}|subscription|newsletter|all rights reserved|cookies?|advertisement|sponsored|getty images|ap photo|shutterstock|epa-efe)\b|\breuters\/`, "i");
/** The longest line a page word alone makes furniture of. */
const SHORT_LINE = 80;

/** Longest line, in characters, that can be a headline or a label. */
const MAX_HEADLINE = 400;

const wordsOf = (line: string) => line.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));

/** A line that reads as a headline: most words capitalised, no sentence punctuation at its end. */
export function isHeadline(line: string): boolean {
  // No headline runs this long; the bound also keeps a page that is one huge line cheap.
  if (line.length > MAX_HEADLINE || TERMINAL.test(line.trim())) return false;
  const words = wordsOf(line);
  if (words.length < 3) return false;
  const content = words.filter((w) => w.replace(/[^A-Za-z]/g, "").length > 3);
  if (!content.length) return false;
  const capitalised = content.filter((w) => /^[^A-Za-z]*[A-Z]/.test(w)).length;
  return capitalised / content.length >= 0.75;
}

/** Ends as a sentence: ".", "!", "?" or an ellipsis, maybe inside closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["”’')\]]*$/;
/** The most words a headline in sentence case has. */
const HEADLINE_WORDS = 20;

/**
 * A headline in sentence case ("Ministers agree to extend the truce", "Beijing vows “firm measures”"),
 * as news sites print their own and related headlines: a short line that opens with a capital, does not
 * end as a sentence, holds no second sentence, and is not continued by the next line.
 */
export function isSentenceCaseHeadline(line: string, next?: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > MAX_HEADLINE || !/^["“‘']?[A-Z0-9]/.test(trimmed)) return false;
  if (SENTENCE_END.test(trimmed) || /[,;:–—-]$/.test(trimmed) || /[a-z]{2}[.!?]["”’]? [A-Z]/.test(trimmed)) return false;
  const count = wordsOf(trimmed).length;
  return count >= 3 && count <= HEADLINE_WORDS && !/^\s*[a-z]/.test(next ?? "");
}

/**
 * Text wrapped at a fixed width breaks its sentences across lines: an unfinished line continued by a
 * lower-case one. There, a line that does not end as a sentence is no headline.
 */
function isHardWrapped(lines: string[]): boolean {
  let breaks = 0;
  for (let i = 0; i + 1 < lines.length && breaks < 2; i++) {
    if (lines[i].trim() && !SENTENCE_END.test(lines[i].trim()) && /^\s*[a-z]/.test(lines[i + 1])) breaks++;
  }
  return breaks >= 2;
}

/** Page furniture: a line that belongs to the page around the article, not to the article. */
export function isFurniture(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed) return false;
  if (FURNITURE.some((re) => re.test(trimmed))) return true;
  if (trimmed.length > MAX_HEADLINE) return false;
  // Most lines are prose that ends as a sentence: neither a label nor a headline.
  if (TERMINAL.test(trimmed)) return trimmed.length <= SHORT_LINE && PAGE_WORDS.test(trimmed);
  if (PAGE_WORDS.test(trimmed)) return true;
  // Short labels without sentence punctuation: section names, buttons, captions.
  if (wordsOf(trimmed).length < 4) return true;
  return isHeadline(trimmed);
}

/** Masks markup and page furniture, keeping offsets into the original input. */
export function clean(doc: InputDocument): CleanDocument {
  let text = doc.text;
  let title = doc.title;
  if (doc.format === "html") {
    const masked = maskHtml(text);
    text = masked.text;
    title ??= masked.title;
  } else if (doc.format === "markdown") text = maskMarkdown(text);
  const lines = text.split("\n");
  const firstProse = lines.findIndex((l) => l.trim());
  const sentenceCase = !isHardWrapped(lines);
  // The next line with words in it, for each line: one pass from the end.
  const following: (string | undefined)[] = new Array(lines.length);
  for (let i = lines.length - 2; i >= 0; i--) following[i] = lines[i + 1].trim() ? lines[i + 1] : following[i + 1];
  const nextLine = (i: number) => following[i];
  // Items of a list ("- Russia rejected the plan", "• Kenya signed") are prose without a full stop.
  const original = (doc.format === "html" ? doc.text.replace(/\r/g, "\n") : doc.text).split("\n");
  const listItem = (i: number) => /^\s*([-*•–]|\d{1,2}[.)])\s/.test(original[i] ?? "");
  const headline = (line: string, i: number) => isHeadline(line.trim()) || (sentenceCase && !listItem(i) && isSentenceCaseHeadline(line, nextLine(i)));
  let proseSeen = false;
  const kept = lines.map((line, i) => {
    if (!line.trim()) return line;
    // The first line is the headline when it reads as one, or when a dateline opens the next line.
    const beforeDateline = i === firstProse && !SENTENCE_END.test(line.trim()) && DATELINE.test(nextLine(i) ?? "");
    if (i === firstProse && (headline(line, i) || beforeDateline)) {
      title ??= line.trim();
      return blank(line);
    }
    // Related headlines, in title or sentence case.
    if (isFurniture(line) || headline(line, i)) return blank(line);
    // A dateline before the first sentence ("NAIROBI, Kenya (Reuters) — ") is the site's, not the article's;
    // later lines keep theirs ("NATO — which ..." opens a sentence).
    const dateline = proseSeen ? null : DATELINE.exec(line) ?? TITLE_CASE_DATELINE.exec(line);
    proseSeen = true;
    return dateline ? blank(dateline[0]) + line.slice(dateline[0].length) : line;
  });
  return { doc, text: kept.join("\n"), title };
}
