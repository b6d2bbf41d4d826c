// The gazetteer built from the bundled lexicons (src/lexicon), once per process.
import actors from "../lexicon/actors.json" with { type: "json" };
import ambiguous from "../lexicon/ambiguous.json" with { type: "json" };
import bodies from "../lexicon/bodies.json" with { type: "json" };
import organisations from "../lexicon/organisations.json" with { type: "json" };
import places from "../lexicon/places.json" with { type: "json" };
import roles from "../lexicon/roles.json" with { type: "json" };
import states from "../lexicon/states.json" with { type: "json" };
import type { Relation } from "../graph/types.js";
import type { Description } from "./types.js";
import { nameEntry, nameHash, spaceAndCapitalAt, type Gazetteer, type NameEntry, type NameLengths, type RoleEntry } from "./gazetteer.js";

/** Forms that are names in a lexicon but mostly given names, surnames or ordinary words in running text. */
const AMBIGUOUS = new Set(ambiguous.map((a) => a.form));

/**
 * Kinds of organisation whose home state the lexicon gives but which are no part of it: a party, an armed group, a
 * company, a lobby or charity, a church ("Deutsche Bank", "Keidanren" are German and Japanese, not bodies of the state).
 */
const OUTSIDE_STATE_KINDS = new Set(["armed group", "party", "company", "ngo", "religious", "movement"]);

/** Modifiers of a title that say the office is no longer held. */
const PAST_MODIFIERS = new Set(["former", "ex-", "late", "then", "then-", "exiled", "outgoing"]);
/** Modifiers of a title whose holder holds the office itself ("interim president" leads), not a post under it. */
const HOLDING_MODIFIERS = new Set(["acting", "interim", "transitional", "caretaker", "de facto", "self-proclaimed", "self-styled", "co-"]);

/**
 * The forms an organisation's name is found by: "The New York Times" also without "The"; "The Hill" or
 * "The Times" only with it, as one word alone is a surname or a common word.
 */
function organisationForms(name: string): string[] {
  const bare = name.replace(/^the /i, "");
  if (bare === name) return [name];
  return bare.includes(" ") ? [bare] : [`The ${bare}`, `the ${bare}`];
}

/** For each first word of the names, the lengths in characters of the names it starts (see NameLengths). */
function lengthsByFirstWord(names: Map<string, NameEntry>): Map<string, NameLengths> {
  const lengthsOf = new Map<string, Set<number>>();
  const capitalisedAfter = new Map<string, boolean>();
  for (const name of names.keys()) {
    const first = name.split(/[\s-]/)[0];
    const lengths = lengthsOf.get(first) ?? lengthsOf.set(first, new Set()).get(first)!;
    lengths.add(name.length);
    if (name.length > first.length) capitalisedAfter.set(first, (capitalisedAfter.get(first) ?? true) && spaceAndCapitalAt(name, first.length));
  }
  return new Map([...lengthsOf].map(([first, lengths]) => [first, new LengthSet(lengths, names.get(first), capitalisedAfter.get(first) ?? true)]));
}

/** One class for every word's lengths, so the look-up per token position stays monomorphic. */
class LengthSet implements NameLengths {
  readonly longest: number;
  constructor(
    private readonly lengths: Set<number>,
    readonly alone: NameEntry | undefined,
    readonly goesOnCapitalised: boolean,
  ) {
    this.longest = Math.max(...lengths);
  }
  has(n: number): boolean {
    return this.lengths.has(n);
  }
}

/** The hashes of a set of names (`nameHash`). */
function hashes(names: Iterable<string>): Set<number> {
  const out = new Set<number>();
  for (const name of names) {
    let hash = 0;
    for (let k = 0; k < name.length; k++) hash = nameHash(hash, name.charCodeAt(k));
    out.add(hash);
  }
  return out;
}

/** A word trie of role titles: "vice-president" is the words vice, -, president, as the tokenizer gives them. */
interface RoleNode {
  next: Map<string, RoleNode>;
  role?: RoleEntry;
}

function roleTrie(roles: Map<string, RoleEntry>): RoleNode {
  const root: RoleNode = { next: new Map() };
  for (const [title, role] of roles) {
    let node = root;
    for (const word of title.split(/\s+|(?=-)|(?<=-)/)) node = node.next.get(word) ?? node.next.set(word, { next: new Map() }).get(word)!;
    node.role ??= role;
  }
  return root;
}

function longestRole(root: RoleNode, words: readonly { norm: string }[], from: number) {
  let node: RoleNode | undefined = root;
  // The answer is built once at the end: most walks stop at the first word, and a long title passes shorter ones.
  let length = 0;
  let role: RoleEntry | undefined;
  for (let k = from; k < words.length && node; k++) {
    // A hyphenated word the tokenizer kept whole ("vice-president") walks the trie part by part.
    // No word of the trie has a hyphen in it but the hyphen itself, so a word found whole has none.
    const norm = words[k].norm;
    const whole: RoleNode | undefined = node.next.get(norm);
    if (whole === undefined && norm.length > 1 && norm.includes("-")) for (const part of norm.split(/(?=-)|(?<=-)/)) node = node?.next.get(part);
    else node = whole;
    if (node?.role) {
      length = k - from + 1;
      role = node.role;
    }
  }
  return role ? { length, role } : undefined;
}

/** Tests a word, in any case, against lower-case words without lower-casing it in the common cases. */
function caselessSet(words: Iterable<string>): (word: string) => boolean {
  const lower = new Set(words);
  // Each word also as written capitalised or in capitals: what running text mostly shows.
  const forms = new Set<string>();
  for (const w of lower) {
    forms.add(w);
    for (const form of [w[0].toUpperCase() + w.slice(1), w.toUpperCase()]) if (form.toLowerCase() === w) forms.add(form);
  }
  return (word) => forms.has(word) || (mixedCase(word) && lower.has(word.toLowerCase()));
}

/**
 * A word whose lower case may be none of the forms above: a capital after its first letter, or a letter
 * beyond ASCII whose case rules we do not try to follow. Words in capitals are among the forms when they count.
 */
function mixedCase(word: string): boolean {
  if (word.charCodeAt(0) > 0x7f) return true;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 0x7f) return true;
  }
  return false;
}

let cached: Gazetteer | undefined;

export function defaultGazetteer(): Gazetteer {
  return (cached ??= buildGazetteer());
}

function buildGazetteer(): Gazetteer {
  const names = new Map<string, NameEntry>();
  const demonyms = new Map<string, string>();
  const iso3 = new Map<string, string>();
  const add = (surface: string, entry: NameEntry) => {
    if (!surface || names.has(surface)) return;
    names.set(surface, entry);
    names.set(surface.replace(/'/g, "’"), entry);
    const bare = surface.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    if (bare !== surface && !names.has(bare)) names.set(bare, entry);
  };
  // States first: their names win over any organisation or place that shares them.
  for (const s of states) {
    iso3.set(s.iso3, s.name);
    const state = nameEntry(s.name, "state", "state");
    for (const n of [s.name, ...s.aliases]) add(n.replace(/^the /i, ""), state);
    for (const a of [...s.demonyms.adjective, ...s.demonyms.people]) if (!demonyms.has(a)) demonyms.set(a, s.name);
  }
  for (const s of states) {
    for (const c of [s.capital, ...s.capitalAliases]) if (c) add(c, nameEntry(c === s.capital ? c : s.capital, "state", "capital", { state: s.name }));
    for (const city of s.seatCities ?? []) add(city, nameEntry(city, "state", "capital", { state: s.name }));
    for (const seat of s.seats) {
      const entry = nameEntry(seat.name, seat.type === "place" ? "place" : "organisation", "seat", { state: s.name, ministry: /ministry$/.test(seat.body ?? "") || undefined });
      for (const form of [seat.name, ...(seat.aliases ?? [])]) add(form, entry);
    }
    for (const r of s.regions) add(r, nameEntry(r, "place", "place", { state: s.name }));
  }
  for (const o of organisations) {
    const entry = nameEntry(o.name, "organisation", "organisation", { state: o.state ? iso3.get(o.state) : undefined, outsideState: OUTSIDE_STATE_KINDS.has(o.kind) || undefined });
    for (const n of [o.name, ...o.aliases]) if (!AMBIGUOUS.has(n)) for (const form of organisationForms(n)) add(form, entry);
    // "Brussels imposed duties": the city acts for the organisation, not for its state.
    for (const city of o.seatCities ?? []) names.set(city, nameEntry(o.name, "organisation", "capital", { partOf: o.partOf || undefined }));
  }
  for (const p of [...places.cities, ...places.regions]) {
    const entry = nameEntry(p.name, "place", "place", { state: p.state ? iso3.get(p.state) : undefined });
    for (const n of [p.name, ...p.aliases]) if (!AMBIGUOUS.has(n)) add(n, entry);
  }

  const roleMap = new Map<string, RoleEntry>();
  const addRole = (form: string, entry: RoleEntry) => {
    const key = form.toLowerCase();
    if (!roleMap.has(key)) roleMap.set(key, entry);
  };
  for (const r of roles.roles) {
    const entry: RoleEntry = { title: r.title, relation: r.relation as Relation };
    for (const form of [r.title, ...(r.variants ?? []), ...(r.abbreviations ?? [])]) addRole(form, entry);
  }
  // "foreign minister", "minister of foreign affairs", "deputy foreign minister" from the portfolios.
  const bodyKinds = new Map<string, "collective" | "body">();
  const stateOffices = new Set(actors.stateOffices);
  for (const p of roles.portfolios) {
    stateOffices.add(`${p.name} minister`);
    for (const name of [p.name, ...p.variants]) {
      const entry: RoleEntry = { title: `${p.name} minister`, relation: "member_of" };
      for (const form of [`${name} minister`, `minister of ${name}`, `minister for ${name}`, `${name} secretary`, `secretary of ${name}`]) addRole(form, entry);
      bodyKinds.set(`${name} ministry`, "body");
    }
  }
  // "deputy foreign minister" serves the state; "former president" holds no office any more.
  const base = [...roleMap.entries()];
  for (const modifier of roles.modifiers) {
    if (!/^[a-z]/.test(modifier)) continue;
    const past = PAST_MODIFIERS.has(modifier);
    // "co-leader", "ex-president": a modifier ending in a hyphen makes one word of a one-word title.
    const joined = modifier.endsWith("-");
    for (const [role, entry] of base) {
      if (joined && role.includes(" ")) continue;
      const title = joined ? `${modifier}${role}` : `${modifier} ${role}`;
      addRole(title, { title, relation: past ? undefined : HOLDING_MODIFIERS.has(modifier) ? entry.relation : "member_of" });
    }
  }
  for (const h of bodies.heads) {
    for (const noun of [h.noun, ...h.variants]) bodyKinds.set(noun, h.actsAsState ? "collective" : "body");
    // "Kenya's police chief": who heads a body of the state serves the state.
    for (const head of actors.leaderHeads) addRole(`${h.noun} ${head}`, { title: `${h.noun} ${head}`, relation: "member_of" });
  }
  for (const noun of actors.collectives) bodyKinds.set(noun, "collective");
  for (const head of actors.leaderHeads) addRole(`delegation ${head}`, { title: `delegation ${head}`, relation: "leader_of" });
  const honorifics = new Set<string>();
  for (const h of roles.honorifics) for (const form of [h.form, ...h.variants]) if (!roleMap.has(form.toLowerCase())) honorifics.add(form);
  const groups = new Set(actors.groups);
  const staff = new Set(actors.staffNouns);
  const placeHeads = new Set(actors.placeHeads);
  const lowerCasePlaceHeads = new Set(actors.lowerCasePlaceHeads);
  const companyHoldings = new Set(actors.companyHoldings);
  const isOrgHead = caselessSet([...actors.organisationHeads, ...actors.companyHeads].map((w) => w.toLowerCase()));
  const adjectives = new Set(actors.adjectives);
  const organisationTitles = new Set(actors.organisationTitles);
  const descriptions = new Map<string, Description>([
    ...actors.descriptions.named.map((n) => [n, "named"] as const),
    ...actors.descriptions.generic.map((n) => [n, "generic"] as const),
    ...actors.descriptions.armed.map((n) => [n, "armed"] as const),
    ...actors.descriptions.part.map((n) => [n, "part"] as const),
  ]);

  const { about: _, ...memberOf } = roles.memberOf;
  const bodiesOfTitles = new Map(Object.entries(memberOf));
  const { about: __, ...headsOf } = roles.headsOf;
  const bodiesHeaded = new Map<string, ReadonlySet<string>>(Object.entries(headsOf).map(([title, words]) => [title, new Set(words)]));
  const bodyEnds = new Set([...bodyKinds.keys()].map((phrase) => phrase.slice(phrase.lastIndexOf(" ") + 1)));
  const nameLengths = lengthsByFirstWord(names);
  const nameHashes = hashes(names.keys());
  const titles = roleTrie(roleMap);
  return {
    name: (surface) => names.get(surface),
    nameLengthsFrom: (word) => nameLengths.get(word),
    mayBeName: (hash) => nameHashes.has(hash),
    demonym: (word) => demonyms.get(word),
    roleAt: (words, from) => longestRole(titles, words, from),
    isHonorific: (word) => honorifics.has(word),
    body: (noun) => bodyKinds.get(noun),
    endsBody: (word) => bodyEnds.has(word),
    isGroup: (noun) => groups.has(noun),
    isStaff: (noun) => staff.has(noun),
    isPlaceHead: (word) => placeHeads.has(word),
    isLowerCasePlaceHead: (word) => lowerCasePlaceHeads.has(word),
    isCompanyHolding: (lemma) => companyHoldings.has(lemma),
    isOrganisationHead: isOrgHead,
    isOrganisationTitle: (title) => organisationTitles.has(title),
    bodyOfTitle: (title) => bodiesOfTitles.get(title),
    wordsOfBodyHeaded: (title) => bodiesHeaded.get(title),
    isAdjective: (phrase) => adjectives.has(phrase),
    // "interim president", "deputy prime minister": a modified office is still the state's.
    isStateOffice: (title) => stateOffices.has(title) || stateOffices.has(title.replace(/^\S+ /, "")),
    describesOrganisation: (noun) => descriptions.get(noun),
  };
}
