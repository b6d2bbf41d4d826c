// Shapes of the lexicon data files. The JSON files are the data; these types are their contract.

/** How a role links the person who holds it to the state or organisation it names. */
export type RoleRelation = "leader_of" | "member_of" | "spokesperson_of";

/** A building, street or institution whose name stands for a state's government or a body of it. */
export interface Seat {
  name: string;
  /** Other names and spellings of the same seat ("Elysee", "Élysée Palace"). */
  aliases: string[];
  /** Entity type the seat takes when it acts ("the Kremlin said"). */
  type: "organisation";
  /** What it stands for: "presidency", "government", "legislature", "foreign ministry", ... */
  body: string;
}

export interface StateEntry {
  /** Common English short name ("Ivory Coast", "South Korea"). */
  name: string;
  iso2: string;
  iso3: string;
  /** Official and common alternative names and short forms. */
  aliases: string[];
  demonyms: { adjective: string[]; people: string[] };
  capital: string;
  /** Other spellings of the capital ("Kiev" for "Kyiv"). */
  capitalAliases: string[];
  /** Cities other than the capital where the government sits and that act for the state ("La Paz", "The Hague"). */
  seatCities: string[];
  seats: Seat[];
  /** First-level regions and other parts of the state seen in international news. */
  regions: string[];
}

export type OrganisationKind =
  | "intergovernmental"
  | "financial"
  | "court"
  | "armed group"
  | "movement"
  | "party"
  | "media"
  | "company"
  | "ngo"
  | "government agency"
  | "religious"
  | "sports";

export interface OrganisationEntry {
  name: string;
  /** Acronyms and alternative names. */
  aliases: string[];
  kind: OrganisationKind;
  /** ISO 3166-1 alpha-3 code of the one state it belongs to. */
  state?: string;
  /** Cities whose name stands for the organisation when they act ("Brussels" for the European Commission). */
  seatCities?: string[];
  /** The organisation it is a body of, which its seat cities stand for in a text naming that one and not the body. */
  partOf?: string;
}

export interface CityEntry {
  name: string;
  aliases: string[];
  state: string;
}

export type PlaceKind =
  | "continent"
  | "region"
  | "territory"
  | "sea"
  | "strait"
  | "canal"
  | "island"
  | "river"
  | "lake"
  | "mountain"
  | "desert"
  | "border"
  | "facility";

/** World regions, disputed territories and geographic features. */
export interface PlaceEntry {
  name: string;
  kind: PlaceKind;
  aliases: string[];
  /** The state it belongs to or is recognised as part of, where one applies. */
  state?: string;
}

export interface PlacesData {
  cities: CityEntry[];
  regions: PlaceEntry[];
}

export interface RoleEntry {
  /** Lower-case title ("defence minister"). */
  title: string;
  relation: RoleRelation;
  /** Whether it is written before a name as a title ("President X", "Gen. X"). */
  precedesName: boolean;
  /** Spelling variants and synonyms, lower-case unless an acronym. */
  variants: string[];
  /** Abbreviations as written ("Gen.", "Lt. Gen."). */
  abbreviations?: string[];
}

/** A ministerial portfolio: the X of "X minister", "minister of X", "X ministry". */
export interface Portfolio {
  name: string;
  variants: string[];
}

export type HonorificKind = "courtesy" | "academic" | "noble" | "religious" | "military" | "political" | "legal";

export interface Honorific {
  form: string;
  kind: HonorificKind;
  variants: string[];
  /** The role title it implies ("Gen." -> "general"). */
  role?: string;
}

export interface RolesData {
  roles: RoleEntry[];
  portfolios: Portfolio[];
  honorifics: Honorific[];
  /** Words that qualify a title ("deputy", "acting", "former"). */
  modifiers: string[];
}

export type BodyCategory =
  | "ministry"
  | "agency"
  | "legislature"
  | "executive"
  | "military"
  | "security"
  | "financial"
  | "judiciary"
  | "delegation"
  | "diplomatic"
  | "media"
  | "party";

/** A head noun of a national body ("ministry", "armed forces", "delegation"). */
export interface BodyHead {
  noun: string;
  category: BodyCategory;
  /** "the Russian government", "the Ukrainian side": the phrase usually stands for the state itself. */
  actsAsState: boolean;
  /** Takes a portfolio: "foreign ministry", "ministry of defence". */
  takesPortfolio: boolean;
  variants: string[];
}

export interface BodyPattern {
  pattern: string;
  example: string;
}

export interface BodiesData {
  heads: BodyHead[];
  patterns: BodyPattern[];
}

/**
 * A lexicon name that is also a common given name, surname or English word ("Chad", "Houston", "Turkey"):
 * worth a look at its context (a following capitalised name, a sentence start) before it is taken as the entity.
 */
export interface AmbiguousName {
  form: string;
  reason: "given name" | "surname" | "common word";
}
