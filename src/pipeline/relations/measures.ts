// Measures named or pointed back to ("the proposal", "the decision"), and lists of what a nominal predicate is about.
import { namesActOf } from "../nominal.js";
import { headForm, opensReason, PROPOSAL_WORDS, proposalLabel } from "../proposals.js";
import type { Mention, Token } from "../types.js";
import { finiteVerb, typeOf, type Predicate, type RelationContext } from "./context.js";
import { nounPhraseLabel } from "./labels.js";
import { ACTORS, ANAPHORS, DEFINITE, ENDINGS, GENERIC_DEALS, MEASURE_KINDS, NOT_MEASURES, OBJECT_OPENERS, PROPOSAL_RELATIONS, TIME_WORDS } from "./lexicon.js";
import { inProposalLabel, knownProposal, nounMeasureEntity, proposalEntity } from "./proposal-entities.js";

/** Words after a noun that make it a new description, not a pointer back ("the decision to", "the plan for"). */
const COMPLEMENTS = new Set(["of", "for", "to", "on", "that", "against", "by", "between", "with"]);

/** The proposal an apposition describes: "debt relief, a key demand of Mali". */
export function proposalBefore(cx: RelationContext, at: number): number {
  const { tokens, mentions, entitiesOf, mentionAt, resolution } = cx;
  for (let k = at - 1; k >= 0; k--) {
    const id = mentionAt.get(k);
    if (id !== undefined && mentions[id].kind === "proposal") return entitiesOf[id][0] ?? -1;
    if (tokens[k].pos === "NOUN" && [",", "—", "–", "-", "”"].includes(tokens[k + 1]?.norm ?? "")) {
      const act = PROPOSAL_WORDS.has(tokens[k].lemma) ? undefined : actEnding(cx, k);
      if (act !== undefined) return act;
      const label = nounPhraseLabel(tokens, k);
      return label && !NOT_MEASURES.has(tokens[k].norm) ? proposalEntity(label, resolution) : -1;
    }
    if (tokens[k].pos === "VERB") break;
  }
  return -1;
}

/**
 * The act a verb phrase ending at `end` names, if a claim of this sentence is on it ("agreed to suspend attacks on
 * oil infrastructure, a long-standing demand of X": the suspension is the demand, not the infrastructure).
 */
function actEnding(cx: RelationContext, end: number): number | undefined {
  const { tokens, claims, sentence, resolution } = cx;
  let verb = end;
  while (verb >= 0 && tokens[verb].pos !== "VERB" && ![",", ";", ":"].includes(tokens[verb].norm)) verb--;
  if (tokens[verb]?.pos !== "VERB") return undefined;
  const named = `${tokens[verb].lemma} `;
  for (let c = claims.length - 1; c >= 0 && claims[c].evidence.sentence === sentence.index; c--) {
    const target = resolution.entities[claims[c].target];
    if (target?.entityType === "proposal" && target.aliases.some((name) => name.startsWith(named))) return target.id;
  }
  return undefined;
}

/** Targets listed after position `from`: "demands for A, B and C", "include A, B, and C". */
export function listAfter(cx: RelationContext, from: number, relation: string): number[] {
  const { tokens, mentions, entitiesOf, mentionAt, startsAt } = cx;
  const out: number[] = [];
  let k = from;
  while (k < tokens.length) {
    const id = startsAt.get(k) ?? mentionAt.get(k);
    if (id !== undefined) {
      const m = mentions[id];
      const es = entitiesOf[id];
      const listed = m.kind === "proposal" || (!PROPOSAL_RELATIONS.has(relation) && es.some((e) => ACTORS.has(typeOf(cx, e))));
      if (!listed) { k++; continue; }
      for (const e of es) if (!out.includes(e)) out.push(e);
      // Skip the rest of this item, up to the next separator.
      k = itemEnd(cx, m.last);
      continue;
    }
    const t = tokens[k];
    // "Kenya's demand for an end of the blockade": an ending that opens an item is the item, not what it ends (as an
    // object is read); not one in a phrase of time ("talks by the end of the year").
    const ending = t.pos === "NOUN" && ENDINGS.has(t.norm) && ["of", "to"].includes(tokens[k + 1]?.norm ?? "") && opensItem(tokens, from, k) ? endingLabel(cx, k) : "";
    if (ending) {
      const e = nounMeasureEntity(ending, cx.resolution);
      if (!out.includes(e)) out.push(e);
      k = itemEnd(cx, k);
      continue;
    }
    if ([",", "and", "the", "a", "an", "as", "well", "all", "of"].includes(t.norm) || t.pos === "DET" || t.pos === "ADJ" || t.pos === "ADV") { k++; continue; }
    if (finiteVerb(cx, k) || t.norm === ";" || t.norm === "." || t.norm === "which") break;
    k++;
    if (k - from > 60) break;
  }
  return out;
}

/**
 * The label of a noun of ending at `k` and what it ends: the measure as the text names it when one follows its
 * preposition ("the end of the ban on grain imports": "end of ban on grain imports"), else its noun phrase ("end to fighting").
 */
export function endingLabel(cx: RelationContext, k: number): string {
  const { tokens, mentions, startsAt } = cx;
  let j = k + 2;
  while (tokens[j]?.pos === "DET") j++;
  const id = startsAt.get(j);
  return id !== undefined && mentions[id].kind === "proposal" ? `${tokens[k].norm} ${tokens[k + 1].norm} ${mentions[id].canonical}` : nounPhraseLabel(tokens, k);
}

/** Whether the noun at `k` opens an item of the list from `from`: only determiners and adjectives after the list's start or a separator. */
function opensItem(tokens: Token[], from: number, k: number): boolean {
  let opener = k - 1;
  while (opener >= from && (tokens[opener].pos === "DET" || tokens[opener].pos === "ADJ")) opener--;
  return opener < from || tokens[opener].norm === "," || tokens[opener].norm === "and";
}

/** Where the item of a list at `k` ends: the next separator or finite verb. */
function itemEnd(cx: RelationContext, k: number): number {
  while (k < cx.tokens.length && ![",", ";", "and", "as"].includes(cx.tokens[k].norm) && !finiteVerb(cx, k)) k++;
  return k;
}

/** The colon that opens a list after `from`, past a short phrase of place or means ("its conditions in a communique:"), or -1. */
export function colonAfter(cx: RelationContext, from: number): number {
  const { tokens } = cx;
  for (let k = from; k < tokens.length && k - from <= 6; k++) {
    if (tokens[k].norm === ":") return k;
    if (!["ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(tokens[k].pos)) return -1;
  }
  return -1;
}

/** Pronouns that open a relative clause after a noun. */
const RELATIVE_PRONOUNS = new Set(["that", "which"]);
/** Items of a list longer than this are no measure's name. */
const MAX_ITEM_WORDS = 8;

/**
 * The measures a list after a colon names, from `from` to the sentence's end: "three changes: a global cap on
 * production, a phase-out of additives and rules on design". An item is the proposal named in it, else its words.
 */
export function itemsAfter(cx: RelationContext, from: number): number[] {
  const { tokens, mentions, entitiesOf, startsAt, resolution } = cx;
  const out: number[] = [];
  for (let k = from; k < tokens.length && ![".", ";", ":"].includes(tokens[k].norm); ) {
    let end = k;
    let item: number[] = [];
    // "an end to the ban on rallies": a proposal named inside an item is the item only when it names the item's head.
    let head = k;
    while (head < tokens.length && ["DET", "ADJ", "ADV", "NUM"].includes(tokens[head].pos)) head++;
    // "an end to the ban on rallies that has been in force since 2022": a relative clause after the item's noun ends it.
    const relative = (j: number) => RELATIVE_PRONOUNS.has(tokens[j].norm) && tokens[j - 1]?.pos === "NOUN" && j > head;
    while (end < tokens.length && ![",", "and", ".", ";", ":"].includes(tokens[end].norm) && !relative(end)) {
      const id = startsAt.get(end);
      if (!item.length && id !== undefined && mentions[id].kind === "proposal" && entitiesOf[id].length && mentions[id].first <= head && mentions[id].last > head) {
        item = entitiesOf[id];
        end = Math.max(end, mentions[id].last - 1);
      }
      end++;
    }
    // An item of its own words is a common noun phrase: not a name in apposition, nor a clause ("while the complaints are heard").
    const phrase = tokens.slice(k, end);
    const plain = tokens[head]?.pos === "NOUN" && tokens[head].text === tokens[head].norm && !cx.mentionAt.has(head) && !phrase.some((t) => t.pos === "AUX" || t.pos === "SCONJ");
    if (!item.length && end - k <= MAX_ITEM_WORDS && plain) {
      const label = proposalLabel(tokens, { first: k, last: end });
      if (label) item = [proposalEntity(label, resolution)];
    }
    for (const e of item) if (!out.includes(e)) out.push(e);
    k = end + 1;
  }
  return out;
}

/** The first measure named in the clause after `from`: "blocked U.S. group X's takeover of Y" blocked the takeover. */
export function measureAfter(cx: RelationContext, from: number): number[] {
  const { tokens, resolution } = cx;
  for (let k = from; k < tokens.length && ![",", ";", ".", ":"].includes(tokens[k].norm) && !(finiteVerb(cx, k) && k > from); k++) {
    const measure = measureAt(cx, k);
    if (measure) return measure;
    // "resisted a binding code": a measure named before by the same words.
    if (tokens[k].pos === "NOUN") {
      const known = knownProposal(nounPhraseLabel(tokens, k), resolution);
      if (known !== undefined) return [known];
    }
  }
  return [];
}

/** Tags of the words before a subject's name or title that belong to its phrase ("Cambodian", "Sami"). */
const SUBJECT_MODIFIERS = new Set(["ADJ", "PROPN"]);

/**
 * "keeping troops there, a demand Hamas has rejected": a clause whose subject follows a described
 * measure acts on the measure the sentence has just named.
 */
export function describedBefore(cx: RelationContext, p: Predicate): number[] {
  const { tokens, mentions, mentionAt, claims, sentence } = cx;
  let k = p.at - 1;
  while (k >= 0 && (tokens[k].pos === "AUX" || tokens[k].pos === "ADV" || tokens[k].pos === "PART")) k--;
  const id = mentionAt.get(k);
  if (id === undefined || mentions[id].kind === "proposal") return [];
  // The subject's title, its modifiers and its article open it too: "a measure Cambodian Commerce Minister X criticised",
  // "an offer the village turned down".
  let first = mentions[id].titleFirst ?? mentions[id].first;
  while (first > 1 && !ANAPHORS.has(tokens[first - 1].norm) && (tokens[first - 1].norm === "the" || SUBJECT_MODIFIERS.has(tokens[first - 1].pos))) first--;
  const kind = ANAPHORS.get(tokens[first - 1]?.norm ?? "");
  if (!kind || tokens[first - 2]?.pos !== "DET" || tokens[first - 3]?.norm !== ",") return [];
  const named = claims.filter((c) => c.evidence.sentence === sentence.index && typeOf(cx, c.target) === "proposal");
  const meant = named.filter((c) => MEASURE_KINDS[c.relation]?.includes(kind));
  return (meant.length ? meant : named).slice(-1).map((c) => c.target);
}

/** The measure named or pointed back to ("the decision") at word `k`, if any. */
export function measureAt(cx: RelationContext, k: number): number[] | undefined {
  const meant = antecedent(cx, k);
  if (meant?.length) return meant;
  const id = cx.startsAt.get(k);
  return id !== undefined && cx.mentions[id].kind === "proposal" && cx.entitiesOf[id].length ? cx.entitiesOf[id] : undefined;
}

/**
 * What a definite description of a measure points back to ("the measure", "both remedies",
 * "the proposal", "the text"): the measure of the latest claim of its kind. A decision to block
 * something ("criticised the decision" after "X blocked the deal") is a stand on who decided.
 */
export function antecedent(cx: RelationContext, k: number): number[] | undefined {
  const { tokens, mentions, mentionAt, measures } = cx;
  if (!DEFINITE.has(tokens[k].norm)) return undefined;
  let n = k + 1;
  while (tokens[n] && (tokens[n].pos === "ADJ" || tokens[n].text === "-")) n++;
  // "the plan for X" describes a new measure; "the offer on Sunday" points back.
  // "criticised the deal for ignoring X" points back: the reason is no complement.
  const complement = COMPLEMENTS.has(tokens[n + 1]?.norm ?? "") && !TIME_WORDS.has(tokens[n + 2]?.norm ?? "") && !opensReason(tokens, n + 1);
  if (tokens[n]?.pos !== "NOUN" || complement || tokens[n + 1]?.pos === "NOUN") return undefined;
  const kind = ANAPHORS.get(tokens[n].norm);
  const named = mentionAt.get(n);
  if (named !== undefined && (!kind || (mentions[named].kind === "proposal" && !ANAPHORS.has(mentions[named].canonical)))) return undefined;
  // "the text" after "a compromise text", "the compromise" after it too: the measure named before by the same noun.
  const same = namedBefore(cx, k, headForm(tokens[n].lemma));
  if (same !== undefined) return [same];
  if (!kind) return enactedBy(cx, tokens[n].lemma);
  if (kind === "agreement") {
    const deal = latestDeal(cx, k);
    return deal === undefined ? [] : [deal];
  }
  const plural = tokens[k].norm === "both" || tokens[k].norm === "these" || tokens[n].norm.endsWith("s");
  // "welcomed the ruling": a ruling is a body's decision (a court's, a regulator's), never one a person or state enacted.
  const ruling = tokens[n].norm === "ruling";
  for (let c = measures.length - 1; c >= 0; c--) {
    const named = measures[c];
    if (!named.kinds.includes(kind) || (ruling && !named.sources.every((e) => typeOf(cx, e) === "organisation"))) continue;
    if (kind === "decision" && named.blocking) return named.sources;
    return plural ? named.targets : named.targets.slice(-1);
  }
  // "upheld a ban on X ... called the decision a farce": with no measure enacted, the one the text last took a stand on.
  return kind === "decision" && !ruling ? latestStanceTarget(cx, (label) => !ANAPHORS.has(label)) : [];
}

/**
 * "the court ruled that the decree was void ... welcomed the ruling": a bare "the ruling" judged with no decision enacted
 * before is the ruling itself, which "the court's decision" later names again (one a person or state enacted, "banned
 * X ... the ruling", is meant otherwise).
 */
export function rulingItself(cx: RelationContext, k: number): number | undefined {
  const { tokens, measures } = cx;
  if (tokens[k]?.norm !== "the" || tokens[k + 1]?.norm !== "ruling" || tokens[k + 2]?.pos === "NOUN" || COMPLEMENTS.has(tokens[k + 2]?.norm ?? "")) return undefined;
  return measures.some((named) => named.kinds.includes("decision")) ? undefined : proposalEntity("ruling", cx.resolution);
}

/** "approved a permit ... criticised the approval": the latest measure enacted by the verb whose act the noun names. */
function enactedBy(cx: RelationContext, noun: string): number[] | undefined {
  const enacted = cx.measures.findLast((m) => namesActOf(noun, m.verb));
  return enacted?.targets.slice(-1);
}

/** How many sentences back a stand on a measure may be to be what a description points back to. */
const STANCE_REACH = 2;

/** The measure of the latest claim within the last sentences whose label passes `fits`: what a description may mean. */
function latestStanceTarget(cx: RelationContext, fits: (label: string) => boolean): number[] {
  const { claims, entities, sentence } = cx;
  for (let c = claims.length - 1; c >= 0 && claims[c].evidence.sentence >= sentence.index - STANCE_REACH; c--) {
    const target = entities[claims[c].target];
    if (target?.entityType === "proposal" && fits(target.label)) return [claims[c].target];
  }
  return [];
}

/** The latest proposal named before token `k` of this sentence, or in a claim, with `word` in its label. */
function namedBefore(cx: RelationContext, k: number, word: string): number | undefined {
  const { resolution } = cx;
  if (!inProposalLabel(word, resolution)) return undefined;
  return latestProposal(cx, k, 0, (e) => resolution.entities[e].label.split(" ").some((w) => headForm(w) === word));
}

/**
 * The measure an object "it" at word `k` stands for ("urged the ministry to suspend it"): the latest proposal named
 * before it in its sentence or the one before, or in a claim of theirs; none for an indirect object ("give it the terms") or before a complement of the verb.
 */
export function pronounMeasure(cx: RelationContext, k: number): number | undefined {
  const { tokens, sentence } = cx;
  if (tokens[k]?.norm !== "it" || OBJECT_OPENERS.has(tokens[k + 1]?.pos ?? "") || VERB_COMPLEMENTS.has(tokens[k + 1]?.norm ?? "")) return undefined;
  return latestProposal(cx, k, sentence.index - 1, () => true);
}
/** Words after an object that complete its verb, where "it" is as often a thing or a state ("recognise it as", "put it on hold", "pair it with"). */
const VERB_COMPLEMENTS = new Set(["as", "on", "with", "into", "to", "from", "for", "off", "up", "down", "out", "back"]);

/** The latest proposal that `fits`, named before token `k` of this sentence or in sentences back to `first`, or in a claim of theirs. */
function latestProposal(cx: RelationContext, k: number, first: number, fits: (e: number) => boolean): number | undefined {
  const { mentions, entitiesOf, sentence, bySentence, claims, resolution } = cx;
  const has = (e: number | undefined) => e !== undefined && resolution.entities[e].entityType === "proposal" && fits(e);
  let c = claims.length - 1;
  for (let s = sentence.index; s >= Math.max(0, first); s--) {
    for (; c >= 0 && claims[c].evidence.sentence >= s; c--) if (claims[c].evidence.sentence === s && has(claims[c].target)) return claims[c].target;
    const ids = (bySentence.get(s) ?? []).filter((id) => mentions[id].kind === "proposal" && (s < sentence.index || mentions[id].last <= k));
    for (let i = ids.length - 1; i >= 0; i--) if (has(entitiesOf[ids[i]][0])) return entitiesOf[ids[i]][0];
  }
  return undefined;
}

/** The latest deal, agreement or treaty named before token `k` of this sentence. */
function latestDeal(cx: RelationContext, k: number): number | undefined {
  const { mentions, entitiesOf, sentence, bySentence } = cx;
  for (let s = sentence.index; s >= 0; s--) {
    const isDeal = (m: Mention) => GENERIC_DEALS.has(m.head ?? "") || m.text.toLowerCase().split(/\s+/).some((w) => GENERIC_DEALS.has(w));
    const found = (bySentence.get(s) ?? []).filter((id) => mentions[id].kind === "proposal" && isDeal(mentions[id]) && entitiesOf[id].length && (s < sentence.index || mentions[id].last <= k));
    if (found.length) return entitiesOf[found.at(-1)!][0];
  }
  return undefined;
}
