// Acts done "in protest": "The party quit the cabinet in protest at the pension reform" is the party's protest
// against the reform, whatever the act was.
import { predicate, type RelationContext } from "./context.js";
import { emit, withStates } from "./emit.js";
import { CLAUSE_ENDS, isInProtest } from "./lexicon.js";
import { measuresAfter } from "./object.js";
import { subjectOf } from "./subject.js";

/** Prepositions of what a protest is against: "in protest at", "in protest against", "in protest over". */
const PROTESTED = new Set(["at", "against", "over"]);

/** The subject of the clause before "in protest at X" protests the measures X names. */
export function protestClaims(cx: RelationContext) {
  const { tokens, quoted } = cx;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!isInProtest(tokens, k) || !PROTESTED.has(tokens[k + 1].norm)) continue;
    let verb = k - 2;
    while (verb >= 0 && tokens[verb].pos !== "VERB" && !CLAUSE_ENDS.has(tokens[verb].norm)) verb--;
    if (tokens[verb]?.pos !== "VERB" || quoted.has(verb)) continue;
    const actors = withStates(cx, subjectOf(cx, verb));
    const targets = actors.length ? measuresAfter(cx, k + 2) : [];
    if (targets.length) emit(cx, actors, targets, predicate({ relation: "protested", at: k, after: k + 1 }));
  }
}
