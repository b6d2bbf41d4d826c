// fast-check generators shared by the fuzz tests: adversarial text and random graphs of the model.
import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { edgeKey } from "../../src/graph/build.js";
import { nodeKeys } from "../../src/graph/node-ids.js";
import { ENTITY_TYPES, RELATIONS, type EdgeAttributes, type NewsGraph, type NodeAttributes } from "../../src/graph/types.js";

/** Fixed seed and bounded runs: the fuzz tests are part of `npm test` and must give the same verdict each time. */
export const FUZZ = { seed: 20250602, numRuns: 60 } as const;

/** Pieces that trouble text handling: markup, entities, quotes, controls, surrogates, bidi and zero-width marks. */
const NASTY = [
  "<", ">", "&", "&amp;", "&#0;", "&#x110000;", "&#9999999999;", "&nbsp;", '"', "'", "’", "“", "”", "—", "…",
  "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "<?", "?>", "<p>", "</p>", "<br/>", "<nav>", "<a href='x'>", "</a>",
  "```", "**", "[", "](", ")", "# ", "> ", "* ", "\u0000", "\u0001", "\u0008", "\u000b", "\u001f", "\u007f", "\ufeff",
  "\ufffe", "\uffff", "\ud800", "\udc00", "😀", "👩‍👩‍👧", "\u200b", "\u200d", "\u202e", "\u0301", "é", "ß", "İ", "ǅ",
  "\r\n", "\r", "\n", "\n\n", "\t", " ", "  ", ".", "!", "?", ";", ":", ",", "-", "--", "'s", "n't", "won't",
];

/** Words of news prose, so the extractor's rules (names, roles, verbs) fire on random orderings. */
const NEWS = [
  "Russia", "Ukraine", "Kenya", "Uganda", "Chile", "Turkey", "Istanbul", "Kyiv", "Moscow", "United Nations", "NATO",
  "Vladimir Putin", "Volodymyr Zelensky", "Defence Minister Rustem Umerov", "President", "Foreign Minister", "the minister",
  "he", "she", "they", "it", "said", "rejected", "proposed", "agreed", "met", "accused", "demanded", "a ceasefire",
  "the proposal", "an unconditional ceasefire", "prisoners of war", "did not", "failed to", "would", "on Monday",
  "according to", "officials", "talks", "and", "with", "of", "the", "a", "in", "to", "from", "Russian", "Ukrainian",
];

const ACTORS = ["Russia", "Ukraine", "Kenya", "Uganda", "Chile", "Turkey", "NATO", "the United Nations", "Vladimir Putin", "President Volodymyr Zelensky", "Defence Minister Rustem Umerov", "He", "They", "Russian negotiators", "Kyiv", "Moscow"];
const VERBS = ["rejected", "proposed", "agreed to", "met", "accused", "demanded", "criticised", "supported", "did not reject", "failed to agree on", "would propose", "said it rejected", "threatened", "sanctioned"];
const OBJECTS = ["a ceasefire", "an “unconditional ceasefire”", "the proposal for a prisoner exchange", "Ukraine", "Russia", "Kenya", "the talks", "a temporary truce", "NATO", "Uganda"];
const TAILS = ["", " on Monday", " in Istanbul", ", officials said", " according to Reuters", " — a key demand of Kyiv"];

/** A piece of text, sometimes wrapped in or followed by something troublesome. */
const decorated = (pieces: string[]) => fc.tuple(fc.constantFrom(...pieces), fc.constantFrom("", "", "", ...NASTY), fc.constantFrom("", "", "", ...NASTY))
  .map(([piece, before, after]) => `${before}${piece}${after}`);

/** Sentences shaped like news claims (actor, verb, object), so the relation rules fire, with hostile bits between. */
const newsSentences = fc.array(fc.tuple(decorated(ACTORS), decorated(VERBS), decorated(OBJECTS), fc.constantFrom(...TAILS), fc.constantFrom(". ", ".\n", ".\r\n", "! ", ".\n\n", ". <p>", "</p>\n", ".\u0000 ")), { minLength: 1, maxLength: 8 })
  .map((sentences) => sentences.map(([actor, verb, object, tail, end]) => `${actor} ${verb} ${object}${tail}${end}`).join(""));

/** Text built from news words and troublesome pieces, plus plain random strings of any code unit. */
export const adversarialText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: newsSentences },
  fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NEWS) }, { weight: 2, arbitrary: fc.constantFrom(...NASTY) }), { maxLength: 120 })
    .map((parts) => parts.join(" ")),
  fc.array(fc.oneof(fc.constantFrom(...NEWS), fc.constantFrom(...NASTY)), { maxLength: 200 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 }),
);

/** Short text for names and labels: any code unit, with XML and Cypher specials likely. */
const name = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.array(fc.constantFrom(...NASTY, ...NEWS), { minLength: 1, maxLength: 4 }).map((p) => p.join("")),
);

/** Node ids that graphology's multi graphs cannot hold ("toString", "constructor", "__proto__", ...). */
export const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

/**
 * A random graph of the model: typed nodes, edges with evidence, optional attributes present or not. Node
 * ids include Object.prototype names; no graphology graph can hold those (see src/graph/node-ids.ts), so
 * they are given the keys every reader gives them.
 */
export const randomGraph: fc.Arbitrary<NewsGraph> = fc
  .record({
    nodes: fc.uniqueArray(
      fc.record({
        key: fc.oneof({ weight: 4, arbitrary: name }, { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) }),
        label: name,
        entityType: fc.constantFrom(...ENTITY_TYPES),
        aliases: fc.array(name, { maxLength: 3 }),
        mentions: fc.nat(1000),
        roles: fc.option(fc.array(name, { maxLength: 2 }), { nil: undefined }),
      }),
      { selector: (n) => n.key, minLength: 1, maxLength: 12 },
    ),
    edges: fc.array(
      fc.record({
        from: fc.nat(),
        to: fc.nat(),
        relation: fc.constantFrom(...RELATIONS),
        negated: fc.option(fc.boolean(), { nil: undefined }),
        evidence: fc.array(fc.record({ doc: name, sentence: fc.nat(500), start: fc.nat(100_000), length: fc.nat(300), text: name }), { minLength: 1, maxLength: 3 }),
      }),
      { maxLength: 30 },
    ),
    documents: fc.array(fc.record({ id: name, title: fc.option(name, { nil: undefined }) }), { maxLength: 3 }),
  })
  .map(({ nodes, edges, documents }) => {
    const graph: NewsGraph = new MultiDirectedGraph({ allowSelfLoops: false });
    graph.replaceAttributes({ documents: documents.map((d) => (d.title === undefined ? { id: d.id } : d)) });
    const keyOf = nodeKeys(nodes.map((n) => n.key), { add: () => undefined });
    for (const { key, roles, ...rest } of nodes) {
      const attributes: NodeAttributes = { ...rest };
      if (roles) attributes.roles = roles;
      graph.addNode(keyOf(key), attributes);
    }
    for (const e of edges) {
      const source = keyOf(nodes[e.from % nodes.length].key), target = keyOf(nodes[e.to % nodes.length].key);
      const key = edgeKey(source, e.relation, target);
      if (source === target || graph.hasEdge(key)) continue;
      const evidence = e.evidence.map(({ length, ...rest }) => ({ ...rest, end: rest.start + length }));
      const attributes: EdgeAttributes = { relation: e.relation, weight: evidence.length, evidence };
      if (e.negated !== undefined) attributes.negated = e.negated;
      graph.addEdgeWithKey(key, source, target, attributes);
    }
    return graph;
  });
