// Role titles: "Defence Minister", "deputy head of delegation", "Minister of Veterans Affairs", "Gen.".
import { roles } from "./data.js";
import { normaliseName } from "./names.js";
import type { Honorific, Portfolio, RoleEntry, RoleRelation } from "./types.js";

export interface RoleHit {
  /** The lexicon role; "minister" or "secretary" for a title built from a portfolio. */
  role: RoleEntry;
  /** The role's relation after its modifiers: a deputy of a leader is a member. */
  relation: RoleRelation;
  portfolio?: Portfolio;
  /** Qualifiers found around the title, in reading order ("deputy", "acting", "former", "-elect"). */
  modifiers: string[];
}

/** Modifiers that make the holder someone below the head rather than the head. */
const SUBORDINATE = new Set(["deputy", "vice", "first deputy", "assistant", "under", "junior", "co-"]);

function roleKey(phrase: string): string {
  return normaliseName(phrase).toLowerCase();
}

const byTitle = new Map<string, RoleEntry>();
const byAbbreviation = new Map<string, RoleEntry>();
for (const role of roles.roles) {
  for (const form of [role.title, ...role.variants]) if (!byTitle.has(roleKey(form))) byTitle.set(roleKey(form), role);
  // Abbreviations keep their case: "Gen." is a title, "gen." is not.
  for (const form of role.abbreviations ?? []) if (!byAbbreviation.has(normaliseName(form))) byAbbreviation.set(normaliseName(form), role);
}

const portfolios = new Map<string, Portfolio>();
for (const portfolio of roles.portfolios) {
  for (const form of [portfolio.name, ...portfolio.variants]) if (!portfolios.has(roleKey(form))) portfolios.set(roleKey(form), portfolio);
}

const honorifics = new Map<string, Honorific>();
for (const honorific of roles.honorifics) {
  for (const form of [honorific.form, ...honorific.variants]) if (!honorifics.has(normaliseName(form))) honorifics.set(normaliseName(form), honorific);
}

// Longest first, so "first deputy" is taken before "first" could be.
const prefixModifiers = roles.modifiers.filter((m) => !m.startsWith("-")).sort((a, b) => b.length - a.length);
const suffixModifiers = [...roles.modifiers.filter((m) => m.startsWith("-")), " designate", "-designate"];

/** "foreign" for "foreign affairs", "defence" for "defense". */
export function lookupPortfolio(phrase: string): Portfolio | undefined {
  return portfolios.get(roleKey(phrase).replace(/^the /, ""));
}

/** The portfolio in a minister's, secretary's or ministry's title: "X minister", "minister of/for (the) X". */
export function portfolioOf(title: string, heads: readonly string[] = ["minister", "secretary"]): Portfolio | undefined {
  const key = roleKey(title);
  for (const head of heads) {
    if (key.endsWith(` ${head}`)) {
      const found = lookupPortfolio(key.slice(0, -head.length - 1));
      if (found) return found;
    }
    for (const joiner of [" of ", " for "]) {
      if (key.startsWith(head + joiner)) {
        const found = lookupPortfolio(key.slice(head.length + joiner.length));
        if (found) return found;
      }
    }
  }
  return undefined;
}

function bareRole(key: string): { role: RoleEntry; portfolio?: Portfolio } | undefined {
  const role = byTitle.get(key);
  if (role) return { role, portfolio: portfolioOf(role.title) };
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
  if (abbreviated) return { role: abbreviated, relation: abbreviated.relation, portfolio: portfolioOf(abbreviated.title), modifiers: [] };
  let key = roleKey(phrase);
  const before: string[] = [];
  const after: string[] = [];
  for (;;) {
    const found = bareRole(key);
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

/** "Mr", "Dr.", "Lt. Gen.", "Sheikh": a word (or short phrase) written before a name. Case as written. */
export function lookupHonorific(word: string): Honorific | undefined {
  return honorifics.get(normaliseName(word));
}
