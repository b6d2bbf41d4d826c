// Claims from predicates: evidence, who reported them, and the actors behind national bodies.
import type { Evidence, Quad, Relation } from "../../graph/types.js";
import triggers from "../../lexicon/triggers.json" with { type: "json" };
import type { Claim, Token } from "../types.js";
import { actorsIn, typeOf, type Predicate, type RelationContext } from "./context.js";
import { AFFILIATIONS, SPEECH } from "./lexicon.js";
import { subjectOf } from "./subject.js";

const CLASSES = new Map(Object.entries(triggers.classes as Record<string, { plover: string; quad: string }>));
/** Relations that ask for, offer or threaten an act. */
const ASKING = new Set<Relation>(["demanded", "proposed", "threatened"]);

function evidence(cx: RelationContext): Evidence {
  const { options, sentence } = cx;
  return { doc: options.doc, sentence: sentence.index, start: sentence.start, end: sentence.end, text: options.input.slice(sentence.start, sentence.end) };
}

/** Claims from each source to each other target, with the sentence as evidence and who reported it. */
export function emit(cx: RelationContext, sources: number[], targets: number[], p: Predicate) {
  const { entities, claims } = cx;
  let report: Report | null = null; // found at the first claim: it is the same for all
  for (const s of sources) for (const t of targets) {
    if (s === t) continue;
    if (report === null) report = AFFILIATIONS.has(p.relation) ? NO_REPORT : reportOf(cx, p.at);
    // "North Korea fired a missile, South Korea's military said": who reports an act is not what it was on.
    if (report.tail >= 0 && onlyFrom(cx, t, report.tail)) continue;
    const ev = evidence(cx);
    const reporter = report.reporter;
    if (reporter !== undefined && !sources.includes(reporter)) ev.reportedBy = entities[reporter].label;
    // "urged X to drop the bill": asking for, offering or threatening an act that contests a measure rejects it;
    // refusing one ("refused to withdraw the tax") keeps the measure, a stand PLOVER codes as the refusal it is.
    const contested = cx.contested.has(t);
    const upholds = contested && p.relation === "rejected";
    const contests = contested && ASKING.has(p.relation);
    const relation = contests ? "rejected" : upholds ? "supported" : p.relation;
    const cls = CLASSES.get(relation);
    const claim: Claim = { source: s, target: t, relation, evidence: ev };
    const plover = upholds ? "REJECT" : (contests ? undefined : p.plover) ?? (p.negated && relation === "agreed" ? "REJECT" : cls?.plover);
    if (plover) claim.plover = plover;
    if (cls) claim.quad = cls.quad as Quad;
    if (p.negated) claim.negated = true;
    if (p.intent) claim.intent = true;
    claims.push(claim);
  }
}

/** The co-actors of a joint act: not the body a person serves ("WTO Director-General X met"). */
export function counterparts(cx: RelationContext, sources: number[]): number[] {
  return sources.slice(1).filter((e) => !cx.claims.some((c) => AFFILIATIONS.has(c.relation) && ((c.source === e && c.target === sources[0]) || (c.source === sources[0] && c.target === e))));
}

/** Actors with the states their national bodies act for, each once. */
export function withStates(cx: RelationContext, actors: number[]): number[] {
  const { stateOfBody } = cx;
  // Mostly no actor is a national body: then only the duplicates go.
  if (!actors.some((a) => stateOfBody.has(a))) return actors.length < 2 ? actors.slice() : [...new Set(actors)];
  return [...new Set([...actors, ...actors.flatMap((a) => stateOfBody.get(a) ?? [])])];
}

/** Who reports a claim, and where a report placed after the claim starts ("<claim>, X said."), or -1. */
interface Report {
  reporter: number | undefined;
  tail: number;
}

const NO_REPORT: Report = { reporter: undefined, tail: -1 };

/**
 * Who reports a claim made at token `at`: "according to X", "X said (that) <claim>",
 * "<claim>, X said." No reporter when the actor speaks for itself.
 */
function reportOf(cx: RelationContext, at: number): Report {
  const { tokens, quoted } = cx;
  const according = tokens.findIndex((t, k) => t.norm === "according" && tokens[k + 1]?.norm === "to");
  if (according >= 0) {
    const named = actorsIn(cx, according + 2, tokens.length);
    return { reporter: named.find((e) => typeOf(cx, e) === "person") ?? named[0], tail: according > at && tokens[according - 1]?.norm === "," ? according - 1 : -1 };
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.pos !== "VERB" || !SPEECH.has(t.lemma) || quoted.has(k) || k === at) continue;
    const postposed = k > at && !clauseAfter(tokens, k + 1);
    if (k > at && !postposed) continue;
    const speaker = subjectOf(cx, k);
    if (speaker.length === 1) return { reporter: speaker[0], tail: postposed ? tailStart(tokens, at, k) : -1 };
  }
  return NO_REPORT;
}

/** The comma that opens a report placed after the claim at `at` ("..., officials in Kyiv said"), with no verb between; or -1. */
function tailStart(tokens: Token[], at: number, speech: number): number {
  for (let k = speech - 1; k > at; k--) {
    if (tokens[k].norm === ",") return k;
    if (tokens[k].pos === "VERB" || tokens[k].pos === "AUX") return -1;
  }
  return -1;
}

/** Whether entity `e` is named in the sentence, and only from token `from` on. */
function onlyFrom(cx: RelationContext, e: number, from: number): boolean {
  const { ids, mentions, entitiesOf } = cx;
  let named = false;
  for (const id of ids) {
    if (!entitiesOf[id].includes(e)) continue;
    if (mentions[id].first < from) return false;
    named = true;
  }
  return named;
}

/** Whether a verb or "that" follows from token `from`: a verb of speech before it opens the clause it reports. */
function clauseAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) if (tokens[k].pos === "VERB" || tokens[k].norm === "that") return true;
  return false;
}
