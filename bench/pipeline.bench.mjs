// Extraction speed (issue 3): words/s of the full pipeline next to the tokenizer/tagger alone, measured side
// by side in one run on the same texts. The tagger side is what a wink-nlp user runs for sentences, tokens
// and POS tags: readDoc, then the token values, their tags and the sentence spans.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { extract } from "../lib/pipeline/extract.js";
import { newsCorpus, sampleArticle } from "./news-corpus.mjs";

const ARTICLES = Number(process.env.PIPELINE_ARTICLES ?? 400);
const ROUNDS = Number(process.env.PIPELINE_ROUNDS ?? 5);
/** The real articles are few: each round reads them this many times, so their timing is not all noise. */
const REAL_REPEATS = Number(process.env.PIPELINE_REAL_REPEATS ?? 10);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Real news text: the sample article and the evaluation fixtures (test/fixtures/eval/*.txt). */
function realArticles() {
  const dir = join(root, "test/fixtures/eval");
  const fixtures = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()
    .map((f) => ({ id: f.slice(0, -".txt".length), text: readFileSync(join(dir, f), "utf8") }));
  return [sampleArticle(), ...fixtures];
}

const wordsOf = (docs) => docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);

export default async function run() {
  const article = newsCorpus(11);
  const real = realArticles();
  const corpora = {
    synthetic: Array.from({ length: ARTICLES }, (_, i) => article(i)),
    real: Array.from({ length: REAL_REPEATS }, () => real).flat(),
  };
  const nlp = winkNLP(model, ["sbd", "pos"]);
  const its = nlp.its;
  const tagger = (docs) => {
    for (const d of docs) {
      const doc = nlp.readDoc(d.text);
      const tokens = doc.tokens();
      tokens.out(its.value);
      tokens.out(its.pos);
      doc.sentences().out(its.span);
    }
  };
  const pipeline = (docs) => { for (const d of docs) extract(d); };
  const sides = { tagger, pipeline };
  for (const docs of Object.values(corpora)) { tagger(docs); pipeline(docs); } // warm up both
  const best = {}; // best[corpus][side], seconds
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate the two so a noisy neighbour weighs on both alike.
    for (const [name, docs] of Object.entries(corpora)) {
      for (const [side, read] of Object.entries(sides)) {
        const t0 = performance.now();
        read(docs);
        const seconds = (performance.now() - t0) / 1000;
        best[name] ??= {};
        best[name][side] = Math.min(best[name][side] ?? Infinity, seconds);
      }
    }
  }
  const words = { synthetic: wordsOf(corpora.synthetic), real: wordsOf(corpora.real) };
  words.all = words.synthetic + words.real;
  best.all = { tagger: best.synthetic.tagger + best.real.tagger, pipeline: best.synthetic.pipeline + best.real.pipeline };
  const rate = (name, side) => Math.round(words[name] / best[name][side]).toLocaleString("en");
  console.log(`synthetic: ${ARTICLES} articles from bench/news-corpus.mjs, ${words.synthetic.toLocaleString("en")} words; ` +
    `real: the sample and ${real.length - 1} evaluation fixtures read ${REAL_REPEATS} times, ${words.real.toLocaleString("en")} words. ` +
    `Best of ${ROUNDS} alternating rounds, one process.`);
  console.table(["synthetic", "real", "all"].map((name) => ({
    texts: name,
    "tagger alone (wink-nlp: sentences, tokens, POS) words/s": rate(name, "tagger"),
    "full pipeline (clean, NLP, mentions, resolution, relations) words/s": rate(name, "pipeline"),
    "pipeline / tagger": (best[name].tagger / best[name].pipeline).toFixed(2),
  })));
  console.log(`pipeline / tagger throughput, all texts: ${(best.all.tagger / best.all.pipeline).toFixed(2)} (target >= 0.5)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
