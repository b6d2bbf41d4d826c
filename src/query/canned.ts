// The Cypher behind the CLI's canned verbs (ego, path, evidence). A name matches a node by key, label or
// alias, ignoring case.

const named = (v: string, p: string) =>
  `(id(${v}) = $${p} OR toLower(${v}.label) = toLower($${p}) OR any(alias IN coalesce(${v}.aliases, []) WHERE toLower(alias) = toLower($${p})))`;

/** Nodes within `depth` hops of the node named $name, nearest first. */
export const EGO_QUERY = `MATCH (n) WHERE ${named("n", "name")}
WITH n ORDER BY coalesce(n.mentions, 0) DESC LIMIT 1
CALL algo.egoNetwork(n, $depth) YIELD node, distance
RETURN coalesce(node.label, id(node)) AS name, labels(node) AS labels, distance
ORDER BY distance, name`;

/** One shortest path between the nodes named $a and $b, in either direction. */
export const PATH_QUERY = `MATCH (a) WHERE ${named("a", "a")}
MATCH (b) WHERE ${named("b", "b")}
MATCH p = shortestPath((a)-[*]-(b))
RETURN p, length(p) AS hops
ORDER BY hops LIMIT 1`;

/** Every sentence behind every relation between the nodes named $a and $b. */
export const EVIDENCE_QUERY = `MATCH (a)-[r]-(b) WHERE ${named("a", "a")} AND ${named("b", "b")}
UNWIND coalesce(r.evidence, []) AS ev
RETURN DISTINCT coalesce(startNode(r).label, id(startNode(r))) AS source, type(r) AS relation,
  coalesce(endNode(r).label, id(endNode(r))) AS target, ev.doc AS doc, ev.sentence AS sentence, ev.text AS text
ORDER BY doc, sentence, relation`;
