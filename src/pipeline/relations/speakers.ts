// Who heads or serves a side takes the stands on measures they report of it: "Finance Minister X said Zambia would not
// accept the deal", "President Y said Belgrade was open to talks", and the acts they announce of it; and a body takes
// its spokesperson's stands.
import type { Claim } from "../types.js";
import { typeOf, type RelationContext } from "./context.js";
import { SERVING, SPEECH, VERBAL } from "./lexicon.js";
import { subjectOf } from "./subject.js";

/**
 * Stands on measures among the sentence's claims from claim `from` on whose source is a state or organisation that a
 * person reporting them heads or serves ("President X said Belgrade would not support sanctions"): the person's too.
 * So are the acts they announce the side will take ("said the government would raise fees"); a spokesperson only voices.
 */
export function speakerClaims(cx: RelationContext, from: number) {
  const { tokens, claims, quoted } = cx;
  const sides = claims.slice(from).filter((c) => (STANCES.has(c.relation) || announced(c)) && SIDES.has(typeOf(cx, c.source)) && typeOf(cx, c.target) === "proposal");
  if (!sides.length) return;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].pos !== "VERB" || !SPEECH.has(tokens[k].lemma) || quoted.has(k)) continue;
    for (const speaker of subjectOf(cx, k)) {
      if (typeOf(cx, speaker) !== "person") continue;
      for (const c of sides) if (reportedAfter(cx, c.source, k) && servedBy(cx, c.source, speaker) && !claimed(cx, from, speaker, c)) claims.push(spokenBy(cx, c, speaker));
    }
  }
}

const SIDES = new Set(["state", "organisation"]);
/** Stands taken: a side's support or rejection of a measure, which the gold and PLOVER give its leaders too. */
const STANCES = new Set(["supported", "rejected"]);
/** An act the side states it will take ("said Ankara was ready to reopen the border", "said the bloc would create a
 * panel"): the gold credits the minister or leader who announces it too; a done act reported ("had put forward") not. */
const announced = (c: Claim) => c.relation === "proposed" && c.intent === true;

/** Whether the sentence names `side` after the verb of speech at `verb`, in what it reports ("said Belgrade would"). */
const reportedAfter = (cx: RelationContext, side: number, verb: number) => cx.ids.some((id) => cx.mentions[id].first > verb && cx.entitiesOf[id].includes(side));

/** Whether person `person` heads or serves `side`, as a claim so far says (a spokesperson only voices its stands). */
const servedBy = (cx: RelationContext, side: number, person: number) => cx.claims.some((c) => c.source === person && c.target === side && SERVING.has(c.relation));

/** Whether the sentence's claims from `from` on already give `source` the relation of `c` to its target. */
function claimed({ claims }: RelationContext, from: number, source: number, c: Claim): boolean {
  for (let k = from; k < claims.length; k++) {
    const d = claims[k];
    if (d.source === source && d.target === c.target && d.relation === c.relation && d.negated === c.negated) return true;
  }
  return false;
}

/** Claim `c` made by `speaker`, who is no longer its reporter. */
function spokenBy(cx: RelationContext, c: Claim, speaker: number): Claim {
  const { reportedBy, ...evidence } = c.evidence;
  const reporter = reportedBy !== undefined && reportedBy !== cx.entities[speaker].label ? { reportedBy } : {};
  return { ...c, source: speaker, evidence: { ...evidence, ...reporter } };
}

/** "Its spokeswoman, X, urged the central bank to ...": what a spokesperson says (`VERBAL`) the body it speaks for says. */
export function spokespersonClaims(cx: RelationContext, from: number) {
  const { claims } = cx;
  const sidesOf = spokenFor(cx);
  for (const c of claims.slice(from)) {
    if (!VERBAL.has(c.relation) || typeOf(cx, c.source) !== "person") continue;
    for (const side of sidesOf.get(c.source) ?? []) {
      if (side !== c.target && !claimed(cx, from, side, c)) claims.push({ ...c, source: side, evidence: { ...c.evidence, reportedBy: cx.entities[c.source].label } });
    }
  }
}

/** The sides each person speaks for, indexed as the document's claims grow, so that no sentence scans them all again. */
function spokenFor(cx: RelationContext): Map<number, number[]> {
  const index = cx.spokespeople;
  for (; index.read < cx.claims.length; index.read++) {
    const tie = cx.claims[index.read];
    if (tie.relation !== "spokesperson_of" || !SIDES.has(typeOf(cx, tie.target))) continue;
    const sides = index.sidesOf.get(tie.source);
    if (sides) sides.push(tie.target);
    else index.sidesOf.set(tie.source, [tie.target]);
  }
  return index.sidesOf;
}
