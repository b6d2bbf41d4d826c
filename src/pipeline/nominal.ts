// Nouns that name the act of a verb ("postpone" / "postponement", "meet" / "meeting"), by the regular
// derivations of English and a short list of irregular ones, so that a measure named once by a verb phrase
// and once by a noun phrase is one measure.
import lexicon from "../lexicon/proposals.json" with { type: "json" };

const IRREGULAR = new Map(Object.entries(lexicon.nominalisations as Record<string, string[]>));
const VOWELS = /[aeiou]/;

/** A verb's last consonant doubled before a suffix ("ban" / "banning", "cancel" / "cancellation"). */
const doubled = (verb: string) => /[^aeiou][aeiou][bdglmnprt]$/.test(verb) ? verb + verb.at(-1) : verb;

/** The regular nouns of a verb's act: the verb itself ("ban"), -ing, -ment, -al, -ion, -ation, -isation, -ification. */
function regularNouns(verb: string): string[] {
  const stem = verb.endsWith("e") ? verb.slice(0, -1) : verb;
  const nouns = [verb, `${stem}ing`, `${doubled(verb)}ing`, `${verb}ment`, `${stem}al`, `${verb}al`, `${stem}ation`, `${doubled(verb)}ation`];
  if (verb.endsWith("ate")) nouns.push(`${stem}ion`); // negotiate / negotiation
  if (/[ct]$/.test(verb)) nouns.push(`${verb}ion`); // adopt / adoption, elect / election
  if (/(d|de)$/.test(verb)) nouns.push(`${verb.replace(/de?$/, "")}sion`); // suspend / suspension, decide / decision
  if (/mit$/.test(verb)) nouns.push(`${verb.slice(0, -1)}ssion`); // admit / admission
  if (/[iy]ze$|[iy]se$/.test(verb)) nouns.push(`${verb.slice(0, -1)}ation`); // privatise / privatisation
  if (verb.endsWith("ify")) nouns.push(`${verb.slice(0, -1)}ication`); // ratify / ratification
  return nouns.filter((noun) => VOWELS.test(noun));
}

const nounsByVerb = new Map<string, Set<string>>();

/** The nouns (lemmas, singular) that name the act of `verb` (a lemma): "suspend": "suspension", "suspending", ... */
export function actNouns(verb: string): ReadonlySet<string> {
  let nouns = nounsByVerb.get(verb);
  if (!nouns) {
    if (nounsByVerb.size >= 10_000) nounsByVerb.clear(); // bounded over a long corpus
    nouns = new Set([...regularNouns(verb), ...(IRREGULAR.get(verb) ?? [])]);
    nounsByVerb.set(verb, nouns);
  }
  return nouns;
}

/** Whether `noun` (a lemma, singular) names the act of `verb` (a lemma): "suspension" of "suspend". */
export const namesActOf = (noun: string, verb: string): boolean => actNouns(verb).has(noun);
