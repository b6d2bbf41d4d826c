// What a speaker says a measure does or would do takes a stand on it: "said the law would isolate the region"
// criticises the law, "said the deal would protect jobs" supports it (`effects` in triggers.json).
import type { Relation } from "../../graph/types.js";
import triggers from "../../lexicon/triggers.json" with { type: "json" };
import type { Token } from "../types.js";
import { CLAUSE_ENDS, NEGATIONS } from "./lexicon.js";

const EFFECTS = new Map<string, Relation>([
  ...triggers.effects.criticised.map((lemma): [string, Relation] => [lemma, "criticised"]),
  ...triggers.effects.supported.map((lemma): [string, Relation] => [lemma, "supported"]),
]);
/** Words of a verb group before the effect: modals and auxiliaries ("would", "could", "has"), adverbs ("also"). */
const GROUP_TAGS = new Set(["AUX", "ADV", "PART"]);
/** Verbs of speech whose object is who is told ("told reporters the plan was unfair"), not what is said. */
const ADDRESSED = new Set(triggers.addressedSpeech);
/** Tags of the words of an addressee's noun phrase past its determiner: "reporters", "the Senate", "Reuters". */
const ADDRESSEE_TAGS = new Set(["ADJ", "NOUN", "PROPN"]);

/**
 * Where the clause reported by the verb of speech at `verb` starts: after its "that", and past whoever is told
 * ("told reporters that the plan was unfair", "told Reuters the plan was unfair"), who is no part of what is said.
 */
export function reportedClauseStart(tokens: Token[], verb: number): number {
  if (tokens[verb + 1]?.norm === "that") return verb + 2;
  if (!ADDRESSED.has(tokens[verb].lemma)) return verb + 1;
  let k = verb + 1;
  // The addressee: a pronoun alone, or a noun phrase up to the next determiner, which opens the clause.
  if (tokens[k]?.pos === "PRON") k++;
  else {
    if (tokens[k]?.pos === "DET") k++;
    while (k < tokens.length && ADDRESSEE_TAGS.has(tokens[k].pos)) k++;
  }
  if (tokens[k]?.norm === "that") return k + 1;
  return k > verb + 1 && (tokens[k]?.pos === "DET" || tokens[k]?.pos === "PROPN") ? k : verb + 1;
}

/**
 * The stand a verb of speech at `verb` takes through the effect its reported clause gives its subject ("said the tax
 * would hurt households", "saying it breached the treaty"), with where the subject starts; none when denied ("would not
 * harm"). The subject must be a measure, which the caller checks (`measureOnly`).
 */
export function reportedEffect(tokens: Token[], verb: number): { relation: Relation; from: number } | undefined {
  const from = reportedClauseStart(tokens, verb);
  let k = from;
  while (k < tokens.length && k - from < 10 && tokens[k].pos !== "VERB" && tokens[k].pos !== "AUX") {
    if (CLAUSE_ENDS.has(tokens[k].norm) || tokens[k].norm === ",") return undefined;
    k++;
  }
  if (k === from) return undefined;
  while (k < tokens.length && GROUP_TAGS.has(tokens[k].pos)) {
    // "would not harm" denies the effect; "was protected by" says what was done to the subject.
    if (NEGATIONS.has(tokens[k].norm) || tokens[k].lemma === "be") return undefined;
    k++;
  }
  const relation = effectFrom(tokens, k);
  return relation ? { relation, from } : undefined;
}

/**
 * The effect of the verb at `k` or of one coordinated after it in its clause ("would make it transparent and protect
 * Georgia"), a phrasal verb's with its particle ("would scare away investors").
 */
function effectFrom(tokens: Token[], k: number): Relation | undefined {
  if (tokens[k]?.pos !== "VERB") return undefined;
  for (let j = k; j < tokens.length && !CLAUSE_ENDS.has(tokens[j].norm) && tokens[j].norm !== ","; j++) {
    const effect = (j === k || tokens[j - 1].norm === "and") && tokens[j].pos === "VERB" ? (EFFECTS.get(`${tokens[j].lemma} ${tokens[j + 1]?.norm}`) ?? EFFECTS.get(tokens[j].lemma)) : undefined;
    if (effect) return effect;
  }
  return undefined;
}
