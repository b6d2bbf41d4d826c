// Extraction speed (issue 3): words/s of the full pipeline next to the tokenizer/tagger alone (wink-nlp
// reading the same texts, sentences and POS tags), measured side by side in one run on the same texts.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { extract } from "../lib/pipeline/extract.js";
import { newsCorpus, sampleArticle } from "./news-corpus.mjs";

const ARTICLES = Number(process.env.PIPELINE_ARTICLES ?? 400);

export default async function run() {
  const article = newsCorpus(11);
  const docs = [sampleArticle(), ...Array.from({ length: ARTICLES }, (_, i) => article(i))];
  const words = docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);
  const nlp = winkNLP(model, ["sbd", "pos"]);
  const its = nlp.its;
  const tagger = () => { for (const d of docs) nlp.readDoc(d.text).tokens().out(its.pos); };
  const pipeline = () => { for (const d of docs) extract(d); };
  tagger(); pipeline(); // warm up both
  const rounds = [];
  for (let r = 0; r < 3; r++) {
    // Alternate the two so a noisy neighbour weighs on both alike.
    const t0 = performance.now(); tagger(); const t1 = performance.now(); pipeline(); const t2 = performance.now();
    rounds.push({ tagger: t1 - t0, pipeline: t2 - t1 });
  }
  const best = (k) => Math.min(...rounds.map((r) => r[k])) / 1000;
  const rate = (s) => Math.round(words / s).toLocaleString("en");
  console.log(`${docs.length} articles (the sample and synthetic news text from bench/news-corpus.mjs), ${words.toLocaleString("en")} words; best of 3 alternating rounds, one process.`);
  console.table([
    { stage: "tokenizer/tagger alone (wink-nlp: sentences, tokens, POS)", seconds: best("tagger").toFixed(2), "words/s": rate(best("tagger")) },
    { stage: "full pipeline (clean, NLP, mentions, resolution, relations)", seconds: best("pipeline").toFixed(2), "words/s": rate(best("pipeline")) },
  ]);
  console.log(`pipeline / tagger throughput: ${(best("tagger") / best("pipeline")).toFixed(2)} (target >= 0.5)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
