#!/usr/bin/env node
// Extraction accuracy, printed as tables:
// 1. every gold file in ../shared/eval/gold against the graph of its sample article (score.mjs);
// 2. our own held-out articles, test/fixtures/eval/<name>.txt with gold files <name>.json in the same scheme,
//    written to measure articles the pipeline was not tuned on (per article and the mean);
// 3. the PLOVER gold sentences of ../shared/eval/plover/dev.json: for each record, is there an edge of
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

const verbose = process.argv.includes("--verbose");

/** Scores every gold file of `goldDir` against the graph of its article in `textDir`: one row each. */
function scoreArticles(goldDir, textDir) {
  const rows = [];
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith(".json")).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), "utf8"));
    const textPath = join(textDir, gold.doc);
    if (!existsSync(textPath)) continue;
    const graph = buildGraph([{ id: gold.doc, text: readFileSync(textPath, "utf8") }]);
    const r = score(gold, graph.export());
    rows.push({ article: gold.doc, entityF1: r.entities.f1, typedF1: r.typedEntities.f1, relationF1: r.relations.f1, pairF1: r.pairs.f1 });
    if (verbose) for (const [k, v] of Object.entries(r.log)) if (v.length) console.log(`${gold.doc} ${k}:\n  ${v.join("\n  ")}`);
  }
  return rows;
}

/** The rows followed by their mean. */
function withMean(rows) {
  if (!rows.length) return rows;
  const mean = (k) => +(rows.reduce((sum, r) => sum + r[k], 0) / rows.length).toFixed(3);
  return [...rows, { article: "mean", entityF1: mean("entityF1"), typedF1: mean("typedF1"), relationF1: mean("relationF1"), pairF1: mean("pairF1") }];
}

const rows = scoreArticles(join(shared, "gold"), join(shared, "sample"));
console.log("Articles against their gold files (targets: entity F1 >= 0.95, typed >= 0.90, relation F1 >= 0.75)");
console.table(rows);

const own = join(import.meta.dirname, "..", "test", "fixtures", "eval");
const ownRows = scoreArticles(own, own);
console.log("Own held-out articles, test/fixtures/eval (targets on unseen news: mean entity F1 >= 0.85, relation F1 >= 0.50)");
console.table(withMean(ownRows));

const plover = JSON.parse(readFileSync(join(shared, "plover", "dev.json"), "utf8"));
const p = ploverScore(plover.records, { verbose });
console.log("PLOVER gold sentences (targets: records found >= 0.75, event edges of the expected class >= 0.80)");
console.table([{ records: p.records, found: p.found, recall: p.recall, eventEdges: p.eventEdges, expectedClass: p.expectedClassEdges, precision: p.precision }]);
console.table(p.byClass);
if (verbose) console.log(p.misses.join("\n"));
