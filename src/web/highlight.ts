// Splits an evidence sentence into plain and marked pieces, so the panel can highlight the phrase
// (the names of both entities) while rendering everything as text.
import { fold } from "./search.js";

export interface Segment {
  text: string;
  mark: boolean;
}

/** Marks every occurrence of any of `terms` (accent- and case-insensitive, longest first); pieces join back to `text`. */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  // Folding can change length (e.g. decomposed accents), so search a per-character folded copy with an index map.
  const chars = [...text];
  const folded: string[] = [];
  const origin: number[] = [];
  let offset = 0;
  for (const ch of chars) {
    for (const f of fold(ch)) {
      folded.push(f);
      origin.push(offset);
    }
    offset += ch.length;
  }
  const haystack = folded.join("");
  const marks = new Array<boolean>(text.length).fill(false);
  const needles = [...new Set(terms.map((t) => fold(t.trim())).filter((t) => t.length >= 2))].sort((a, b) => b.length - a.length);
  for (const needle of needles) {
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      const before = haystack[at - 1];
      const after = haystack[at + needle.length];
      if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
      const start = origin[at]!;
      const endIndex = at + needle.length;
      const end = endIndex < origin.length ? origin[endIndex]! : text.length;
      for (let i = start; i < end; i++) marks[i] = true;
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && marks[j] === marks[i]) j++;
    segments.push({ text: text.slice(i, j), mark: marks[i]! });
    i = j;
  }
  return segments;
}
