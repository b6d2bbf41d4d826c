// Event coding checked against PLOVER gold sentences: for each record, an edge of the record's event
// class from its source actor, with evidence in that record's own document.
import { buildGraph } from "../graph/build.js";
import { defaultGazetteer } from "../pipeline/default-gazetteer.js";

export interface PloverActor {
  actorText: string;
  code?: string;
}

export interface PloverRecord {
  id: string;
  event: string;
  source: PloverActor[] | string;
  target: PloverActor[] | string;
  text: string;
}

export interface PloverResult {
  records: number;
  /** Records with an edge of their class from their source actor. */
  found: number;
  recall: number;
  /** Event edges emitted (edges with a PLOVER class). */
  eventEdges: number;
  /** Of those, edges whose class is the record's. */
  expectedClassEdges: number;
  precision: number;
  byClass: Record<string, { records: number; found: number }>;
  misses: string[];
}

const normal = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’']s\b/g, "").replace(/[^a-z0-9]+/g, " ").trim();

/** Names an actor text stands for: itself, and the states its demonyms and names point to. */
function actorNames(text: string): string[] {
  const gazetteer = defaultGazetteer();
  const out = [normal(text)];
  for (const word of text.split(/[\s,]+/)) {
    const state = gazetteer.demonym(word) ?? gazetteer.name(word)?.canonical;
    if (state) out.push(normal(state));
  }
  return out;
}

const contains = (haystack: string, needle: string) => needle.length > 1 && ` ${haystack} `.includes(` ${needle} `);

export function ploverScore(records: PloverRecord[], options: { verbose?: boolean } = {}): PloverResult {
  let found = 0, eventEdges = 0, expected = 0;
  const byClass: PloverResult["byClass"] = {};
  const misses: string[] = [];
  for (const record of records) {
    const graph = buildGraph([{ id: record.id, text: record.text }]);
    const sources = Array.isArray(record.source) ? record.source.filter((a) => a.actorText) : [];
    const wanted = sources.flatMap((a) => actorNames(a.actorText));
    let hit = false;
    graph.forEachEdge((_, attributes, source) => {
      if (!attributes.plover || attributes.negated && attributes.plover !== "REJECT") return;
      eventEdges++;
      if (attributes.plover === record.event) expected++;
      const node = graph.getNodeAttributes(source);
      const names = [node.label, ...(node.aliases ?? [])].map(normal);
      const fromSource = names.some((n) => wanted.some((w) => contains(w, n) || contains(n, w)));
      if (fromSource && attributes.plover === record.event && attributes.evidence.some((e) => e.doc === record.id)) hit = true;
    });
    byClass[record.event] ??= { records: 0, found: 0 };
    byClass[record.event].records++;
    if (hit) {
      found++;
      byClass[record.event].found++;
    } else if (options.verbose) {
      const edges = graph.mapEdges((_, a, s, t) => `${graph.getNodeAttribute(s, "label")} -${a.relation}/${a.plover ?? "-"}${a.negated ? "/neg" : ""}-> ${graph.getNodeAttribute(t, "label")}`);
      misses.push(`${record.event} [${sources.map((a) => a.actorText).join(", ")}] ${record.text}\n    ${edges.join("\n    ") || "(no edges)"}`);
    }
  }
  const ratio = (a: number, b: number) => (b ? +(a / b).toFixed(3) : 0);
  return { records: records.length, found, recall: ratio(found, records.length), eventEdges, expectedClassEdges: expected, precision: ratio(expected, eventEdges), byClass, misses };
}
