// National bodies: "the foreign ministry", "Ministry of Defence", "the Russian Defence Ministry", "Turkey's parliament".
import { bodies } from "./data.js";
import { lookupDemonym, lookupName, normaliseName } from "./names.js";
import { phraseKey, portfolioOf } from "./portfolios.js";
import type { BodyHead, Portfolio, StateEntry } from "./types.js";

export interface BodyHit {
  head: BodyHead;
  portfolio?: Portfolio;
}

export interface NationalBodyHit extends BodyHit {
  state: StateEntry;
  /** The phrase that names the body, without its state: "foreign ministry" in "Turkey's foreign ministry". */
  body: string;
}

function bodyKey(phrase: string): string {
  return phraseKey(phrase).replace(/^the /, "");
}

const heads = new Map<string, BodyHead>();
for (const head of bodies.heads) for (const form of [head.noun, ...head.variants]) heads.set(bodyKey(form), head);
const portfolioHeads = bodies.heads.filter((h) => h.takesPortfolio).flatMap((h) => [h.noun, ...h.variants].map((form) => [bodyKey(form), h] as const));

/** The body a phrase without its state names: "armed forces", "Foreign Ministry", "ministry of foreign affairs". */
export function lookupBody(phrase: string): BodyHit | undefined {
  const key = bodyKey(phrase);
  const head = heads.get(key);
  if (head) return { head };
  for (const [form, portfolioHead] of portfolioHeads) {
    const portfolio = portfolioOf(key, [form]);
    if (portfolio) return { head: portfolioHead, portfolio };
  }
  return undefined;
}

/**
 * The head of a body named "{head} of {portfolio}" whose portfolio no list knows: "Department of State", "Ministry of
 * State Security" are ministries, whatever the portfolio words.
 */
export function namedBodyHead(name: string): BodyHead | undefined {
  const at = name.indexOf(" of ");
  return at > 0 ? heads.get(bodyKey(name.slice(0, at))) : undefined;
}

function stateOf(words: string): StateEntry | undefined {
  const bare = words.replace(/['\u2019]s$/, "");
  const demonym = lookupDemonym(bare);
  if (demonym) return demonym.state;
  const name = lookupName(bare);
  return name?.kind === "state" ? name.state : undefined;
}

/**
 * A body of a named state: "{demonym} {body}", "{state} {body}", "{state}'s {body}" or "{body} of {state}".
 * Case matters for the state part ("Russian"), not for the body part.
 */
export function lookupNationalBody(phrase: string): NationalBodyHit | undefined {
  const words = normaliseName(phrase).replace(/^the /, "").split(" ");
  for (let split = 1; split < words.length; split++) {
    const state = stateOf(words.slice(0, split).join(" "));
    const phrase = words.slice(split).join(" ");
    const body = state && lookupBody(phrase);
    if (state && body) return { ...body, state, body: phrase };
  }
  const text = words.join(" ");
  for (let at = text.lastIndexOf(" of "); at > 0; at = text.lastIndexOf(" of ", at - 1)) {
    const state = stateOf(text.slice(at + 4));
    const phrase = text.slice(0, at);
    const body = state && lookupBody(phrase);
    if (state && body) return { ...body, state, body: phrase };
  }
  return undefined;
}
