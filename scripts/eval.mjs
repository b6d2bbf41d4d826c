#!/usr/bin/env node
// Extraction accuracy, printed as tables:
// 1. every gold file in ../shared/eval/gold against the graph of its sample article (score.mjs);
// 2. the PLOVER gold sentences of ../shared/eval/plover/dev.json: for each record, is there an edge of
//    the record's event class from its source actor, with evidence in that record's document?
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { buildGraph } from "../lib/graph/build.js";
import { ploverScore } from "../lib/eval/plover.js";

const shared = join(import.meta.dirname, "..", "..", "shared", "eval");
if (!existsSync(shared)) {
  console.error(`eval: ${shared} not found (the shared evaluation data sits beside the repository)`);
  process.exit(1);
}
const { score } = await import(join(shared, "score.mjs"));

const rows = [];
for (const file of readdirSync(join(shared, "gold")).filter((f) => f.endsWith(".json")).sort()) {
  const gold = JSON.parse(readFileSync(join(shared, "gold", file), "utf8"));
  const samplePath = join(shared, "sample", gold.doc);
  if (!existsSync(samplePath)) continue;
  const graph = buildGraph([{ id: gold.doc, text: readFileSync(samplePath, "utf8") }]);
  const r = score(gold, graph.export());
  rows.push({ article: gold.doc, entityF1: r.entities.f1, typedF1: r.typedEntities.f1, relationF1: r.relations.f1, pairF1: r.pairs.f1 });
  if (process.argv.includes("--verbose")) for (const [k, v] of Object.entries(r.log)) if (v.length) console.log(`${gold.doc} ${k}:\n  ${v.join("\n  ")}`);
}
console.log("Articles against their gold files (targets: entity F1 >= 0.95, typed >= 0.90, relation F1 >= 0.75)");
console.table(rows);

const plover = JSON.parse(readFileSync(join(shared, "plover", "dev.json"), "utf8"));
const p = ploverScore(plover.records, { verbose: process.argv.includes("--verbose") });
console.log("PLOVER gold sentences (targets: records found >= 0.75, event edges of the expected class >= 0.80)");
console.table([{ records: p.records, found: p.found, recall: p.recall, eventEdges: p.eventEdges, expectedClass: p.expectedClassEdges, precision: p.precision }]);
console.table(p.byClass);
if (process.argv.includes("--verbose")) console.log(p.misses.join("\n"));
