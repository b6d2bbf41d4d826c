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

const blank = (s: string) => s.replace(/[^\n]/g, " ");

/** Replaces a span of `chars` with `replacement` padded by blanks, keeping the length. */
function overwrite(chars: string[], start: number, end: number, replacement = "") {
  for (let i = start; i < end; i++) chars[i] = chars[i] === "\n" ? "\n" : " ";
  for (let i = 0; i < replacement.length && start + i < end; i++) chars[start + i] = replacement[i];
}

/** Masks HTML markup; returns the masked text and the page title. */
export function maskHtml(html: string): { text: string; title?: string } {
  // UTF-16 units, so indices stay those of the original string.
  const units = html.replace(/\r/g, "\n").split("");
  let title: string | undefined;
  const titleMatch = /<(title|h1)[^>]*>([\s\S]*?)<\/\1\s*>/i.exec(html);
  if (titleMatch) title = decodeEntities(titleMatch[2].replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim() || undefined;
  const dropped = new RegExp(`<(${DROPPED_ELEMENTS.join("|")})\\b[^>]*>[\\s\\S]*?<\\/\\1\\s*>`, "gi");
  for (const m of html.matchAll(dropped)) overwrite(units, m.index, m.index + m[0].length, "\n");
  for (const m of html.matchAll(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[\s\S]*?\?>/g)) overwrite(units, m.index, m.index + m[0].length);
  for (const m of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g)) {
    if (units[m.index] !== "<") continue; // inside a masked span
    overwrite(units, m.index, m.index + m[0].length, BLOCK_ELEMENTS.test(m[1]) ? "\n" : "");
  }
  const masked = units.join("");
  // Decode entities in place, padding with blanks.
  const out = masked.split("");
  for (const m of masked.matchAll(/&(#x?[0-9a-f]+|[a-z]+);/gi)) overwrite(out, m.index, m.index + m[0].length, decodeEntities(m[0]));
  return { text: out.join(""), title };
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
  const out = md.split("");
  const mask = (start: number, end: number) => overwrite(out, start, end);
  for (const m of md.matchAll(/```[\s\S]*?```/g)) mask(m.index, m.index + m[0].length);
  for (const m of md.matchAll(/!\[[^\]]*\]\([^)]*\)/g)) mask(m.index, m.index + m[0].length);
  for (const m of md.matchAll(/\[([^\]]*)\]\(([^)]*)\)/g)) {
    mask(m.index, m.index + 1);
    mask(m.index + 1 + m[1].length, m.index + m[0].length);
  }
  for (const m of md.matchAll(/^(\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s)/gm)) mask(m.index, m.index + m[0].length);
  for (const m of md.matchAll(/(\*\*|__|\*|`)/g)) mask(m.index, m.index + m[0].length);
  return out.join("");
}

const TERMINAL = /[.!?:;"”’)\]]$/;
const FURNITURE = [
  /^(also read|read more|read also|related|recommended|more from|see also|watch|listen)\b\s*[:|-]?/i,
  /^discussion about this (post|article|story)$/i,
  /\b(subscribe|sign up|newsletter|support us|support our|donate|become a (member|patron)|follow us|share this|click here|download (our|the) app|all rights reserved|cookie|advertisement|sponsored)\b/i,
  /^(photo|image|picture|video|file photo|credit|source|caption)s?\s*[:|/]/i,
  /\((photo|image|picture)\b[^)]*\)\s*$/i,
  /\b(getty images|afp via getty|reuters\/|ap photo|shutterstock|epa-efe)\b/i,
  /^(by|written by|reporting by|editing by|additional reporting by)\s+[A-Z]/,
  /^(published|updated|posted|last updated|first published)\b/i,
  /^©|^copyright\b/i,
];

const wordsOf = (line: string) => line.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));

/** A line that reads as a headline: most words capitalised, no sentence punctuation at its end. */
export function isHeadline(line: string): boolean {
  const words = wordsOf(line);
  if (words.length < 3 || TERMINAL.test(line.trim())) return false;
  const content = words.filter((w) => w.replace(/[^A-Za-z]/g, "").length > 3);
  if (!content.length) return false;
  const capitalised = content.filter((w) => /^[^A-Za-z]*[A-Z]/.test(w)).length;
  return capitalised / content.length >= 0.75;
}

/** Page furniture: a line that belongs to the page around the article, not to the article. */
export function isFurniture(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed) return false;
  if (FURNITURE.some((re) => re.test(trimmed))) return true;
  const words = wordsOf(trimmed);
  // Short labels without sentence punctuation: section names, buttons, captions.
  if (words.length < 4 && !TERMINAL.test(trimmed)) return true;
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
  const kept = lines.map((line, i) => {
    if (!line.trim()) return line;
    if (i === firstProse && isHeadline(line.trim())) {
      title ??= line.trim();
      return blank(line);
    }
    return isFurniture(line) ? blank(line) : line;
  });
  return { doc, text: kept.join("\n"), title };
}
