// Accent- and case-insensitive search over entity labels and aliases.
import type { NewsGraph } from "../graph/types.js";

export interface SearchHit {
  node: string;
  label: string;
  /** The alias that matched, when it was not the label. */
  via?: string;
}

interface Entry {
  node: string;
  label: string;
  names: { text: string; folded: string }[];
}

/** Lower case without diacritics: "Zelenskyy", "ZÉLENSKYY" and "zelenskyy" fold alike. */
export const fold = (text: string): string => text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();

export class SearchIndex {
  private entries: Entry[] = [];

  constructor(graph: NewsGraph) {
    graph.forEachNode((node, attrs) => {
      const label = typeof attrs.label === "string" && attrs.label ? attrs.label : node;
      const aliases = Array.isArray(attrs.aliases) ? attrs.aliases.filter((a): a is string => typeof a === "string") : [];
      const names = [label, ...aliases.filter((a) => a !== label)].map((text) => ({ text, folded: fold(text) }));
      this.entries.push({ node, label, names });
    });
  }

  /** Best hits first: whole-name prefix, then word prefix, then substring; labels before aliases; then shorter, then alphabetical. */
  search(query: string, limit = 10): SearchHit[] {
    const q = fold(query.trim());
    if (!q) return [];
    const scored: { hit: SearchHit; score: number }[] = [];
    for (const entry of this.entries) {
      let best = Infinity;
      let via: string | undefined;
      entry.names.forEach((name, i) => {
        const at = name.folded.indexOf(q);
        if (at < 0) return;
        const rank = at === 0 ? 0 : /[\s\-'’.]/.test(name.folded[at - 1]!) ? 1 : 2;
        const score = rank * 2 + (i === 0 ? 0 : 1);
        if (score < best) {
          best = score;
          via = i === 0 ? undefined : name.text;
        }
      });
      if (best < Infinity) scored.push({ hit: via ? { node: entry.node, label: entry.label, via } : { node: entry.node, label: entry.label }, score: best });
    }
    scored.sort(
      (a, b) => a.score - b.score || a.hit.label.length - b.hit.label.length || a.hit.label.localeCompare(b.hit.label),
    );
    return scored.slice(0, limit).map((s) => s.hit);
  }
}
