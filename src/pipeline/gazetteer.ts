// Lexicon look-ups the extraction stages need, built once from the data files in src/lexicon.
import type { EntityType, Relation } from "../graph/types.js";
import type { Description } from "./types.js";

export interface NameEntry {
  /** Canonical name of the entity the surface form names. */
  canonical: string;
  entityType: EntityType;
  /** How the form names it: a capital or seat of government stands for a state or a body of it. */
  kind: "state" | "capital" | "seat" | "organisation" | "place";
  /** Canonical name of the state the entity belongs to, if any. */
  state?: string;
  /** An armed group or a political party: it has a home state but is no body of it. */
  outsideState?: boolean;
  /** For a seat city of an organisation, the organisation it is a body of ("European Union" for Brussels). */
  partOf?: string;
  /** A seat of government that is one of the state's ministries ("State Department", "Foreign Office"): who serves it serves the state. */
  ministry?: boolean;
}

/**
 * A name entry with every field written (`undefined` where unset): entries built with optional fields or spreads
 * took several object shapes, and every read of one in mentions, resolve and relations went megamorphic.
 */
export function nameEntry(
  canonical: string,
  entityType: EntityType,
  kind: NameEntry["kind"],
  more: Pick<NameEntry, "state" | "outsideState" | "partOf" | "ministry"> = {},
): NameEntry {
  return { canonical, entityType, kind, state: more.state, outsideState: more.outsideState, partOf: more.partOf, ministry: more.ministry };
}

export interface RoleEntry {
  /** The title as written in the lexicon ("defence minister"). */
  title: string;
  /** The tie the title gives its holder; none for a past office ("former president"). */
  relation?: Relation;
}

/** The lengths, in characters, of the names that start with one word, and what else a search from the word needs. */
export interface NameLengths {
  has(length: number): boolean;
  readonly longest: number;
  /** The name the word is by itself, if it is one ("China"): no stretch of text need be hashed and sliced for it. */
  readonly alone: NameEntry | undefined;
  /**
   * Whether every longer name from the word goes on with a space and a capital ("the Hague", "United States"):
   * where the text does not (`spaceAndCapitalAt`), the word alone is all there is to find ("the talks").
   */
  readonly goesOnCapitalised: boolean;
}

/** Whether `text` goes on at `at` with a space and a capital letter (A-Z), as most names of several words do. */
export function spaceAndCapitalAt(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 1);
  return text.charCodeAt(at) === 32 && next >= 65 && next <= 90;
}

/**
 * A hash of a name's characters (30 bits), taken one character at a time from 0: a stretch of text is
 * tested by it before it is sliced out for a look-up.
 */
export const nameHash = (hash: number, charCode: number) => (Math.imul(hash, 31) + charCode) & 0x3fffffff;

export interface Gazetteer {
  /** Exact surface form (case as written) -> entry. */
  name(surface: string): NameEntry | undefined;
  /** Lengths, in characters, of the names that start with this word: a cheap test before look-ups. */
  nameLengthsFrom(word: string): NameLengths | undefined;
  /** Whether a name's characters hash to this (`nameHash`): when not, the text hashed is no name. */
  mayBeName(hash: number): boolean;
  /** "Ukrainian", "Ukrainians", "South Korean" -> the state's canonical name. */
  demonym(word: string): string | undefined;
  /** The longest role title whose words (lower-cased, hyphens as tokens of their own) start at `words[from]`. */
  roleAt(words: readonly { norm: string }[], from: number): { length: number; role: RoleEntry } | undefined;
  isHonorific(word: string): boolean;
  /**
   * What a noun after a demonym or a state's possessive makes of the phrase: a collective of the
   * state's government ("Russian negotiators" is Russia) or a body of it ("Russian Defence Ministry").
   */
  body(noun: string): "collective" | "body" | undefined;
  /** Whether a word is the last word of a phrase `body` knows ("ministry", "forces"): a cheap test before building phrases. */
  endsBody(word: string): boolean;
  /** A plural noun that makes a group actor of the capitalised word before it ("European leaders"). */
  isGroup(noun: string): boolean;
  /** People who work at an organisation ("analysts" in "analysts at Capital Economics"). */
  isStaff(noun: string): boolean;
  /** A head word that ends place names ("Dam", "Strait"). */
  isPlaceHead(word: string): boolean;
  /** What only a company has, so that its owner is one ("shares of X", "X's shareholders"). */
  isCompanyHolding(lemma: string): boolean;
  /** A lower-case noun that makes a place of the capitalised name before it ("corridor", "river"). */
  isLowerCasePlaceHead(word: string): boolean;
  /** A head word that ends organisation names ("Council", "Party", "Commission"). */
  isOrganisationHead(word: string): boolean;
  /**
   * What a noun after "the" refers back to (see Description), undefined for none.
   */
  describesOrganisation(noun: string): Description | undefined;
  /** A title only an organisation gives ("chief executive", "general secretary"). */
  isOrganisationTitle(title: string): boolean;
  /** The head word of the body a title's holder sits in ("commissioner": "commission"), if the title names one. */
  bodyOfTitle(title: string): string | undefined;
  /** Words of the names of bodies a title heads ("governor": "bank"), if it heads a body of a kind. */
  wordsOfBodyHeaded(title: string): ReadonlySet<string> | undefined;
  /** An office of a state's government: a minister or secretary of a portfolio, a head of state or government. */
  isStateOffice(title: string): boolean;
  /** A capitalised adjective of a region, faith or people that names no one by itself ("European", "Southeast Asian"). */
  isAdjective(phrase: string): boolean;
}
