// Role titles: "Defence Minister", "deputy head of delegation", "Minister of Veterans Affairs", "Gen.".
import { roles } from "./data.js";
import { lookupBody, type BodyHit } from "./bodies.js";
import { normaliseName } from "./names.js";
import { phraseKey, portfolioOf } from "./portfolios.js";
import type { Honorific, Portfolio, RoleEntry, RoleRelation } from "./types.js";

export interface RoleHit {
  /** The lexicon role; "minister" or "secretary" for a title built from a portfolio. */
  role: RoleEntry;
  /** The role's relation after its modifiers: a deputy of a leader is a member. */
  relation: RoleRelation;
  portfolio?: Portfolio;
  /** Qualifiers found around the title, in reading order ("deputy", "acting", "former", "-elect"). */
  modifiers: string[];
  /** The national body the title is held in: "foreign ministry" in "foreign ministry spokeswoman". */
  body?: BodyHit;
}

/** Modifiers that make the holder someone below the head rather than the head. */
const SUBORDINATE = new Set(["deputy", "vice", "first deputy", "assistant", "under", "junior", "co-"]);

const byTitle = new Map<string, RoleEntry>();
const byAbbreviation = new Map<string, RoleEntry>();
for (const role of roles.roles) {
  for (const form of [role.title, ...role.variants]) if (!byTitle.has(phraseKey(form))) byTitle.set(phraseKey(form), role);
  // Abbreviations keep their case: "Gen." is a title, "gen." is not.
  for (const form of role.abbreviations ?? []) if (!byAbbreviation.has(normaliseName(form))) byAbbreviation.set(normaliseName(form), role);
}

const honorifics = new Map<string, Honorific>();
for (const honorific of roles.honorifics) {
  for (const form of [honorific.form, ...honorific.variants]) if (!honorifics.has(normaliseName(form))) honorifics.set(normaliseName(form), honorific);
}

// Longest first, so "first deputy" is taken before "first" could be.
const prefixModifiers = roles.modifiers.filter((m) => !m.startsWith("-")).sort((a, b) => b.length - a.length);
const suffixModifiers = [...roles.modifiers.filter((m) => m.startsWith("-")), " designate", "-designate"];

function bareRole(key: string): { role: RoleEntry; portfolio?: Portfolio } | undefined {
  const role = byTitle.get(key);
  if (role) return { role, portfolio: portfolioOf(role.title, undefined, true) };
  const portfolio = portfolioOf(key);
  if (!portfolio) return undefined;
  const head = key.includes("secretary") ? "secretary" : "minister";
  const generic = byTitle.get(head);
  return generic ? { role: generic, portfolio } : undefined;
}

/**
 * The role a title phrase names, case-insensitively ("Defence Minister", "acting prime minister",
 * "Minister of Veterans Affairs", "ex-president"); abbreviations match as written ("Lt. Gen.").
 */
export function lookupRole(phrase: string): RoleHit | undefined {
  const abbreviated = byAbbreviation.get(normaliseName(phrase));
  if (abbreviated) return { role: abbreviated, relation: abbreviated.relation, portfolio: portfolioOf(abbreviated.title, undefined, true), modifiers: [] };
  let key = phraseKey(phrase);
  const before: string[] = [];
  const after: string[] = [];
  for (;;) {
    const found = bareRole(key) ?? bodyRole(key);
    if (found) {
      const modifiers = [...before, ...after];
      const demoted = found.role.relation === "leader_of" && modifiers.some((m) => SUBORDINATE.has(m));
      return { ...found, relation: demoted ? "member_of" : found.role.relation, modifiers };
    }
    const prefix = prefixModifiers.find((m) => (m.endsWith("-") ? key.startsWith(m) : key.startsWith(`${m} `)));
    if (prefix) {
      before.push(prefix);
      key = key.slice(prefix.length).trimStart();
      continue;
    }
    const suffix = suffixModifiers.find((m) => key.endsWith(m) && key.length > m.length);
    if (suffix) {
      after.unshift(suffix.trim().replace(/^-?/, "-"));
      key = key.slice(0, -suffix.length).trimEnd();
      continue;
    }
    return undefined;
  }
}

/** "foreign ministry spokeswoman", "army chief of staff": a role held in a national body. */
function bodyRole(key: string): { role: RoleEntry; portfolio?: Portfolio; body: BodyHit } | undefined {
  const words = key.split(" ");
  for (let split = words.length - 1; split > 0; split--) {
    const body = lookupBody(words.slice(0, split).join(" "));
    const found = body && bareRole(words.slice(split).join(" "));
    if (body && found) return { ...found, body };
  }
  return undefined;
}

/** "Mr", "Dr.", "Lt. Gen.", "Sheikh": a word (or short phrase) written before a name. Case as written. */
export function lookupHonorific(word: string): Honorific | undefined {
  return honorifics.get(normaliseName(word));
}
