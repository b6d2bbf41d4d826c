// Stage 4: sentences -> mentions. Names found in the lexicons, people found by their titles and the
// shape of their names, proposals found by their head nouns, pronouns and titles used alone.
import actors from "../lexicon/actors.json" with { type: "json" };
import { lookupBody, lookupNationalBody } from "../lexicon/bodies.js";
import { lookupPortfolio } from "../lexicon/portfolios.js";
import { nameHash, spaceAndCapitalAt, type Gazetteer, type NameEntry, type RoleEntry } from "./gazetteer.js";
import { PROPOSAL_WORDS, endsCompoundHead, headForm, isAttack, isFrame, isMisreadHead, isPartitive, isProposalHead, proposalKey, proposalLabel, proposalSpan } from "./proposals.js";
import { SPEECH, verbsOf } from "./relations/lexicon.js";
import { remembered } from "./remembered.js";
import { isGerund, isPluralNoun, isPossessiveMark } from "./tokenize.js";
import type { Description, Mention, Sentence, Token } from "./types.js";

const PRONOUNS = new Map<string, Mention["pronoun"]>(Object.entries({
  he: "person", him: "person", his: "person", she: "person", her: "person",
  they: "plural", them: "plural", their: "plural", theirs: "plural",
  it: "thing", its: "thing",
}));
/** Verbs whose object's "of" phrase is the charge, not part of its name ("accused the board of bias"). */
const ACCUSING = new Set(verbsOf("accused"));
/** Pronouns that own the title after them ("its chief executive", "his spokesperson"). */
const OWNER_PRONOUNS = new Set(["its", "their", "his", "her"]);
/** Words that open a relative clause, whose names describe the noun before it ("X, in which Y holds a stake,"). */
const RELATIVE_WORDS = new Set(["which", "who", "whom", "whose", "where"]);
/** Words of an owner before a title, after which lower-case words before it are its portfolio ("the EU's trade chief"). */
const TITLE_OWNERS = new Set(["'s", "whose", ...OWNER_PRONOUNS]);
/**
 * Lower-case words that may sit inside a name ("Osama bin Laden", "Charles de Gaulle"), also the articles and
 * links of names in other languages that English news leaves untranslated ("Ecologistas en Accion", "Partido dos Trabalhadores").
 */
const NAME_PARTICLES = new Set(actors.nameParticles);
/** Linking syllables of Persian, Urdu and Arabic names, written between hyphens ("Tehreek-e-Insaf", "Hizb-ut-Tahrir"). */
const NAME_LINKS = new Set(actors.nameLinks);
/** Capitalised words that start sentences or titles but are not names. */
const NOT_NAMES = new Set(actors.notNames);
/** Last words of portfolios ("Marine Resources", "Livestock Development"): where one ends before its holder's name. */
const PORTFOLIO_ENDS = new Set(actors.portfolioEnds);
/** Words opening the names of storms and military operations ("Hurricane Melissa", "Operation Sindoor"): events, no actors. */
const EVENT_OPENERS = new Set(actors.eventOpeners);
/** Nouns of ships, after which a name is a ship's ("the tanker Eagle S"), no actor. */
const VESSEL_NOUNS = new Set(actors.vesselNouns);
/** Acronyms of common nouns ("VAT", "COVID", "UAVs"): alone they name no organisation. */
const COMMON_ACRONYMS = new Set(actors.commonAcronyms);

/** Lower-case words after a hyphen that make a modifier of the name before them ("Kremlin-backed", "Biden-era"). */
const HYPHEN_MODIFIERS = new Set(actors.hyphenModifiers);
/** Titles of rank that lead the organisation owning them ("its commander, X"), though alone ("Commander X") they only serve. */
const OWNED_LEADERS = new Set(actors.ownedLeaders);

/** The tie of a title its organisation owns: a rank that only serves alone leads what owns it. */
function ownedRelation(role: string | undefined, relation: RoleEntry["relation"], owner: NameEntry["entityType"]): RoleEntry["relation"] {
  return relation === "member_of" && owner === "organisation" && OWNED_LEADERS.has(role?.toLowerCase() ?? "") ? "leader_of" : relation;
}

/** Time nouns that may follow a noun phrase without extending it ("officers today"). */
const CALENDAR_WORDS = new Set(actors.calendarWords);
const CALENDAR = new Set(actors.calendar);
/** Last words of capitalised names that are agreements or measures, not organisations or people. */
const DOCUMENT_HEADS = new Set(actors.documentHeads);
/** Last words of the names of events, holidays and contests, which neither act nor are acted on. */
const EVENT_HEADS = new Set(actors.eventHeads);
/** Title words whose portfolio may follow "of" or "for" ("Minister of Fisheries"). */
const PORTFOLIO_TITLES = new Set(actors.portfolioTitles);
/** Lower-case nouns of sites and settlements (see siteHeads in actors.json). */
const SITE_HEADS = new Set(actors.siteHeads);
/** Frames that only say a measure is proposed or asked for: the label is what follows them. */
const GENERIC_FRAMES = new Set(actors.genericFrames);
const LOCATIVE = new Set(["in", "near", "outside", "inside", "across", "around", "into", "through", "along"]);
/** Lower-case points of the compass that name part of a region ("southern Africa"). */
const COMPASS = new Set(actors.compass);
/** Words after which a capital or a city is where something happens, not who acts. */
const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "near", "outside", "to", "into", "across", "inside", "around", "toward", "towards", "through"]);
/** Last words of company names ("... Systems", "... Marine"). */
const COMPANY_HEADS = new Set(actors.companyHeads);
/** Plurals of people in a trade, which end the names of their associations and firms. */
const TRADE_PLURALS = new Set(actors.tradePlurals);
/** Verbs that act on firms: a lone unknown name as their object is a company ("fined Meta", "sued Acme"). */
const COMPANY_ACTS = new Set(actors.companyActs);
/** Verbs of buying what no person is: an unknown name of any length as their object is a company ("buy Activision Blizzard"). */
const ACQUISITIONS = new Set(actors.acquisitions);
/** Nouns of a case or penalty: a lone unknown name they are brought against is a company ("a lawsuit against Acme"). */
const COMPANY_CASES = new Set(actors.companyCases);
const CASE_PREPOSITIONS = new Set(["against", "on", "into"]);
/** Verbs of movement whose "to" or "from" phrase names a place ("travel to X", "withdrew from X"). */
const MOTION_VERBS = new Set(actors.motionVerbs);
/** Nouns of places and their people, whose "of" phrase names a place ("the town of X", "residents of X"). */
const PLACE_NOUNS = new Set(actors.placeNouns);
const isCapitalised = (t: Token) => {
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t.text) && t.pos !== "PUNCT";
};
/** A name read as a person's with nothing known of it: no title, no tie, not honoured ("Mr"). */
const untitledName = (m: Mention) => m.kind === "person" && !m.role && !m.affiliation && m.titleFirst === undefined;
/** "IAEA", "U.N.", "E3", "G20": capitals, or a capital and a number. */
const isAcronymText = (text: string) => /^[A-Z][A-Z0-9.&]{1,7}$/.test(text) && /[A-Z].*[A-Z0-9]/.test(text);
const isAcronym = (t: Token) => isAcronymText(t.text);
const surface = (text: string, tokens: Token[], first: number, last: number) => text.slice(tokens[first].start, tokens[last - 1].end);

/**
 * A mention with every field of its type, those not given undefined. Mentions then share one object shape,
 * and the property reads of this stage, resolve and relations stay fast (a shape per mix of fields made them slow).
 */
function newMention(sentence: number, first: number, last: number, start: number, end: number, text: string, kind: Mention["kind"], canonical: string, extra: Partial<Mention>): Mention {
  const m = {
    sentence, first, last, start, end, text, kind, canonical, alsoAffiliation: undefined, role: undefined, affiliation: undefined, head: undefined,
    key: undefined, titleFirst: undefined, modifier: undefined, pronoun: undefined, describes: undefined, collective: undefined, ownedBy: undefined,
    capital: undefined, body: undefined,
  } satisfies Record<keyof Mention, unknown>;
  return Object.assign(m, extra) as Mention;
}

/** The end (exclusive) of a run of name-like tokens starting at `i`. */
function nameRun(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j];
    if (isCapitalised(t) && !(j > i && NOT_NAMES.has(t.text) && (t.pos !== "PROPN" || CALENDAR.has(t.text)))) j++;
    // "van der Berg", "de la Cruz": particles may come two in a row before the name they lead to.
    else if (j > i && (NAME_PARTICLES.has(t.norm) || (t.text === "-" && j + 1 < tokens.length && /^[A-Za-z]/.test(tokens[j + 1].text) && tokens[j + 1].start === t.end && t.start === tokens[j - 1].end)) && j + 1 < tokens.length && (isCapitalised(tokens[j + 1]) || tokens[j + 1].text === "-" || (NAME_PARTICLES.has(tokens[j + 1].norm) && !!tokens[j + 2] && isCapitalised(tokens[j + 2])))) j++;
    // "Lee Jae-myung", "Han Duck-soo": a lower-case syllable hyphened to the second word of a name, unless it makes a modifier ("Biden-era").
    else if (j - i >= 2 && t.text === "-" && t.start === tokens[j - 1].end && tokens[j + 1]?.start === t.end && /^[a-z]+$/.test(tokens[j + 1].text) && !HYPHEN_MODIFIERS.has(tokens[j + 1].text)) j += 2;
    // "Jamaat-e-Islami", "Hizb-ut-Tahrir": a linking syllable between hyphens joins two words of one name.
    else if (j > i && t.text === "-" && NAME_LINKS.has(tokens[j + 1]?.text ?? "") && tokens[j + 2]?.text === "-" && tokens[j + 3] && isCapitalised(tokens[j + 3]) && [j, j + 1, j + 2, j + 3].every((k) => tokens[k].start === tokens[k - 1].end)) j += 3;
    // "Procter & Gamble", "Ernst & Young": an ampersand joins two words of one name.
    else if (j > i && t.text === "&" && tokens[j + 1] && isCapitalised(tokens[j + 1])) j++;
    // A plural possessive inside a name: "Workers' Union", "Farmers' Federation".
    else if (j > i && ["'", "’"].includes(t.text) && t.start === tokens[j - 1].end && /s$/.test(tokens[j - 1].text) && tokens[j + 1] && isCapitalised(tokens[j + 1])) j++;
    else break;
  }
  // A particle never ends a name; an acronym spelt like one ("DA" for a Democratic Alliance) is a name.
  while (j > i && (tokens[j - 1].text === "-" || (NAME_PARTICLES.has(tokens[j - 1].norm) && !isAcronym(tokens[j - 1])))) j--;
  return j;
}

export interface MentionOptions {
  gazetteer: Gazetteer;
  /** Whether the document also writes a word in lower case: a common word, capitalised only to open a sentence. */
  writesInLowerCase?: (word: string) => boolean;
  /** Whether the document writes a word after another capitalised word or a title ("Bernie Sanders", "Mr Banks"): a surname. */
  writesAsSurname?: (word: string) => boolean;
  /** Names the document gives ships ("the Ever Given, a container ship,"), gathered as sentences are read. */
  vessels?: Set<string>;
}

/**
 * What the word rules of one sentence read: its tokens, the document's cleaned text, the lexicon, and the title asked
 * of last. Made once per sentence; the rules that need no more are functions of the module taking it, so a sentence
 * makes no closures for them and V8 compiles each once.
 */
interface SentenceScope {
  readonly tokens: Token[];
  readonly text: string;
  readonly gazetteer: Gazetteer;
  /** The sentence's mentions found so far, in the order found. */
  readonly out: Mention[];
  /** Whether the document writes a word as a surname ("Mr X", "Ana X"). */
  readonly writesAsSurname?: (word: string) => boolean;
  /** The word `titleAt` was asked of last, and its answer. */
  titleAsked: number;
  titleFound: ReturnType<Gazetteer["roleAt"]>;
}

/**
 * Whether a mention is a lone word read as a person's name with no title and never written as a surname: spoken for
 * ("a spokeswoman for Transelectrica", "Transelectrica spokeswoman X"), it is a body's name, as news gives a person a
 * first name or a title.
 */
function bodyNameAlone({ writesAsSurname }: SentenceScope, m: Mention): boolean {
  return loneUntitledName(m) && m.last - m.first === 1 && !writesAsSurname?.(m.canonical);
}

/** A name of one word read as a person's with no title or role: it may be a body's ("Cocobod", "Transelectrica"). */
const loneUntitledName = (m: Mention) => m.kind === "person" && !m.role && m.titleFirst === undefined && !m.canonical.includes(" ");

/** Whether the name from first to end ends in an organisation's head; a company's head alone names none ("Marine" of "the Marine and Freshwater Institute"). */
function headedOrganisation({ tokens, gazetteer }: SentenceScope, first: number, end: number): boolean {
  const head = tokens[end - 1].text;
  return gazetteer.isOrganisationHead(head) && (end - first > 1 || !COMPANY_HEADS.has(head));
}

/** Longest lexicon name starting at i: [length, entry]. */
function lexiconName(scope: SentenceScope, i: number): [number, NameEntry] | undefined {
  const first = scope.tokens[i];
  const named = lexiconNameFrom(scope, i);
  // "the Pacific Islands Forum": a name spelt without "the" may run past one spelt with it ("the Pacific"); it is read next.
  const without = named && first.norm === "the" ? lexiconNameFrom(scope, i + 1) : undefined;
  return without && without[0] + 1 > named![0] ? undefined : named;
}

function lexiconNameFrom({ tokens, text, gazetteer }: SentenceScope, i: number): [number, NameEntry] | undefined {
  const first = tokens[i];
  // Rules ask past the sentence's end too ("...; the" closing a cut-off text).
  if (first === undefined) return undefined;
  if (!isCapitalised(first) && first.norm !== "the" && !NAME_PARTICLES.has(first.norm)) return undefined;
  const lengths = gazetteer.nameLengthsFrom(first.text);
  if (!lengths) return undefined;
  // The word alone needs no look-up; "the talks" goes on as no longer name from "the" does, so it ends there.
  let longest: [number, NameEntry] | undefined = lengths.alone && [1, lengths.alone];
  if (lengths.goesOnCapitalised && !spaceAndCapitalAt(text, first.end)) return longest;
  // The text is hashed as far as a length of a name reaches, and sliced out only when its hash is a name's.
  let hash = 0;
  let hashed = first.start;
  for (let last = i + 1, chars = first.end - first.start; last < tokens.length && chars <= lengths.longest; last++) {
    const end = tokens[last].end;
    chars = end - first.start;
    if (!lengths.has(chars)) continue;
    for (; hashed < end; hashed++) hash = nameHash(hash, text.charCodeAt(hashed));
    const entry = gazetteer.mayBeName(hash) ? gazetteer.name(text.slice(first.start, end)) : undefined;
    if (entry) longest = [last - i + 1, entry];
  }
  return longest;
}

/** The end of a national society's movement name at k ("Red Cross" after "Kenya" or "British"), or 0. */
function nationalSocietyEnd({ tokens, text }: SentenceScope, k: number): number {
  if (!NATIONAL_SOCIETY_FIRSTS.has(tokens[k]?.text ?? "")) return 0;
  for (let end = Math.min(tokens.length, k + NATIONAL_SOCIETY_WORDS); end > k; end--) if (NATIONAL_SOCIETIES.has(surface(text, tokens, k, end))) return end;
  return 0;
}

/** "spokesman He Yadong": a capitalised pronoun inside a sentence, before a name, is a surname that opens the name. */
function surnameLikePronoun({ tokens }: SentenceScope, k: number): boolean {
  return k > 0 && !OPENERS.has(tokens[k - 1].norm) && tokens[k].pos === "PRON" && tokens[k + 1]?.pos === "PROPN" && isCapitalised(tokens[k + 1]);
}

/** The verb nearest before position k within a few words ("withdraw" in "withdraw its fighters from"). */
function verbBefore({ tokens }: SentenceScope, k: number): Token | undefined {
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) if (tokens[j]?.pos === "VERB") return tokens[j];
  return undefined;
}

/** Whether an apposition closes at `t`: a comma, a full stop, or the sentence's end ("X, the head of Y, said"). */
const closesApposition = (t: Token | undefined) => t === undefined || t.norm === "," || t.norm === ".";

/**
 * The lexicon's longest title starting at k. The rules ask it of one word in turn (the loop's filters, then its
 * title rule), so the answer for the word asked last is kept.
 */
function titleAt(scope: SentenceScope, k: number): ReturnType<Gazetteer["roleAt"]> {
  if (k !== scope.titleAsked) {
    scope.titleAsked = k;
    scope.titleFound = scope.gazetteer.roleAt(scope.tokens, k);
  }
  return scope.titleFound;
}

/** A lower-case noun naming a portfolio before a title ("trade" in "trade chief"). */
// "antitrust" in "EU antitrust chief" may be tagged an adjective: then only right before the title, or before
// a noun of the portfolio ("federal data protection commissioner").
function portfolioWord(scope: SentenceScope, t: Token | undefined, k: number): boolean {
  return t !== undefined && (t.pos === "NOUN" || (t.pos === "ADJ" && (!!titleAt(scope, k + 1) || scope.tokens[k + 1]?.pos === "NOUN"))) && t.text === t.norm && (!isProposalHead(t) || !!titleAt(scope, k + 1));
}

/** Where a title starts after up to `MAX_PORTFOLIO_WORDS` portfolio words from `from`, or -1. */
function portfolioEnd(scope: SentenceScope, from: number): number {
  let k = from;
  while (k < from + MAX_PORTFOLIO_WORDS && portfolioWord(scope, scope.tokens[k], k) && !titleAt(scope, k)) k++;
  return k > from && titleAt(scope, k) ? k : -1;
}

/** The end of a portfolio in capitals from `from` ("Migration", "Trade and Industry"), or `from` if none is there. */
function capitalisedPortfolioEnd({ tokens, text }: SentenceScope, from: number): number {
  let end = from;
  while (end < from + MAX_PORTFOLIO_WORDS && tokens[end] && (isCapitalised(tokens[end]) || (end > from && tokens[end].norm === "and"))) end++;
  for (; end > from; end--) if (isCapitalised(tokens[end - 1]) && lookupPortfolio(surface(text, tokens, from, end))) return end;
  return from;
}

/**
 * "leader of the opposition Umoja party": a title ending in a side word before a name is the title before its "of", held
 * in the body named ("leader"), not the office of the whole side.
 */
function sideBodyTitle(scope: SentenceScope, i: number): ReturnType<Gazetteer["roleAt"]> {
  const { tokens, gazetteer } = scope;
  const whole = titleAt(scope, i);
  const end = whole ? i + whole.length : -1;
  // A capitalised side word is the formal office's ("Leader of the Opposition X").
  if (!whole || !SIDE_WORDS.has(tokens[end - 1].text) || !tokens[end] || !isCapitalised(tokens[end]) || roleAt(scope, end)) return undefined;
  // Only a body's name: one ending in an organisation word or followed by a noun for one, an acronym, or the lexicon's; not the
  // holder's ("the leader of the opposition X said").
  const run = nameRun(tokens, end);
  const body = gazetteer.isOrganisationHead(tokens[run - 1].text) || (run === end + 1 && isAcronym(tokens[end])) || (isLowerNoun(tokens[run]) && !!gazetteer.describesOrganisation(tokens[run].norm)) || lexiconName(scope, end)?.[1].entityType === "organisation";
  if (!body) return undefined;
  const of = tokens.slice(i, end).findLastIndex((t) => t.norm === "of");
  return of > 0 ? gazetteer.roleAt(tokens.slice(0, i + of), i) : undefined;
}

/** Longest role title starting at i: [length, title, relation]. */
function roleAt(scope: SentenceScope, i: number): { len: number; role: RoleEntry } | undefined {
  const found = sideBodyTitle(scope, i) ?? titleAt(scope, i);
  if (!found) return undefined;
  // "Government chief negotiator": a title starting inside one ("government chief") and running past it is
  // the title, the words before it the body it is held in.
  for (let k = i + 1; k < i + found.length; k++) {
    const inner = titleAt(scope, k);
    if (inner && k + inner.length > i + found.length) return { len: k + inner.length - i, role: inner.role };
  }
  return { len: found.length, role: found.role };
}

/** Whether the word at k is a plural noun that makes a group actor of the capitalised word before it ("leaders"). */
function groupAt({ tokens, gazetteer }: SentenceScope, k: number): boolean {
  return tokens[k] !== undefined && tokens[k].pos === "NOUN" && gazetteer.isGroup(tokens[k].norm);
}

/** A region's adjective of one or two words at k ("Pacific", "Latin American"): its length, or 0. */
function regionAdjective({ tokens, gazetteer }: SentenceScope, k: number): number {
  return tokens[k + 1] && gazetteer.isAdjective(`${tokens[k].text} ${tokens[k + 1].text}`) ? 2 : gazetteer.isAdjective(tokens[k].text) ? 1 : 0;
}

/** The end of lower-case modifiers from k closed by a plural noun of states ("small island states", "Pacific island states"). */
function membersEnd(scope: SentenceScope, k: number): number | undefined {
  const tokens = scope.tokens;
  if (tokens[k] && isCapitalised(tokens[k])) k += regionAdjective(scope, k);
  for (let j = k; j < k + 6 && tokens[j] && !isCapitalised(tokens[j]); j++) {
    if (GROUPING_MEMBERS.has(tokens[j].norm) && tokens[j + 1]?.pos !== "NOUN") return j + 1;
    if (!["ADJ", "NOUN", "VERB"].includes(tokens[j].pos) && tokens[j].text !== "-") return undefined;
  }
  return undefined;
}

/**
 * "Africa's most populous nation", "the Gulf state", "head of Africa operations": a region of no one state (a continent,
 * a sea, a world region) before a possessive or a lower-case noun only says what kind of thing that is, no place the
 * story is about; not before a noun that makes it a place ("the Nile basin").
 */
function worldPlaceModifier({ tokens, gazetteer }: SentenceScope, entry: NameEntry, end: number, possessive: boolean): boolean {
  if (entry.entityType !== "place" || entry.kind !== "place" || entry.state) return false;
  const next = tokens[possessive ? end + 1 : end];
  if (possessive) return true;
  return !!next && (next.pos === "NOUN" || next.pos === "ADJ") && next.text === next.norm && !gazetteer.isLowerCasePlaceHead(next.lemma);
}

/**
 * A lower-case noun for an organisation right after a name ending at `end`, not modifying a noun after it ("the X
 * coalition"), or the last of two such nouns ("the X union confederation").
 */
function describedAfter({ tokens, gazetteer }: SentenceScope, end: number): boolean {
  const describing = (t: Token | undefined) => isLowerNoun(t) && !!gazetteer.describesOrganisation(t.norm);
  const last = describing(tokens[end]) && describing(tokens[end + 1]) ? end + 1 : end;
  return describing(tokens[last]) && tokens[last + 1]?.pos !== "NOUN";
}

/** Where a title inside the run [first, run) starts and where the name after it starts, the title being capitalised words; or undefined. */
function titleInside(scope: SentenceScope, first: number, run: number): [number, number] | undefined {
  const { tokens } = scope;
  for (let k = first + 1; k < run; k++) {
    const found = roleAt(scope, k);
    if (!found || k + found.len >= run || !tokens.slice(k, k + found.len).every(isCapitalised)) continue;
    return [k, k + found.len];
  }
  return undefined;
}

/**
 * Where a name ending in an organisation word ends once its complement is read: "National Union" +
 * "of Mineworkers", "Commission" + "for Conciliation, Mediation and Arbitration".
 */
function organisationNameEnd(scope: SentenceScope, run: number): number {
  const { tokens, gazetteer } = scope;
  // "United Nations Verification Mission in Colombia": a mission is named by where it serves.
  if (POSTED_HEADS.has(tokens[run - 1].text) && tokens[run]?.norm === "in" && tokens[run + 1]) {
    const where = lexiconName(scope, run + 1);
    if (where && (where[1].entityType === "state" || where[1].entityType === "place")) return run + 1 + where[0];
  }
  if (!gazetteer.isOrganisationHead(tokens[run - 1].text) || !["of", "for", "on"].includes(tokens[run]?.norm ?? "")) return run;
  let k = tokens[run + 1]?.norm === "the" ? run + 2 : run + 1;
  // "Assembly of First Nations": a word that opens sentences may open the complement before another name word.
  const opensComplement = (t: Token) => !NOT_NAMES.has(t.text) || (!!tokens[k + 1] && isCapitalised(tokens[k + 1]) && !NOT_NAMES.has(tokens[k + 1].text));
  if (!tokens[k] || !isCapitalised(tokens[k]) || !opensComplement(tokens[k])) return run;
  // "Law Society of Kenya", "Central Bank of Nigeria": a state alone completes the name (its state, see complementState).
  const state = lexiconName(scope, k);
  if (state?.[1].entityType === "state") {
    const after = k + state[0];
    if (state[1].kind !== "state") return run;
    // The state completes the name before a title ("Law Society of Kenya President X"); other words after it that
    // are no name of their own are the complement's, the state only a modifier in it ("Federation of Kenya Employers").
    // A state's name with "and" in it ("Trinidad and Tobago") is one name: the run goes on from its last word.
    const rest = nameRun(tokens, after - 1);
    if (rest === after || roleAt(scope, after)) return after;
    return lexiconName(scope, after) ? run : rest;
  }
  let end = nameRun(tokens, k);
  // A listed complement: "for Conciliation, Mediation and Arbitration"; a list only "and" closes, so a name in
  // apposition after a comma is none of it ("the Union for the Republic, Ahmed Salem, said").
  let listed = end;
  while ([",", "and", "&"].includes(tokens[end]?.norm ?? "") && tokens[end + 1] && isCapitalised(tokens[end + 1]) && !NOT_NAMES.has(tokens[end + 1].text)) {
    const closes = tokens[end].norm !== ",";
    k = tokens[end + 1].norm === "and" ? end + 2 : end + 1;
    if (!tokens[k] || !isCapitalised(tokens[k])) break;
    end = nameRun(tokens, k);
    if (closes) listed = end;
  }
  end = listed;
  // "Office for the Coordination of Humanitarian Affairs": a complement of the complement, and of that one
  // ("Service for the Care of Adults Deprived of Liberty"), with its article too ("Union of Irrigators of the Segura Basin");
  // not a known name, which the organisation is only of ("Union of Workers of the Democratic Republic of Congo").
  for (let of = end; tokens[of]?.norm === "of"; of = end) {
    const at = tokens[of + 1]?.norm === "the" ? of + 2 : of + 1;
    if (!tokens[at] || !isCapitalised(tokens[at]) || NOT_NAMES.has(tokens[at].text)) break;
    const run = nameRun(tokens, at);
    const known = lexiconName(scope, at);
    if (known && (at === of + 1 || at + known[0] >= run)) break;
    end = run;
  }
  // "Confederation of Workers of Peru": the state the complement's people belong to ends the name.
  const peopleOf = tokens[end]?.norm === "of" && tokens[end + 1] ? lexiconName(scope, end + 1) : undefined;
  if (peopleOf?.[1].kind === "state" && nameRun(tokens, end + 1) === end + 1 + peopleOf[0]) return end + 1 + peopleOf[0];
  return end;
}

/** "Law Society of Kenya": the state a name's complement ends with, whose part the organisation is. */
function complementState(scope: SentenceScope, end: number): Partial<Mention> {
  const { tokens } = scope;
  for (let k = end - 1; k > 0 && isCapitalised(tokens[k]); k--) {
    const named = ["of", "the"].includes(tokens[k - 1].norm) ? lexiconName(scope, k) : undefined;
    if (named && k + named[0] === end && named[1].entityType === "state") return { affiliation: stateBody(named[1].canonical, tokens[k - 2]) };
  }
  return {};
}

/**
 * The tie of an organisation named with a state, by its head word: a body of the state ("Central Bank of Kenya"),
 * or, for a party or a civic association ("Serb List", "Law Society of Kenya"), no body of it, only its home.
 */
function stateBody(state: string, ...heads: (Token | undefined)[]): Mention["affiliation"] {
  // "Zambia Congress of Trade Unions": the head of its complement, singular or plural, may say what it is.
  const civic = (head: Token | undefined) => head !== undefined && [head.text, head.text.replace(/s$/, "")].some((w) => PARTY_HEADS.has(w) || CIVIC_HEADS.has(w));
  const body = !heads.some(civic);
  return { canonical: state, entityType: "state", ...(body ? { relation: "part_of" as const } : {}) };
}

/**
 * A description from `first` (its "the" or a state's possessive) whose modifiers start at `k` ("the main opposition
 * party", "Norway's largest union"), as the organisation its head noun points back to: its end and kind.
 */
function descriptionAt(scope: SentenceScope, first: number, k: number): { end: number; head: string; describes: Description } | undefined {
  const { tokens, gazetteer } = scope;
  // "the main opposition party", "the ruling coalition": lower-case modifiers, adjectives or nouns, before the head.
  k = descriptionHead(scope, k, first + 5);
  const head = tokens[k];
  const after = tokens[k + 1];
  const describes = isLowerNoun(head) ? gazetteer.describesOrganisation(head.norm) : undefined;
  // Not a modifier of another noun: "the largest union demonstrations"; nor "the commission of inquiry", though
  // "of" may say what it is accused of ("accused the commission of ignoring complaints", "of bias").
  const ofCharge = after?.norm === "of" && (isGerund(tokens[k + 2]) || ACCUSING.has(tokens[first - 1]?.lemma ?? ""));
  // "the steering committee of bondholders": "of" and a plural noun that ends the phrase say whose body it is.
  const members = tokens[k + 2];
  const ofMembers = after?.norm === "of" && isLowerNoun(members) && members.norm !== members.lemma && !["NOUN", "ADP"].includes(tokens[k + 3]?.pos ?? "");
  if (ofMembers && describes) return { end: k + 3, head: head.norm, describes };
  if (!describes || (after?.norm === "of" && !ofCharge) || (after && isCapitalised(after)) || after?.pos === "NOUN") return undefined;
  return { end: k + 1, head: head.norm, describes };
}

/**
 * The head of a description from token `k`, past lower-case modifiers before `limit`: adjectives, and nouns or
 * participles before another noun ("main opposition party", "ruling coalition", "small cocoa farmers").
 */
function descriptionHead({ tokens }: SentenceScope, k: number, limit: number): number {
  while (k < limit && tokens[k] && !isCapitalised(tokens[k])) {
    const t = tokens[k];
    const next = tokens[k + 1];
    const modifier = t.pos === "ADJ" || ((t.pos === "NOUN" || isGerund(t)) && !!next && next.pos === "NOUN" && !isCapitalised(next));
    if (!modifier) break;
    k++;
  }
  return k;
}

/** Nouns after a demonym or possessive that make a body of the state: [end, kind]. */
function bodyPhrase(scope: SentenceScope, at: number): { end: number; kind: "collective" | "body" } | undefined {
  const { tokens, gazetteer } = scope;
  // "Defence Ministry", "state media", "security forces": the longest known phrase, or a known noun after modifiers.
  for (let len = 3; len >= 1; len--) {
    const last = tokens[at + len - 1];
    if (!last || (last.pos !== "NOUN" && last.pos !== "PROPN")) continue;
    // Every phrase asked ends in the last word, and most last words end none: one look-up before building phrases.
    if (!gazetteer.endsBody(last.norm) && !gazetteer.endsBody(last.lemma)) continue;
    // "army chief", "delegation head": a title that starts with the body noun and runs past the phrase is read as
    // the title (asked here, as most words after a name end no body).
    const title = roleAt(scope, at);
    if (title && title.len > len) return undefined;
    // "military withdrawal": the noun is a modifier; "Foreign Ministry spokesman": a title of the body follows.
    if (tokens[at + len]?.pos === "NOUN" && !CALENDAR_WORDS.has(tokens[at + len].norm) && !roleAt(scope, at + len)) continue;
    // "Sri Lanka's main opposition X party": a side word before a name says which side the body so named is on.
    if (SIDE_WORDS.has(last.norm) && tokens[at + len] && isCapitalised(tokens[at + len]) && !roleAt(scope, at + len)) continue;
    const kind = gazetteer.body(normsOf(tokens, at, at + len)) ?? (modifiersOf(tokens, at, at + len - 1) ? gazetteer.body(last.norm) ?? gazetteer.body(last.lemma) : undefined);
    if (kind) return { end: at + len, kind };
  }
  return undefined;
}

/** The comma after a lower-case noun phrase starting at `i` ("the lower house,"), if one comes there. */
function commonNounPhraseEnd({ tokens }: SentenceScope, i: number): number | undefined {
  const start = tokens[i]?.norm === "the" ? i + 1 : i;
  let j = start;
  while (j < start + 3 && tokens[j] && !isCapitalised(tokens[j]) && (tokens[j].pos === "NOUN" || tokens[j].pos === "ADJ")) j++;
  return j > start && tokens[j]?.norm === "," ? j : undefined;
}

/** "EU envoy to Somalia Lena Hartmann": the name after a title and the state or place it is posted to holds the title. */
function postedTitles({ tokens, out }: SentenceScope) {
  for (const title of [...out]) {
    if (title.kind !== "title" || tokens[title.last]?.norm !== "to") continue;
    const post = out.find((m) => m.first === title.last + 1 && (m.kind === "state" || m.kind === "place"));
    const person = post && out.find((m) => m.first === post.last && m.kind === "person" && untitledName(m));
    if (!person) continue;
    Object.assign(person, { role: `${title.role} to ${post.text}`, affiliation: title.affiliation, titleFirst: title.first });
    post.modifier = true; // where the post is, not an actor beside its holder
    out.splice(out.indexOf(title), 1);
  }
}

/** "X, the industry association ...", "X, a trade group that ...": an apposition says X is an organisation. */
function appositiveOrganisations({ tokens, gazetteer, out }: SentenceScope) {
  for (const m of out) {
    // Also a capitalised name read as a document's ("The Coordination Framework, the ruling alliance of ...").
    const named = m.kind === "person" ? !m.role : m.kind === "proposal" && tokens.slice(m.first, m.last).every(isCapitalised);
    if (!named || tokens[m.last]?.norm !== ",") continue;
    let j = m.last + 1;
    // "Ak Zhol, one of the parties in parliament,": one of a plural of organisations is one.
    if (tokens[j]?.norm === "one" && tokens[j + 1]?.norm === "of") j += 2;
    if (!["the", "a", "an"].includes(tokens[j]?.norm ?? "")) continue;
    j++;
    const modifies = (t: Token | undefined) => t && ((["NOUN", "ADJ"].includes(t.pos) && !isCapitalised(t)) || isPossessiveMark(t) || RULING.has(t.norm));
    while (modifies(tokens[j + 1]) && j - m.last < 5) j++;
    const head = tokens[j];
    if (head && head.pos === "NOUN" && !isCapitalised(head) && gazetteer.describesOrganisation(head.lemma)) Object.assign(m, { kind: "organisation", head: undefined, key: undefined });
  }
}

/** "its chief executive, X": "its"; "his spokesperson, X": "his"; "the commission's chairman, X": "commission"; else undefined. */
function titleOwnerWord({ tokens, gazetteer, out }: SentenceScope, title: Mention): string | undefined {
  const word = tokens[title.first - 1]?.norm ?? "";
  if (OWNER_PRONOUNS.has(word)) return word;
  // "a union official, Y": the noun for a body before the title, as "the union's" is; "a company spokesman, X" speaks
  // for the company the sentence before is about, as "its spokesman" does (the latest name with "company" in it may
  // be a court's).
  const described = ["a", "an"].includes(tokens[title.first - 2]?.norm ?? "") && tokens[title.first - 1].pos === "NOUN" ? gazetteer.describesOrganisation(word) : undefined;
  if (described) return described === "generic" ? "its" : word;
  if (word !== "'s" && word !== "'") return undefined;
  // "the junta's spokesman, X": a collective of a state's government stands for the state named before.
  const noun = tokens[title.first - 2];
  if (noun && tokens[title.first - 3]?.norm === "the" && gazetteer.body(noun.norm) === "collective") return STATE_OWNER;
  return out.find((m) => m.describes && m.last === title.first - 1)?.canonical;
}

/** "Acme, whose president, X, ...", "Acme said its chief, X, ...": the organisation or state before the possessive word. */
function possessiveOwner(scope: SentenceScope, title: Mention): Mention["affiliation"] {
  const { tokens, out } = scope;
  if (!["whose", "its", "their"].includes(tokens[title.first - 1]?.norm ?? "")) return undefined;
  const owner = out.filter((m) => m.last < title.first && (m.kind === "organisation" || m.kind === "state") && !m.modifier).at(-1);
  const relation = titleAt(scope, title.first)?.role.relation;
  const entityType = owner?.kind as NameEntry["entityType"];
  return owner && relation ? { canonical: owner.canonical, entityType, relation: ownedRelation(title.role, relation, entityType) } : undefined;
}

/** "Saxony's state premier, X": a title after a region's or city's possessive is held there. */
function placeOwner(scope: SentenceScope, title: Mention): Mention["affiliation"] {
  const { tokens, gazetteer, out } = scope;
  const place = out.find((m) => m.kind === "place" && m.last === title.first - 1 && isPossessiveMark(tokens[m.last]));
  const relation = titleAt(scope, title.first)?.role.relation ?? officeOf(gazetteer, title.role ?? "")?.role.relation;
  return place && relation ? { canonical: place.canonical, entityType: "place", relation } : undefined;
}

/** "X, the spokesman for Y", "X, Russia's deputy foreign minister", "Y's interior minister, X": roles in appositions. */
function appositiveRoles(scope: SentenceScope) {
  const { tokens, text, gazetteer, out } = scope;
  for (const title of [...out]) {
    if (title.kind !== "title" || !out.includes(title)) continue;
    // "the US ambassador to Peru, X": where the post is comes between the title and the name.
    let k = title.last;
    // "a spokeswoman for the president, X": the title after "for" is whom X serves, not X's.
    const servedTitle = tokens[k]?.norm === "for" && tokens[k + 1]?.norm === "the" ? out.find((m) => m.kind === "title" && m.first === k + 2 && !m.affiliation && tokens[m.last]?.norm === ",") : undefined;
    if (servedTitle) k = servedTitle.last;
    // "a spokesman for the presidency, X": a state's executive named by no state is the latest state's.
    const forExecutive = stateExecutiveAt(tokens, k);
    if (forExecutive > 0) k = forExecutive;
    // "the head of the mission, X": the body described after "of" is the one the title is held in.
    let describedOwner: string | undefined;
    let namedOwner: string | undefined; // "the leader of the Bel Air Brigade, X"
    // "a spokeswoman for the group, X": a description after "for" is whom the title serves.
    const forDescribed = tokens[k]?.norm === "for" && tokens[k + 1]?.norm === "the" && out.some((m) => m.first === k + 1 && m.describes);
    // "a spokeswoman for the European Commission, X": a named organisation after "for" is whom the title serves.
    const forNamed = tokens[k]?.norm === "for" && out.some((m) => m.kind === "organisation" && (m.first === k + 1 || m.first === ownerNameAt(tokens, k + 1)) && tokens[m.last]?.norm === ",");
    if (["to", "in", "at", "of"].includes(tokens[k]?.norm ?? "") || forDescribed || forNamed) {
      // A description ("the mission") starts at its "the", a name after it.
      const where = out.find((m) => m.first === k + 1) ?? out.find((m) => m.first === ownerNameAt(tokens, k + 1) && m.first > k + 1);
      if ((tokens[k].norm === "of" || forDescribed) && where?.describes) describedOwner = where.canonical;
      else if ((tokens[k].norm === "of" || forNamed) && where?.kind === "organisation") namedOwner = where.canonical;
      k = where?.last ?? k;
      // "the leader of the Viv Ansanm gang coalition, X": lower-case words saying what the body is.
      if (where) while (k < where.last + 3 && (tokens[k]?.pos === "NOUN" || tokens[k]?.pos === "ADJ") && !isCapitalised(tokens[k])) k++;
      // "its leader in the lower house, X": a chamber or office named in lower case is where the post is held; after
      // "of" it is the title's portfolio ("its head of operations, X").
      else k = commonNounPhraseEnd(scope, k + 1) ?? k;
    } else if (tokens[k]?.norm === "for") {
      // "its president for global affairs, X": a lower-case portfolio after "for" belongs to the title.
      let end = k + 1;
      while (end < k + 4 && tokens[end] && !isCapitalised(tokens[end]) && (tokens[end].pos === "NOUN" || tokens[end].pos === "ADJ")) end++;
      // So does one in capitals ("the European Commissioner for Migration, X"), no name of its own.
      if (end === k + 1) end = capitalisedPortfolioEnd(scope, k + 1);
      if (end > k + 1 && tokens[end]?.norm === ",") {
        for (const inside of out.filter((m) => m.first > k && m.last <= end && m.kind !== "title")) out.splice(out.indexOf(inside), 1);
        k = end;
      }
    }
    if (tokens[k]?.norm !== ",") continue;
    // The person may carry a rank that the lexicon reads as a title ("the army chief, Major General X"), and a
    // demonym before it that the title after "its" says more than ("Its commander, Italian Major General X").
    const ranked = (m: Mention) => m.titleFirst !== undefined && m.titleFirst === k + 2 && !!gazetteer.demonym(tokens[k + 1].text);
    const person = out.find((m) => m.kind === "person" && m.first > k && m.first <= k + 4 && tokens.slice(k + 1, m.first).every(isCapitalised) && (!m.affiliation || ranked(m)));
    if (!person || !closesApposition(tokens[person.last])) continue;
    person.role = title.role;
    const relation = officeOf(gazetteer, title.role ?? "")?.role.relation;
    const named = namedOwner && relation ? { canonical: namedOwner, entityType: "organisation" as const, relation: ownedRelation(title.role, relation, "organisation") } : undefined;
    person.affiliation = title.affiliation ?? named ?? possessiveOwner(scope, title) ?? placeOwner(scope, title);
    if (!person.affiliation) person.ownedBy = servedTitle ? `${SERVED_TITLE}${servedTitle.role!.toLowerCase()}` : forExecutive > 0 ? STATE_OWNER : describedOwner ?? titleOwnerWord(scope, title);
    out.splice(out.indexOf(title), 1); // the title only introduced the person named after it
    if (servedTitle) out.splice(out.indexOf(servedTitle), 1);
  }
  const introduced: Mention[] = [];
  for (const person of out) {
    // "Joyce Banda of the People's Party", "Senator X, of the Y alliance,": a member of the organisation.
    const of = tokens[person.last]?.norm === "," ? person.last + 1 : person.last;
    if (person.kind === "person" && person.last - person.first > 1 && !person.affiliation && tokens[of]?.norm === "of") {
      const at = tokens[of + 1]?.norm === "the" ? of + 2 : of + 1;
      const party = out.find((m) => m.first === at && m.kind === "organisation");
      // "Opposition leader X of the Y party": a party's leader leads it; other titles only say they are a member.
      const partyLeader = !!person.role && /(^|\s)leader$/i.test(person.role);
      if (party) person.affiliation = { canonical: party.canonical, entityType: "organisation", relation: partyLeader ? "leader_of" : "member_of" };
      // "Chief executive X of Lusitania Energia", "Opposition leader Y of Velmora": a title only organisations give,
      // or a leader's, makes the name after "of" one.
      const firm = !party && person.role && (gazetteer.isOrganisationTitle(person.role.toLowerCase()) || partyLeader) ? out.find((m) => m.first === at && untitledName(m)) : undefined;
      const relation = firm && (partyLeader ? "leader_of" as const : officeOf(gazetteer, person.role ?? "")?.role.relation);
      if (firm && relation) {
        firm.kind = "organisation";
        person.affiliation = { canonical: firm.canonical, entityType: "organisation", relation };
      }
    }
    if (person.kind !== "person" || tokens[person.last]?.norm !== ",") continue;
    let j = person.last + 1;
    // "CARICOM chairman X, the prime minister of Saint Lucia,": a second office, in a title read with its owner.
    if (person.role) {
      const second = person.affiliation && !person.alsoAffiliation && tokens[j]?.norm === "the" ? out.find((m) => m.kind === "title" && m.first === j + 1 && m.affiliation?.relation) : undefined;
      const end = second && out.find((m) => m.first === second.last + 1 && tokens[m.first - 1].norm === "of")?.last;
      if (second && end !== undefined && closesApposition(tokens[end])) {
        person.alsoAffiliation = second.affiliation;
        introduced.push(second);
      }
      continue;
    }
    if (["the", "a", "an"].includes(tokens[j]?.norm ?? "")) j++;
    // "X, its chairman,": the title's owner is named before (see pronounOwners).
    const ownerWord = OWNER_PRONOUNS.has(tokens[j]?.norm ?? "") ? tokens[j++].norm : undefined;
    let affiliation: { canonical: string; entityType: NameEntry["entityType"] } | undefined;
    // "X, a Green Unity member of parliament": a name between the article and a title is what the title is held in.
    const heldIn = ["a", "an"].includes(tokens[j - 1]?.norm ?? "") ? out.find((m) => m.first === j && untitledName(m) && roleAt(scope, m.last)) : undefined;
    if (heldIn) heldIn.kind = "organisation";
    const owner = out.find((m) => m.first === j && (m.kind === "state" || m.kind === "organisation"));
    // "X, a senior Kenyan official", "X, a former South African president": modifiers of the title before a demonym
    // of one or two words.
    let demonymAt = j;
    while (demonymAt < j + 2 && tokens[demonymAt]?.pos === "ADJ" && !isCapitalised(tokens[demonymAt])) demonymAt++;
    const twoWords = tokens[demonymAt + 1] ? gazetteer.demonym(`${tokens[demonymAt].text} ${tokens[demonymAt + 1].text}`) : undefined;
    const ownerDemonym = twoWords ?? (tokens[demonymAt] && gazetteer.demonym(tokens[demonymAt].text));
    let modifiers = "";
    if (owner && isPossessiveMark(tokens[owner.last])) {
      affiliation = { canonical: owner.canonical, entityType: owner.kind as NameEntry["entityType"] };
      j = owner.last + 1;
    } else if (ownerDemonym) {
      affiliation = { canonical: ownerDemonym, entityType: "state" };
      modifiers = demonymAt > j ? `${surface(text, tokens, j, demonymAt)} ` : "";
      j = demonymAt + (twoWords ? 2 : 1);
    } else if (owner?.kind === "organisation" && tokens[j - 1]?.norm !== "the" && roleAt(scope, owner.last)) {
      // "X, a Homeland Union member of parliament": the organisation named right before the title is where it is held.
      affiliation = { canonical: owner.canonical, entityType: "organisation" };
      j = owner.last;
    }
    // "X, the UN peacekeeping chief,": the title after its body's name was read with it, and only introduced X.
    // The name may carry its "the" ("the UN").
    const named = owner ?? out.find((m) => m.first === j - 1 && tokens[m.first].norm === "the" && (m.kind === "state" || m.kind === "organisation"));
    // So was one after its possessive ("X, the WHO's regional director for Africa,"), where the post is after it.
    const titled = named ? out.find((m) => m.kind === "title" && m.first === (affiliation ? j : named.last) && m.affiliation?.canonical === named.canonical) : undefined;
    const post = titled && ["for", "in"].includes(tokens[titled.last]?.norm ?? "") ? out.find((m) => m.first === titled.last + 1) : undefined;
    if (titled && closesApposition(tokens[(post ?? titled).last])) {
      Object.assign(person, { role: titled.role, affiliation: titled.affiliation });
      introduced.push(titled);
      continue;
    }
    // "X, the foreign ministry spokeswoman": a title held in a national body.
    const body = roleAt(scope, j) ? undefined : bodyPhrase(scope, j);
    const role = roleAt(scope, body ? body.end : j);
    if (!role) continue;
    const after = (body ? body.end : j) + role.len;
    const seat = tokens[after]?.norm === "for" ? out.find((m) => m.first === after + 1 && untitledName(m)) : undefined;
    if (seat && isConstituencyTitle(surface(text, tokens, j, after))) seat.kind = "place";
    else if (!affiliation && ["of", "for", "at"].includes(tokens[after]?.norm ?? "")) {
      const at = ownerNameAt(tokens, after + 1);
      const named = out.find((m) => m.first === at && (m.kind === "state" || m.kind === "organisation" || untitledName(m)));
      // "X, head of the Kora Traders,": a name no one holds a title in before is what the title is held in, not a person.
      // Who speaks for one speaks for a person as well ("spokesman for X").
      if (named && (role.role.relation === "leader_of" || role.role.relation === "member_of" || bodyNameAlone(scope, named)) && named.kind === "person" && closesApposition(tokens[named.last])) named.kind = "organisation";
      if (named && named.kind !== "person") affiliation = { canonical: named.canonical, entityType: named.kind as NameEntry["entityType"] };
      // "X, governor of the central bank,", "X, a spokeswoman for the company,": a description is the body it points back
      // to, found once all are known.
      const described = out.find((m) => m.first === after + 1 && m.describes);
      if (!affiliation && described && closesApposition(tokens[described.last])) person.ownedBy = described.canonical;
    }
    person.role = modifiers + surface(text, tokens, j, after);
    // A past office ("former president") ties no one.
    const relation = modifiers ? officeOf(gazetteer, person.role)?.role.relation : role.role.relation;
    if (modifiers) introduced.push(...out.filter((m) => m.kind === "title" && m.last === after && m.first >= j));
    // "X, the commander of the mission": an owned title, not one held as a rank ("X, a Hamas commander").
    const owned = !["a", "an"].includes(tokens[person.last + 1]?.norm ?? "");
    if (affiliation && relation) person.affiliation = { canonical: affiliation.canonical, entityType: affiliation.entityType, relation: owned ? ownedRelation(person.role, relation, affiliation.entityType) : relation };
    else if (ownerWord && closesApposition(tokens[after])) {
      person.ownedBy = ownerWord;
      const title = out.find((m) => m.kind === "title" && m.first === j);
      if (title) introduced.push(title);
    }
  }
  for (const title of introduced) out.splice(out.indexOf(title), 1);
}

/** Where "for the presidency" (a state's executive, no state named) ends at the comma after `k`'s "for", else -1. */
function stateExecutiveAt(tokens: Token[], k: number): number {
  const executive = tokens[k]?.norm === "for" && tokens[k + 1]?.norm === "the" && tokens[k + 3]?.norm === "," && lookupBody(tokens[k + 2].norm)?.head.category === "executive";
  return executive ? k + 3 : -1;
}

/**
 * Where the name of the body a title is held in starts, from `k` after its "of" or "for": past "the" and the side the
 * body is on ("spokesman for the ruling Union for Progress", "a member of the governing Unity Party").
 */
function ownerNameAt(tokens: Token[], k: number): number {
  if (tokens[k]?.norm === "the") k++;
  while (SIDE_WORDS.has(tokens[k]?.text ?? "")) k++;
  return k;
}

/**
 * "Minister of Fisheries and Marine Resources, X", "Minister of Lands and Mineral Resources Y": capitalised words
 * joined by "and" after "of" or "for" in a minister's or secretary's title are its portfolio, known or not, up to the
 * comma before the name in apposition, else through a portfolio the lexicon knows; no organisation of their own.
 * The title the lexicon knows runs from `first` to `end`; the result is where the portfolio ends (`end` for none).
 */
function portfolioAfterTitle(scope: SentenceScope, first: number, end: number): number {
  const { tokens, text } = scope;
  const title = tokens.slice(first, end);
  if (!title.some((w) => PORTFOLIO_TITLES.has(w.norm))) return end;
  const opens = ["of", "for"].includes(tokens[end]?.norm ?? "") ? end + 1 : listGoesOn(tokens, end) && title.some((w) => w.norm === "of" || w.norm === "for") ? end + 1 : -1;
  // Not a state or place the title is held in ("the prime minister of Saint Lucia").
  const portfolioOpens = (k: number) => !!tokens[k] && isCapitalised(tokens[k]) && !lexiconName(scope, k);
  if (opens < 0 || !portfolioOpens(opens)) return end;
  let from = opens;
  let last = nameRun(tokens, from);
  while (listGoesOn(tokens, last) && portfolioOpens(last + 1)) last = nameRun(tokens, (from = last + 1));
  if (tokens[last]?.norm === ",") return last;
  for (let k = last - 1; k > from; k--) if (lookupPortfolio(surface(text, tokens, from, k))) return k;
  // "and Marine Resources Anna Tolo": with no comma, the portfolio runs through its last word that ends portfolios.
  if (tokens[from - 1].norm === "and") for (let k = last - 1; k > from; k--) if (PORTFOLIO_ENDS.has(tokens[k - 1].text)) return k;
  return end;
}

/** Whether a list of capitalised words goes on at `k`: an "and", or a comma an "and" closes ("of Environment, Forestry and Climate Change"). */
const listGoesOn = (tokens: Token[], k: number) => tokens[k]?.norm === "and" || (tokens[k]?.norm === "," && closedByAnd(tokens, k + 1));

/** Whether capitalised words and commas from `k` lead to an "and": "Forestry and", not "Mabel Tolo, said". */
function closedByAnd(tokens: Token[], k: number): boolean {
  while (tokens[k] && (isCapitalised(tokens[k]) || tokens[k].norm === ",")) k++;
  return tokens[k]?.norm === "and";
}

/**
 * "General Confederation of Workers": a capitalised title word `t` of `len` words at `at` opening a name that ends in an
 * organisation word is part of that name. So is one joined by "and" to such a name: "Justice and Development Party".
 */
function titledOrganisation(scope: SentenceScope, t: Token, at: number, len: number): boolean {
  const { tokens, gazetteer } = scope;
  const next = tokens[at + len]?.norm === "and" && tokens[at + len + 1] && isCapitalised(tokens[at + len + 1]) ? at + len + 1 : at + len;
  return isCapitalised(t) && isCapitalised(tokens[next] ?? t) && tokens[next] !== undefined && gazetteer.isOrganisationHead(tokens[nameRun(tokens, next) - 1].text) && !lexiconName(scope, next);
}

/**
 * "Fishermen" + "'s Federation", "People" + "'s Party": where a run ends when the possessive of a plural
 * ("Acme's Board" is the board of Acme) leads to an organisation word.
 */
function possessiveNameEnd({ tokens, gazetteer }: SentenceScope, run: number): number {
  if (tokens[run]?.norm !== "'s" || !/(men|people|children|folk)$/i.test(tokens[run - 1].text) || !tokens[run + 1] || !isCapitalised(tokens[run + 1])) return run;
  const end = nameRun(tokens, run + 1);
  return gazetteer.isOrganisationHead(tokens[end - 1].text) ? end : run;
}

/** Finds the mentions of one sentence. `text` is the document's cleaned text. */
export function sentenceMentions(sentence: Sentence, text: string, { gazetteer, writesInLowerCase, writesAsSurname, vessels }: MentionOptions): Mention[] {
  const tokens = sentence.tokens;
  const out: Mention[] = [];
  const make = (first: number, last: number, kind: Mention["kind"], canonical: string, extra: Partial<Mention> = {}): Mention => {
    const m = newMention(sentence.index, first, last, tokens[first].start, tokens[last - 1].end, surface(text, tokens, first, last), kind, canonical, extra);
    out.push(m);
    return m;
  };

  // What the word rules below read; they are functions of the module, so a sentence makes no closures for them.
  const scope: SentenceScope = { tokens, text, gazetteer, out, writesAsSurname, titleAsked: -1, titleFound: undefined };
  /** "the Kenya Red Cross", "the Turkish Red Crescent": a state's own society of an international movement, part of the state. */
  const emitNationalSociety = (from: number, end: number, state: string) =>
    make(from, end, "organisation", surface(text, tokens, from, end), { affiliation: partOf(state) });

  /** An affiliation standing right before position i: "Ukrainian", "Ukraine's", "White House". */
  let pendingAffiliation: { canonical: string; entityType: NameEntry["entityType"]; end: number } | undefined;

  /** Proposals nested in one already found are not mentions of their own. */
  let proposalUntil = 0;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // "EU trade chief X": the affiliation waits over the portfolio words before a title.
    if (pendingAffiliation && pendingAffiliation.end < i && portfolioEnd(scope, pendingAffiliation.end) < i) pendingAffiliation = undefined;

    // Most words start nothing: a lower-case word no rule below opens with (one look-up for the word, one for its lemma) and no title.
    if (!isCapitalised(t) && !LOOP_WORDS.has(t.norm) && (t.lemma === t.norm || !LOOP_WORDS.has(t.lemma)) && !titleAt(scope, i)) {
      i++;
      continue;
    }

    // "the army", "Police fired", "riot police charged protesters": a force or crowd with no state or name before it
    // (those took it as a body of theirs) is an actor of its own; not a modifier ("army chief", "police officers").
    // "the works council": a body of two words, read as one.
    // Asked of every token: the pair's string is built only after a word that opens one.
    const pair = UNNAMED_PAIR_FIRSTS.has(t.norm) ? UNNAMED_ACTORS.get(`${t.norm} ${tokens[i + 1]?.norm}`) : undefined;
    if (pair && !["NOUN", "PROPN", "ADJ"].includes(tokens[i + 2]?.pos ?? "") && !isCapitalised(tokens[i + 1])) {
      make(i, i + 2, "organisation", pair);
      i += 2;
      continue;
    }
    const unnamed = UNNAMED_ACTORS.get(t.norm);
    // The tagger may read "the military said" as an adjective: it is a head when no noun follows.
    // Nor a count or a compound: "an army of lawyers" (not "accused the army of"), "the military-led government".
    const count = tokens[i + 1]?.norm === "of" && ["a", "an"].includes(tokens[i - 1]?.norm ?? "");
    if (unnamed && ["NOUN", "PROPN", "ADJ"].includes(t.pos) && !["NOUN", "PROPN", "ADJ"].includes(tokens[i + 1]?.pos ?? "") && tokens[i + 1]?.text !== "-" && !count && !titleAt(scope, i) && (!isCapitalised(t) || i === 0 || OPENERS.has(tokens[i - 1].norm))) {
      make(i, i + 1, "organisation", unnamed);
      i++;
      continue;
    }

    // "a bloc of small island states", "a group of oil-producing countries": a grouping of states is an actor of
    // its own, named by the whole phrase.
    const grouped = (t.norm === "a" || t.norm === "an") && GROUPINGS.has(tokens[i + 1]?.norm ?? "") && tokens[i + 2]?.norm === "of" ? membersEnd(scope, i + 3) : undefined;
    if (grouped) {
      make(i + 1, grouped, "organisation", surface(text, tokens, i + 1, grouped));
      i = grouped;
      continue;
    }

    // "Bill 21", "Resolution 2231", "Decree 1085": a measure named by its number; not a modifier ("Treaty 8 chiefs").
    if (isCapitalised(t) && tokens[i + 1]?.pos === "NUM" && (isProposalHead(t) || DOCUMENT_HEADS.has(t.norm)) && !["NOUN", "PROPN"].includes(tokens[i + 2]?.pos ?? "")) {
      const name = surface(text, tokens, i, i + 2);
      make(i, i + 2, "proposal", name, { head: t.norm, key: [name.toLowerCase()] });
      i += 2;
      continue;
    }
    // Of the words let through above, a lower-case one that is no pronoun, title, name particle or proposal word starts nothing.
    // The set look-ups first: "the" and the particles, let through above, need no search for a title.
    if (!isCapitalised(t) && !PRONOUNS.has(t.norm) && t.norm !== "the" && !NAME_PARTICLES.has(t.norm) && !titleAt(scope, i) && !isProposalHead(t) && !isMisreadHead(tokens, i) && !isFrame(t) && !endsCompoundHead(tokens, i)) {
      i++;
      continue;
    }

    // Definite descriptions that point back to an organisation: "the union", "the ruling party".
    if (t.norm === "the") {
      let k = i + 1;
      // "the 27-nation bloc", "the 15-member bloc": a count hyphened to a noun modifies the head too.
      if (tokens[k]?.pos === "NUM" && tokens[k + 1]?.text === "-" && tokens[k + 2]?.start === tokens[k + 1].end) k += 3;
      // "the country's biggest union": the state's possessive before its body's description, as "Norway's" is.
      if (COUNTRY_NOUNS.has(tokens[k]?.norm ?? "") && tokens[k + 1]?.norm === "'s") k += 2;
      const description = descriptionAt(scope, i, k);
      if (description) {
        emitDescription(i, description);
        continue;
      }
    }

    // Pronouns.
    const pronoun = PRONOUNS.get(t.norm);
    // Not a word in capitals, an acronym ("IT Minister", "US officials").
    if (pronoun && (t.pos === "PRON" || t.pos === "DET") && !isAcronym(t)) {
      make(i, i + 1, "pronoun", t.norm, { pronoun });
      i++;
      continue;
    }

    // A role title, with or without a name after it.
    if (readTitleAt(t)) continue;

    // Honorifics: "Mr. Smith", "Gen. Avril".
    if (i + 1 < tokens.length && isCapitalised(tokens[i + 1]) && gazetteer.isHonorific(t.text)) {
      const end = nameRun(tokens, i + 1);
      make(i + 1, end, "person", surface(text, tokens, i + 1, end), { titleFirst: i });
      i = end;
      continue;
    }

    // Lexicon names: states, capitals, seats of government, organisations, places, demonyms.
    // "PT Pertamina": a word opening companies' names in another language that alone is the lexicon's name of another
    // body ("PT", a party) opens an unknown name when a name follows it.
    const opener = ORGANISATION_OPENERS.has(t.text) && !!tokens[i + 1] && isCapitalised(tokens[i + 1]) && !roleAt(scope, i + 1);
    const read = lexiconName(scope, i);
    const named = opener && read?.[0] === 1 ? undefined : read;
    // A name the lexicon gives with its "the" ("the Pacific") runs on from its first capital, as after a capital "The".
    const run = isCapitalised(t) ? nameRun(tokens, i) : named && t.norm === "the" && tokens[i + 1] && isCapitalised(tokens[i + 1]) ? nameRun(tokens, i + 1) : i;
    if (named) {
      readLexiconName(named, run);
      continue;
    }

    // A demonym of one or two words: "Russian", "South Korean".
    const twoWords = i + 1 < tokens.length && isCapitalised(tokens[i + 1]) ? gazetteer.demonym(`${t.text} ${tokens[i + 1].text}`) : undefined;
    const state = twoWords ?? (isCapitalised(t) ? gazetteer.demonym(t.text) : undefined);
    if (state) {
      readDemonym(state, twoWords);
      continue;
    }

    // "a package of sanctions": the proposal is what the partitive counts.
    if (isPartitive(tokens, i)) {
      i += 2;
      continue;
    }
    // Proposals: a head noun with its phrase, or a frame ("a list of ...") whose complement names no head.
    if (readProposal(t)) continue;

    // Groups named by a capitalised modifier: "European leaders", "Western allies", "Moslem fundamentalist demonstrators";
    // a group word that modifies a noun after it names no group ("the Peronist opposition bloc").
    // (No lexicon name opens here: the lexicon rule above took it.)
    const groupEnd = groupAt(scope, i + 1) ? i + 2 : ["ADJ", "NOUN"].includes(tokens[i + 1]?.pos ?? "") && groupAt(scope, i + 2) ? i + 3 : 0;
    if (isCapitalised(t) && !NOT_NAMES.has(t.text) && groupEnd && tokens[groupEnd]?.pos !== "NOUN") {
      make(i, groupEnd, "organisation", surface(text, tokens, i, groupEnd));
      i = groupEnd;
      continue;
    }

    // Unknown capitalised names.
    if (NOT_NAMES.has(t.text) && (t.pos !== "PROPN" || (tokens[i + 1] && isCapitalised(tokens[i + 1])))) {
      i++;
      continue;
    }
    // "Neighbouring Chile", "Landlocked Bolivia": a capitalised word the tagger reads as no name, opening a sentence before a known name.
    if (t.pos !== "PROPN" && (i === 0 || OPENERS.has(tokens[i - 1].norm)) && lexiconName(scope, i + 1)) {
      i++;
      continue;
    }
    // "Opposition Socialist Party leader X", "Ruling Congress lawmakers": the side a body is on, capitalised only to open
    // the sentence, is no part of its name.
    if (SIDE_WORDS.has(t.norm) && (i === 0 || OPENERS.has(tokens[i - 1].norm)) && tokens[i + 1] && isCapitalised(tokens[i + 1])) {
      i++;
      continue;
    }
    // "raising VAT", "COVID cases", "drones and UAVs": an acronym of a common noun, alone, names nothing.
    if (run === i + 1 && COMMON_ACRONYMS.has(t.text.replace(/s$/, ""))) {
      i++;
      continue;
    }
    if (run > i) {
      readUnknownName(run);
      continue;
    }
    i++;
  }
  acronymNames();
  postedTitles(scope);
  appositiveRoles(scope);
  appositiveOrganisations(scope);
  return out;

  /**
   * Whether a title the lexicon knows opens at `i` and is read (readTitle): capitalised, owned, before a name, in
   * apposition; not a capitalised title word opening an organisation's name. The loop's title rule.
   */
  function readTitleAt(t: Token): boolean {
    const read = roleAt(scope, i);
    const role = read && { ...read, len: portfolioAfterTitle(scope, i, i + read.len) - i };
    if (!role || titledOrganisation(scope, t, i, role.len)) return false;
    const namedNext = tokens[i + role.len] && isCapitalised(tokens[i + role.len]) && (tokens[i + role.len].pos === "PROPN" || surnameLikePronoun(scope, i + role.len));
    // Where the title starts: "trade chief" after "the EU's" holds a portfolio in the EU, a member of it.
    let lead = i;
    while (lead > i - MAX_PORTFOLIO_WORDS && portfolioWord(scope, tokens[lead - 1], lead - 1) && !roleAt(scope, lead - 1)) lead--;
    if (lead < i && !pendingAffiliation && !TITLE_OWNERS.has(tokens[lead - 1]?.norm ?? "")) lead = i;
    if (!pendingAffiliation) ministryBefore(i);
    // "the Freedom Party leader, X": a lower-case title right after an organisation, introducing a name in apposition.
    const appositionAfterBody = out.at(-1)?.kind === "organisation" && out.at(-1)?.last === i && [",", "in", "at"].includes(tokens[i + role.len]?.norm ?? "");
    // "A spokeswoman for the European Commission, X": an indefinite title opening a sentence says whom it serves after "for" or "of".
    const servesNamed = lead === 1 && ["a", "an"].includes(tokens[0].norm) && ["for", "of"].includes(tokens[i + role.len]?.norm ?? "");
    // "a company spokesman, X": the noun for a body the title is held in, then the name in apposition.
    const inDescribed = lead === i && tokens[i + role.len]?.norm === "," && ["a", "an"].includes(tokens[i - 2]?.norm ?? "") && tokens[i - 1].pos === "NOUN" && !!gazetteer.describesOrganisation(tokens[i - 1].norm);
    if (isCapitalised(t) || pendingAffiliation || namedNext || appositionAfterBody || servesNamed || inDescribed || tokens[lead - 1]?.norm === "the" || TITLE_OWNERS.has(tokens[lead - 1]?.norm ?? "")) {
      readTitle(t, role, lead);
      return true;
    }
    return false;
  }

  /** Whether a proposal opens at `i` and is read: a head noun with its phrase, or a frame ("a list of ...") whose complement names no head. */
  function readProposal(t: Token): boolean {
    const gerund = t.pos === "VERB" && ["the", "a", "an"].includes(tokens[i - 1]?.norm ?? "");
    // The last noun of a compound is its head: "truce proposal", "ceasefire deal".
    // So is the noun after a quoted modifier: 'the "peace" deal'.
    const compound = (tokens[i + 1]?.pos === "NOUN" && tokens[i + 1].start === t.end + 1) || (tokens[i + 1]?.norm === '"' && tokens[i + 1].start === t.end && tokens[i + 2] !== undefined && isProposalHead(tokens[i + 2]));
    // "in exchange for X": a preposition, not a proposal of an exchange.
    if (t.norm === "exchange" && tokens[i - 1]?.norm === "in" && tokens[i + 1]?.norm === "for") {
      i++;
      return true;
    }
    // "the UN relief chief", "EU aid chief": a head before a title is the title's portfolio, no measure (asked last: few words are heads).
    if (i >= proposalUntil && !compound && ((isProposalHead(t) && (t.pos !== "VERB" || gerund)) || isMisreadHead(tokens, i) || endsCompoundHead(tokens, i)) && !isCapitalised(t) && !isAttack(tokens[i - 1]?.norm, t.norm) && !titleAt(scope, i + 1)) {
      const span = proposalSpan(tokens, i);
      emitProposal(span.first, span.last, span.head);
      proposalUntil = span.last;
      i = span.head + 1;
      return true;
    }
    if (i >= proposalUntil && isFrame(t)) {
      const span = proposalSpan(tokens, i);
      const complement = tokens.slice(span.head + 1, span.last);
      // "a list of hundreds of children" is a proposal; "a proposal for a truce" frames one; "a demand of Kyiv" names its actor.
      if (complement.some((c) => c.pos === "NOUN") && !complement.some(isProposalHead)) {
        // "a proposal for a customs union" names the union; "a list of detainees" names the list.
        const bare = GENERIC_FRAMES.has(t.norm) && ["for", "of", "on"].includes(tokens[span.head + 1]?.norm ?? "");
        const first = bare ? span.head + 2 : span.first;
        const head = bare ? complement.map((c, n) => (c.pos === "NOUN" ? span.head + 1 + n : -1)).filter((n) => n >= 0).at(-1)! : span.head;
        emitProposal(first, span.last, head);
        proposalUntil = span.last;
      } else if (span.last === i + 1 && span.first < i && NAMED_FRAMES.has(t.norm) && !tokens.slice(span.first, i).some(isProposalHead) && proposalLabel(tokens, { first: span.first, last: i + 1 }).includes(" ")) {
        // "the Egyptian offer", "a Franco-German initiative": modifiers alone say which proposal (a measure before
        // the frame, "truce proposal", is the measure proposed, read as such when resolving).
        emitProposal(span.first, i + 1, i);
        proposalUntil = i + 1;
      }
      i++;
      return true;
    }
    return false;
  }

  /** A title the lexicon knows at a word, and its length in words. */
  type Role = NonNullable<ReturnType<typeof roleAt>>;

  /** A role title at `i` (its words from `lead`), with the name it gives or the state or body it is held in. */
  function readTitle(t: Token, role: Role, lead: number): void {
    const afterRole = i + role.len;
    let nameEnd = afterRole < tokens.length && isCapitalised(tokens[afterRole]) ? nameRun(tokens, afterRole) : afterRole;
    // "President of France" names no person; "President Vladimir Putin" does, whatever the lexicon says of "Vladimir".
    const exact = nameEnd > afterRole ? lexiconName(scope, afterRole) : undefined;
    if (exact && afterRole + exact[0] === nameEnd && exact[1].entityType !== "place") nameEnd = afterRole;
    // "President Z of W": the affiliation follows the name.
    let affiliation = pendingAffiliation;
    // "NUM general secretary X", "Acme Mining chief executive X": the name before the title is its organisation.
    // "Acme's chief executive, X": the same through a possessive.
    const before = out.at(-1);
    const adjacent = before && (before.last === i || (before.last === i - 1 && isPossessiveMark(tokens[i - 1])));
    // "Likud leader X": a single unknown name before a lower-case "leader" is the party or group led.
    const ledBy = role.role.title === "leader" && !isCapitalised(t) && before !== undefined && before.last === before.first + 1;
    if (!affiliation && before && adjacent && !before.role && (before.kind === "organisation" || (before.kind === "person" && (gazetteer.isOrganisationTitle(role.role.title) || ledBy || (role.role.relation === "spokesperson_of" && bodyNameAlone(scope, before)))))) {
      before.kind = "organisation";
      // "Chinese Foreign Ministry spokesman X": who speaks for a national body serves its state; "Nepali Congress
      // leader X" leads the body itself.
      affiliation = before.body && before.affiliation && role.role.relation !== "leader_of" ? { canonical: before.affiliation.canonical, entityType: "state", end: i } : { canonical: before.canonical, entityType: "organisation", end: i };
    }
    let ofAffiliation: [number, NameEntry] | undefined;
    const ofAt = nameEnd > afterRole ? nameEnd : afterRole;
    if (!affiliation && tokens[ofAt]?.norm === "of") {
      const at = tokens[ofAt + 1]?.norm === "the" ? ofAt + 2 : ofAt + 1;
      ofAffiliation = at < tokens.length ? lexiconName(scope, at) : undefined;
      if (ofAffiliation && ofAffiliation[1].entityType !== "place") affiliation = { canonical: ofAffiliation[1].canonical, entityType: ofAffiliation[1].entityType, end: at + ofAffiliation[0] };
    }
    const roleText = surface(text, tokens, lead, afterRole);
    // "EU trade chief X" leads a portfolio, a member of the EU; "foreign ministry spokeswoman X" still speaks for it.
    const relation = lead < i && role.role.relation === "leader_of" ? "member_of" as const : role.role.relation;
    const aff = affiliation ? { canonical: affiliation.canonical, entityType: affiliation.entityType, relation } : undefined;
    // "The Attorney General's office said", "Bosnia's state prosecutor's office": the office a title names is an
    // organisation, not the title's holder.
    if (nameEnd === afterRole && tokens[afterRole]?.norm === "'s" && tokens[afterRole + 1]?.norm === "office") {
      const end = afterRole + 2;
      make(lead, end, "organisation", surface(text, tokens, lead, end), aff?.entityType === "state" ? { affiliation: partOf(aff.canonical) } : {});
      pendingAffiliation = undefined;
      i = end;
      return;
    }
    if (nameEnd > afterRole) {
      // "an official Syrian newspaper": a demonym after a title is no name.
      if (nameEnd - afterRole === 1 && (NOT_NAMES.has(tokens[afterRole].text) || gazetteer.demonym(tokens[afterRole].text))) nameEnd = afterRole;
    }
    if (nameEnd > afterRole) {
      // "Prime Minister Sheikh Mohammed ...": a courtesy title opening the name is not part of it.
      let nameStart = afterRole;
      while (nameStart + 1 < nameEnd && nameEnd - nameStart > 2 && (gazetteer.isHonorific(tokens[nameStart].text) || roleAt(scope, nameStart)?.len === 1)) nameStart++;
      const person = make(nameStart, nameEnd, "person", surface(text, tokens, nameStart, nameEnd), { role: roleText, affiliation: aff, titleFirst: lead });
      // "Its spokesman X said": the owner is the actor named before in the sentence, else the subject of the one before.
      const possessive = tokens[lead - 1]?.norm;
      if (!aff && (possessive === "its" || possessive === "their")) {
        const owner = out.filter((m) => m.last < lead && (m.kind === "organisation" || m.kind === "state") && !m.modifier).at(-1);
        if (owner) person.affiliation = { canonical: owner.canonical, entityType: owner.kind as NameEntry["entityType"], relation: role.role.relation };
        else person.ownedBy = possessive;
      } else if (!aff && (possessive === "his" || possessive === "her")) person.ownedBy = possessive;
      else if (!aff && (lead === 0 || OPENERS.has(possessive ?? ""))) {
        // A title opening the sentence with no owner: "Party chairman X" is the party's, as "the party's chairman" is;
        // "Spokesman Y said" speaks for the subject of the sentence before, as "its spokesman" does.
        if (roleText.includes(" ") && gazetteer.describesOrganisation(tokens[lead].norm)) person.ownedBy = tokens[lead].norm;
        else if (role.role.relation === "spokesperson_of") person.ownedBy = "its";
      }
      i = nameEnd;
    } else if (aff?.entityType === "state" && /s$/.test(tokens[afterRole - 1].norm) && !/ss$/.test(tokens[afterRole - 1].norm) && !role.role.title.endsWith(tokens[afterRole - 1].norm) && !tokens.slice(i, afterRole).some((w) => w.norm === "of" || w.norm === "for")) {
      // "Moroccan diplomats", "Russian negotiators": holders of a title in the plural stand for their state; not a
      // portfolio after "of" ("Kuwait's Minister of Social Affairs, X").
      make(i, afterRole, "state", aff.canonical, { collective: true });
      i = afterRole;
    } else {
      make(lead, afterRole, "title", role.role.title, { role: roleText, affiliation: aff });
      i = afterRole;
    }
    pendingAffiliation = undefined;
  }

  /** A lexicon name at `i` (a state, capital, place, organisation), `run` the end of the capitalised run it opens: the loop's lexicon rule. */
  function readLexiconName(named: [number, NameEntry], run: number): void {
    const [len, entry] = named;
    const end = i + len;
    // "the Paris Agreement", "the G20 Summit": a name opening the name of a treaty or an event is no actor there.
    if (run > end && headsTreatyOrEvent(run)) return;
    // "Texas Governor X", "Punjab Chief Minister Y": a region's own title, then the name; its holder serves the region.
    // So does a capital's mayor or governor ("Kyiv Mayor X"), who serves the city, not the state.
    const office = run > end ? roleAt(scope, end) : undefined;
    if (office && (entry.entityType === "place" || (entry.kind === "capital" && CITY_OFFICES.has(office.role.title)))) {
      make(i, end, "place", entry.canonical, entry.state ? { affiliation: partOf(entry.state) } : {});
      pendingAffiliation = { canonical: entry.canonical, entityType: "place", end };
      i = end;
      return;
    }
    // "Pacific island states", "Caribbean nations": a region's adjective before a noun names no place.
    if (entry.entityType === "place" && gazetteer.isAdjective(surface(text, tokens, i, end)) && tokens[end]?.pos === "NOUN") {
      i = end;
      return;
    }
    // "Buenos Aires province", "the Kabul river": a capital's name and a lower-case place noun name another place of its state.
    const placeNoun = tokens[end];
    if (entry.kind === "capital" && run === end && placeNoun && placeNoun.text === placeNoun.norm && gazetteer.isLowerCasePlaceHead(placeNoun.norm)) {
      const from = tokens[i].norm === "the" ? i + 1 : i;
      make(from, end + 1, "place", surface(text, tokens, from, end + 1), entry.state ? { affiliation: partOf(entry.state) } : {});
      i = end + 1;
      return;
    }
    // A person's name that starts with a place name: "Vladimir Petrov", "Georgia Meloni".
    if (entry.entityType === "place" && run > end && !lexiconName(scope, end) && !gazetteer.isOrganisationHead(tokens[run - 1].text)) {
      emitUnknownName(i, run);
      i = run;
      return;
    }
    // A longer capitalised name ending in an organisation word wins: "Kenya Anti-Corruption Commission";
    // so does one after "the" that starts with a state ("the Chile Salmon Growers"): no person's name does.
    // "the Mozambique Channel", "the Kenya Highlands Reservoir": a longer name ending in a place word is a place.
    if (run > end && gazetteer.isPlaceHead(tokens[run - 1].text) && !lexiconName(scope, end)) {
      const from = tokens[i].norm === "the" ? i + 1 : i;
      make(from, run, "place", surface(text, tokens, from, run), entry.entityType === "state" ? { affiliation: partOf(entry.canonical) } : {});
      i = run;
      return;
    }
    // "New Zealand First", "Britain First": a state's name and a word no name of the state ends with is a party;
    // not a title after it ("Kenya First Lady").
    if (entry.kind === "state" && PARTY_WORDS_AFTER_STATE.has(tokens[end]?.text ?? "") && !roleAt(scope, end) && !(tokens[end + 1] && isCapitalised(tokens[end + 1]))) {
      make(i, end + 1, "organisation", surface(text, tokens, i, end + 1), { affiliation: { canonical: entry.canonical, entityType: "state" } });
      i = end + 1;
      return;
    }
    const society = entry.kind === "state" ? nationalSocietyEnd(scope, end) : 0;
    if (society) {
      emitNationalSociety(tokens[i].norm === "the" ? i + 1 : i, society, entry.canonical);
      i = society;
      return;
    }
    // "the All Pakistan Traders' Union", "the All Kenya Farmers Federation": "All" after "the" opens the name.
    const allOf = entry.kind === "state" && tokens[i - 1]?.text === "All" && tokens[i - 2]?.norm === "the";
    const stateNamed = entry.entityType === "state" && ((tokens[i - 1]?.norm === "the" && run - end > 1) || allOf);
    // "the Kenya Progress coalition": a lower-case organisation noun after the longer name says what it is.
    if (run > end && (gazetteer.isOrganisationHead(tokens[run - 1].text) || stateNamed || describedAfter(scope, run)) && !lexiconName(scope, end)) {
      const last = organisationNameEnd(scope, run);
      // "The UN Verification Mission": an opening "The" is no part of the name.
      const from = allOf ? i - 1 : tokens[i].norm === "the" ? i + 1 : i;
      make(from, last, "organisation", surface(text, tokens, from, last), { affiliation: entry.entityType === "state" ? stateBody(entry.canonical, tokens[run - 1], tokens[last - 1]) : undefined });
      i = last;
      return;
    }
    const possessive = tokens[end]?.norm === "'s";
    const next = possessive ? end + 1 : end;
    const body = next < tokens.length ? bodyPhrase(scope, next) : undefined;
    if (body && entry.entityType === "state" && (entry.kind === "state" || entry.kind === "capital")) {
      emitBody(i, end, next, body, entry.kind === "capital" && entry.state ? entry.state : entry.canonical);
      return;
    }
    // "Malawi's main opposition party": the state, then the description of its body.
    const description = possessive && entry.kind === "state" ? descriptionAt(scope, next, next) : undefined;
    if (description) {
      make(i, end, "state", entry.canonical);
      emitDescription(next, description);
      return;
    }
    // "Kenya's dairy farmers", like "Kenyan farmers": a group of the state's people, not the state.
    // "Ghana's small cocoa farmers": past lower-case modifiers.
    const groupHead = possessive && entry.kind === "state" ? descriptionHead(scope, next, next + 4) : -1;
    const groupEnd = groupHead >= 0 && groupAt(scope, groupHead) ? groupHead + 1 : 0;
    // A plural that ends its phrase: not "Malawi's main opposition party".
    if (groupEnd && tokens[groupEnd - 1].norm !== tokens[groupEnd - 1].lemma && !["NOUN", "PROPN"].includes(tokens[groupEnd]?.pos ?? "")) {
      make(i, groupEnd, "organisation", surface(text, tokens, i, groupEnd));
      i = groupEnd;
      return;
    }
    // "in Nairobi", "through central Brussels".
    const preposition = COMPASS.has(tokens[i - 1]?.norm ?? "") ? tokens[i - 2] : tokens[i - 1];
    // "accounts in Dubai and London": a name joined by "and" to a place is a place too.
    const joinedToPlace = ["and", "or"].includes(tokens[i - 1]?.norm ?? "") && out.at(-1)?.kind === "place" && out.at(-1)?.last === i - 1;
    const locative = PLACE_PREPOSITIONS.has(preposition?.norm ?? "") || tokens[i - 1]?.text === "," || joinedToPlace;
    // "withdraw its fighters from Khartoum", "fled from Kyiv": where a movement leaves is the city, never its state
    // (one "travels to Caracas" to meet its government).
    const moved = preposition?.norm === "from" && MOTION_VERBS.has(verbBefore(scope, i)?.lemma ?? "");
    if (entry.kind === "capital" && locative) make(i, end, "place", tokens.slice(i, end).map((x) => x.text).join(" "), entry.state ? { affiliation: partOf(entry.state), capital: moved ? undefined : true } : {});
    else if (entry.kind === "capital" && entry.state) make(i, end, "state", entry.state);
    // "southern Africa", "eastern Europe": a part of a world region is a region of its own.
    else if (entry.entityType === "place" && !entry.state && COMPASS.has(tokens[i - 1]?.text ?? "")) make(i - 1, end, "place", `${tokens[i - 1].text} ${entry.canonical}`);
    else make(i, end, entry.entityType, entry.canonical, entry.state && entry.entityType !== "state" && !entry.outsideState ? { affiliation: partOf(entry.state) } : { modifier: worldPlaceModifier(scope, entry, end, possessive) || undefined });
    if (entry.entityType === "state" || entry.entityType === "organisation") pendingAffiliation = { canonical: entry.canonical, entityType: entry.entityType, end: possessive ? end + 1 : end };
    i = possessive ? end + 1 : end;
  }

  /**
   * Whether the capitalised run from `i` to `run` ends in a document's or an event's word ("Agreement", "Summit"):
   * a treaty is read as the measure it names, an event as nothing.
   */
  function headsTreatyOrEvent(run: number): boolean {
    const last = tokens[run - 1];
    if (EVENT_HEADS.has(last.text)) i = run;
    // Not a measure named by its number ("UN Security Council Resolution 1701"), read from its head word.
    else if (DOCUMENT_HEADS.has(last.norm) && tokens[run]?.pos !== "NUM" && !lexiconName(scope, run - 1)) {
      const name = surface(text, tokens, i, run);
      make(i, run, "proposal", name, { head: last.norm, key: [name.toLowerCase()] });
      i = run;
    }
    return i === run;
  }

  /** A demonym of one or two words at `i` and what it modifies: the loop's demonym rule. */
  function readDemonym(state: string, twoWords: string | undefined): void {
    const d = twoWords ? i + 2 : i + 1;
    // "Ukrainian Defence Minister ...", "Russian delegation head ...", "German data protection commissioner ...":
    // the demonym is the affiliation of what follows.
    // A body before the title ("Congolese government spokesman") is read below, an actor of its own.
    if (roleAt(scope, d) || (portfolioEnd(scope, d) >= 0 && !bodyPhrase(scope, d))) {
      pendingAffiliation = { canonical: state, entityType: "state", end: d };
      i = d;
      return;
    }
    const society = nationalSocietyEnd(scope, d);
    if (society) {
      emitNationalSociety(i, society, state);
      i = society;
      return;
    }
    // "Hungarian and Romanian officials": each demonym of the coordination stands for its state.
    let last = d;
    const coordinated: [number, string][] = [[i, state]];
    while ((tokens[last]?.norm === "and" || tokens[last]?.norm === ",") && tokens[last + 1] && gazetteer.demonym(tokens[last + 1].text)) {
      coordinated.push([last + 1, gazetteer.demonym(tokens[last + 1].text)!]);
      last += 2;
    }
    // "the Kyrgyz, Uzbek and Tajik states": demonyms listed before a plural of states name each state.
    if (coordinated.length > 1 && STATE_NOUNS.has(tokens[last]?.norm ?? "")) {
      for (const [at, s] of coordinated) make(at, at === i ? d : at + 1, "state", s);
      i = last + 1;
      return;
    }
    // "Vietnamese-led forces": forces a state leads act for it, as "Vietnamese forces" do ("Russian-backed" ones do not).
    const led = coordinated.length === 1 && tokens[d]?.norm === "-" && tokens[d + 1]?.norm === "led" ? bodyPhrase(scope, d + 2) : undefined;
    if (led?.kind === "collective") {
      emitBody(i, d, d + 2, led, state);
      return;
    }
    const body = last < tokens.length ? bodyPhrase(scope, last) : undefined;
    if (body && coordinated.length > 1 && body.kind === "collective") {
      coordinated.slice(0, -1).forEach(([at, s]) => make(at, at + 1, "state", s, { collective: true }));
      emitBody(last - 1, last, last, body, coordinated.at(-1)![1]);
      return;
    }
    if (body) {
      emitBody(i, d, d, body, state);
      // "Kenyan government spokesman X": a title of the state's government is held for the state.
      if (body.kind === "collective" && roleAt(scope, body.end)) pendingAffiliation = { canonical: state, entityType: "state", end: body.end };
      return;
    }
    // "the German Farmers' Association": a capitalised name ending in an organisation word, the demonym its first word.
    // "the Brazilian Association of Vegetable Oil Industries": its complement too.
    // "the Maldivian Democratic Party": a name the lexicon gives a body of another state is a namesake of this one's.
    const named = d < tokens.length && isCapitalised(tokens[d]) ? possessiveNameEnd(scope, nameRun(tokens, d)) : d;
    const known = named > d ? lexiconName(scope, d)?.[1] : undefined;
    if (named > d && gazetteer.isOrganisationHead(tokens[named - 1].text) && (!known || (known.entityType === "organisation" && known.state !== undefined && known.state !== state))) {
      const end = organisationNameEnd(scope, named);
      make(i, end, "organisation", surface(text, tokens, i, end), { affiliation: stateBody(state, tokens[named - 1]) });
      i = end;
      return;
    }
    const groupEnd = groupAt(scope, d) ? d + 1 : tokens[d]?.pos === "NOUN" || tokens[d]?.pos === "ADJ" ? (groupAt(scope, d + 1) ? d + 2 : 0) : 0;
    if (groupEnd) {
      make(i, groupEnd, "organisation", surface(text, tokens, i, groupEnd));
      i = groupEnd;
      return;
    }
    // A people form or a demonym before a noun of people stands for the state: "Palestinians", "Israeli soldiers".
    const next = tokens[d];
    const people = /s$/.test(tokens[d - 1].text) && !next?.pos.startsWith("N");
    if (people || (next && PEOPLE_NOUNS.has(next.lemma))) {
      const end = people ? d : d + 1;
      make(i, end, "state", state, { collective: true });
      i = end;
      return;
    }
    // "Palestinian homes": the state is what an act may target, never its actor.
    if (next && (next.pos === "NOUN" || next.pos === "ADJ") && !isCapitalised(next)) make(i, d, "state", state, { collective: true, modifier: true });
    i = d;
  }

  /** A capitalised run at `i` to `run` the lexicon does not know: the loop's rule of unknown names. */
  function readUnknownName(run: number): void {
    // "Pensions Minister Ana Diaz": a title after a portfolio the lexicon lacks, then a name.
    const inner = titleInside(scope, i, run);
    if (inner) {
      // "Senate President X", "Freedom Party leader Y": a body named before the title is where it is held.
      const [at, end] = inner;
      // "Mato Grosso Governor X": a name before a title regions give is the region.
      const regional = REGIONAL_OFFICES.includes(normsOf(tokens, at, end));
      // So is an acronym alone ("NLC President X"), unless it is a portfolio's ("IT Minister X").
      const acronym = at === i + 1 && isAcronym(tokens[i]) && !tokens.slice(at, end).some((w) => PORTFOLIO_TITLES.has(w.norm));
      const organisation = BODY_HEADS.has(tokens[at - 1].text) || acronym;
      const body = organisation ? make(i, at, "organisation", surface(text, tokens, i, at)) : regional ? make(i, at, "place", surface(text, tokens, i, at)) : undefined;
      const relation = titleAt(scope, at)?.role.relation;
      const affiliation = body && relation ? { canonical: body.canonical, entityType: body.kind as "organisation" | "place", relation } : undefined;
      make(end, run, "person", surface(text, tokens, end, run), { role: surface(text, tokens, body ? at : i, end), titleFirst: i, ...(affiliation ? { affiliation } : {}) });
      i = run;
      return;
    }
    // "Federal Minister for Interior X": a title that runs past the capitalised words is read from where it starts.
    let head = i + 1;
    while (head < run && (roleAt(scope, head)?.len ?? 0) <= run - head) head++;
    if (head < run) {
      // "Freedom Party leader X": a title that opens with the body's last word ("party leader") leaves that word to
      // the body's name, and the title after it is held there.
      if (BODY_HEADS.has(tokens[head].text) && roleAt(scope, head + 1)) {
        make(i, head + 1, "organisation", surface(text, tokens, i, head + 1));
        i = head + 1;
      } else i = head;
      return;
    }
    // "the Philadelphi corridor", "the Tana river": a capitalised name and a lower-case place noun.
    if (tokens[run] && tokens[run].text === tokens[run].norm && gazetteer.isLowerCasePlaceHead(tokens[run].norm)) {
      make(i, run + 1, "place", surface(text, tokens, i, run + 1));
      i = run + 1;
      return;
    }
    // "the Valencian regional government": the own government of a region the lexicon does not know, named by its name or adjective.
    const government = tokens[run + 1] && REGIONAL_GOVERNMENT_FIRSTS.has(tokens[run].norm) && REGIONAL_GOVERNMENTS.has(`${tokens[run].norm} ${tokens[run + 1].norm}`) ? run + 2 : run;
    if (government > run) {
      make(i, government, "organisation", surface(text, tokens, i, government));
      i = government;
      return;
    }
    // "Sofala and Zambezia provinces" after a known place: the last name before a plural place noun is one too.
    const after = tokens[run];
    if (tokens[i - 1]?.norm === "and" && after && after.text === after.norm && after.norm !== after.lemma && gazetteer.isLowerCasePlaceHead(after.lemma)) {
      make(i, run, "place", surface(text, tokens, i, run));
      i = run + 1;
      return;
    }
    // "the Naryn and Syr Darya rivers": two names joined by "and" before a plural place noun are two places.
    const second = tokens[run]?.norm === "and" && tokens[run + 1] && isCapitalised(tokens[run + 1]) ? nameRun(tokens, run + 1) : run;
    const plural = tokens[second];
    if (second > run + 1 && plural && plural.text === plural.norm && plural.norm !== plural.lemma && gazetteer.isLowerCasePlaceHead(plural.lemma)) {
      make(i, run, "place", surface(text, tokens, i, run));
      make(run + 1, second, "place", surface(text, tokens, run + 1, second));
      i = second + 1;
      return;
    }
    // "Justice and Development Party", "Computer and Communications Industry Association": a name of two runs joined by "and",
    // also when a lower-case noun after it says what it is ("the Peace and Development party").
    // Not two complete names: "Corvane Systems and Halbrook Aerospace".
    const complete = headedOrganisation(scope, i, run);
    const joined = tokens[run]?.norm === "and" && !complete && tokens[run + 1] && isCapitalised(tokens[run + 1]) && !NOT_NAMES.has(tokens[run + 1].text) && !lexiconName(scope, run + 1) ? nameRun(tokens, run + 1) : run;
    if (joined > run && (gazetteer.isOrganisationHead(tokens[joined - 1].text) || describedAfter(scope, joined))) {
      const last = organisationNameEnd(scope, joined);
      make(i, last, "organisation", surface(text, tokens, i, last), complementState(scope, last));
      i = last;
      return;
    }
    // "Electronics and IT Minister X", "the Mines and Steel Minister": a word that opens the phrase joined by "and" to
    // the portfolio of a title after it is a portfolio too.
    const opensPhrase = i === 0 || OPENERS.has(tokens[i - 1].norm) || tokens[i - 1].norm === "the" || isPossessiveMark(tokens[i - 1]);
    if (run === i + 1 && opensPhrase && second > run + 1 && !roleAt(scope, run + 1) && titleInside(scope, run + 1, second)) {
      i = run + 1;
      return;
    }
    const end = organisationNameEnd(scope, possessiveNameEnd(scope, run));
    if (end > run) make(i, end, "organisation", surface(text, tokens, i, end), complementState(scope, end));
    else emitUnknownName(i, end);
    i = end;
  }

  /**
   * "Cloud Providers in Europe (CPE)": the words before an acronym in brackets whose capitals spell it
   * are one organisation, even with a place name or lower-case words inside.
   */
  function acronymNames() {
    for (const acronym of [...out]) {
      const open = acronym.first - 1;
      if (acronym.kind !== "organisation" || tokens[open]?.text !== "(" || tokens[acronym.last]?.text !== ")" || !isAcronym(tokens[acronym.first])) continue;
      const letters = acronym.text.replace(/[^A-Z]/g, "");
      let first = -1;
      for (let k = open - 1; k >= 0 && open - k <= MAX_NAME_WORDS; k--) {
        if (!isCapitalised(tokens[k]) && !NAME_CONNECTORS.has(tokens[k].norm)) break;
        if (isCapitalised(tokens[k]) && initials(tokens.slice(k, open)) === letters) first = k;
      }
      // Nor again when a body named with its state holds the words ("Nigeria's National Agency for ... (NAFDAC)").
      if (first < 0 || out.some((m) => m.first <= first && m.last === open && (m.first === first || m.kind === "organisation"))) continue;
      const inside = out.filter((m) => m.first >= first && m.last <= open);
      const at = inside.length ? out.indexOf(inside[0]) : out.indexOf(acronym);
      const named = make(first, open, "organisation", surface(text, tokens, first, open), complementState(scope, open));
      out.pop();
      out.splice(at, inside.length, named);
    }
  }

  /**
   * "foreign ministry spokesman X", "A defence ministry official, X,": a ministry named in lower case with no state
   * before a title is a body of its own, named as the lexicon's stateless ministries are ("Foreign Ministry"), so
   * that it is the ministry of the state of its context. The sentence's first word is capitalised whatever it is.
   */
  function ministryBefore(title: number) {
    const body = tokens[title - 1];
    if (!body || body.text !== body.norm || !isMinistryWord(body.norm)) return;
    let first = title - 1;
    while (first > title - 3 && tokens[first - 1] && tokens[first - 1].text === tokens[first - 1].norm && ["NOUN", "ADJ"].includes(tokens[first - 1].pos)) first--;
    const opening = first - 1 === 0 || (first - 1 > 0 && OPENERS.has(tokens[first - 2].norm));
    if (opening && isCapitalised(tokens[first - 1]) && !NOT_NAMES.has(tokens[first - 1].text)) first--;
    // "the foreign ministry spokeswoman", "Kenya's health ministry official": an owned title is read as such.
    const owner = tokens[first - 1]?.norm ?? "";
    if (first === title - 1 || owner === "the" || TITLE_OWNERS.has(owner) || out.some((m) => m.last > first && m.kind !== "person")) return;
    const words = tokens.slice(first, title).map((t) => t.norm);
    const name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join(" ");
    if (lookupBody(name)?.head.category !== "ministry" || lookupNationalBody(name)) return;
    // "Foreign" opening the sentence was read as an unknown name.
    const misread = out.findIndex((m) => m.first === first && m.last <= title);
    if (misread >= 0) out.splice(misread, 1);
    make(first, title, "organisation", name);
  }

  function emitDescription(first: number, description: { end: number; head: string; describes: Description }) {
    make(first, description.end, "pronoun", description.head, { pronoun: "organisation", describes: description.describes });
    i = description.end;
  }

  function emitBody(first: number, nameEnd: number, bodyStart: number, body: { end: number; kind: "collective" | "body" }, state: string) {
    const force = body.end - bodyStart === 1 && DOMESTIC_FORCES.has(tokens[bodyStart].norm) ? UNNAMED_ACTORS.get(tokens[bodyStart].norm) : undefined;
    if (force) make(first, body.end, "organisation", force, { affiliation: partOf(state) });
    else if (body.kind === "collective") make(first, body.end, "state", state, { collective: true });
    else {
      // "India's Ministry of External Affairs": a capitalised body keeps its complement.
      const end = isCapitalised(tokens[body.end - 1]) ? organisationNameEnd(scope, body.end) : body.end;
      const label = `${tokens.slice(first, nameEnd).map((x) => x.text).join(" ")}${bodyStart > nameEnd ? "'s" : ""} ${surface(text, tokens, bodyStart, end)}`;
      make(first, end, "organisation", label, { affiliation: partOf(state), body: true });
      body = { ...body, end };
    }
    pendingAffiliation = undefined;
    i = body.end;
  }

  function emitProposal(first: number, last: number, head: number) {
    const label = proposalLabel(tokens, { first, last });
    if (!label) return;
    make(first, last, "proposal", label, { head: headForm(tokens[head].lemma), key: proposalKeyOf(gazetteer, label) });
  }

  /** "The Ever Given, a Japanese-owned container ship,": an indefinite apposition after `end` ending in a ship's noun. */
  function vesselInApposition(end: number): boolean {
    if (tokens[end]?.norm !== "," || !["a", "an"].includes(tokens[end + 1]?.norm ?? "")) return false;
    let k = end + 2;
    // Only modifiers before the noun, hyphened ones too ("Japanese-owned"): "a captain of the ship" is a person.
    const modifier = (j: number) => !!tokens[j] && (["ADJ", "NOUN", "PROPN", "NUM"].includes(tokens[j].pos) || tokens[j].norm === "-" || tokens[j - 1].norm === "-");
    while (k < end + 7 && modifier(k)) k++;
    return [",", "."].includes(tokens[k]?.norm ?? "") && VESSEL_NOUNS.has(tokens[k - 1]?.norm ?? "");
  }

  function emitUnknownName(first: number, end: number) {
    let start = first;
    while (start < end && NOT_NAMES.has(tokens[start].text)) start++;
    if (start >= end) return;
    // "Romania's BBB- rating", "cut to BB+": a credit grade is no name.
    if (end - start === 1 && CREDIT_GRADE.test(tokens[start].text) && GRADE_AFTER.has(tokens[end]?.norm ?? "")) return;
    // "Carmaker Daiwa Motor said", "Electronics group Sakura Industries said": a sentence may open with the word for
    // the kind of firm the name after it is, capitalised only as the first word; it is no part of the name.
    if (start === 0 || OPENERS.has(tokens[start - 1].norm)) {
      if (end - start > 1 && gazetteer.describesOrganisation(tokens[start].norm) === "generic") {
        make(start + 1, end, "organisation", surface(text, tokens, start + 1, end));
        return;
      }
      const kind = tokens[end];
      // "Ratings agency X said", "Mining union leader Y": a word of its trade before the noun for the organisation named after it.
      if (end - start === 1 && isLowerNoun(kind) && gazetteer.describesOrganisation(kind.norm) && tokens[end + 1] && isCapitalised(tokens[end + 1])) return;
    }
    const name = surface(text, tokens, start, end);
    // "the South American bloc", "European producers": an adjective of a region or people names no one;
    // nor does a body noun opening a sentence ("Government spokeswoman X", "Police said").
    if (gazetteer.isAdjective(name) || (end - start === 1 && ((gazetteer.body(tokens[start].norm) && !gazetteer.isOrganisationHead(name)) || gazetteer.isCompanyHolding(tokens[start].norm)))) return;
    const last = tokens[end - 1];
    if (gazetteer.isPlaceHead(last.text) && end - start > 1) {
      make(start, end, "place", name);
      return;
    }
    // "the World Cup", "New Year's Day", "Hurricane Melissa", "Operation Sindoor": an event or a day is no actor;
    // nor is a ship named after its noun ("the tanker Eagle S").
    if (end - start > 1 && (EVENT_HEADS.has(last.text) || (EVENT_OPENERS.has(tokens[start].text) && !gazetteer.isOrganisationHead(last.text)))) return;
    if (VESSEL_NOUNS.has(tokens[start - 1]?.norm ?? "") || vesselInApposition(end)) {
      vessels?.add(name);
      return;
    }
    if (end - start > 1 && DOCUMENT_HEADS.has(last.norm)) {
      make(start, end, "proposal", name, { head: last.norm, key: [name.toLowerCase()] });
      return;
    }
    const tail = gazetteer.name(tokens[end - 1].text);
    if (end - start > 1 && tail && (tail.entityType === "state" || tail.entityType === "place") && /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater)$/.test(tokens[start].text)) {
      make(start, end, "place", name, { affiliation: partOf(tail.state ?? tail.canonical) });
      return;
    }
    const before = tokens[start - 1];
    // The noun may open the sentence, where the tagger reads it as a name and leaves it unlemmatised.
    const placeNoun = tokens[start - 2];
    const placeOf = before?.norm === "of" && !!placeNoun && (PLACE_NOUNS.has(placeNoun.lemma) || PLACE_NOUNS.has(placeNoun.norm.replace(/s$/, "")));
    // "travel to X", "fled to X": where a movement goes.
    const goal = before?.norm === "to" && MOTION_VERBS.has(tokens[start - 2]?.lemma ?? "");
    // "X, where the river rises": a relative clause of place describes a place (not "the Assembly, where the party").
    const described = tokens[end]?.norm === "," && tokens[end + 1]?.norm === "where";
    // "fined Meta 1.2 billion euros", "sued Acme", "a lawsuit against Acme", "an inquiry into Nuvola": a lone name a verb
    // acting on firms takes, or a case or penalty is brought against, is a company, unless the text writes it as a
    // surname ("Ann Banks"); so is any name bought ("buy Activision Blizzard"). Not one that only modifies a noun or owns
    // what follows ("buy Korean rice", "bought Anna Holt's stake").
    const objectAlone = tokens[end]?.pos !== "NOUN" && !isPossessiveMark(tokens[end]);
    const bought = objectAlone && before?.pos === "VERB" && ACQUISITIONS.has(before.lemma);
    const lone = objectAlone && end - start === 1;
    // The text is searched for the name as a surname last: only a name so acted on asks it.
    const firmActedOn = bought || (lone && ((before?.pos === "VERB" && COMPANY_ACTS.has(before.lemma)) || (CASE_PREPOSITIONS.has(before?.norm ?? "") && COMPANY_CASES.has(tokens[start - 2]?.lemma ?? ""))) && !writesAsSurname?.(last.text));
    // Not a surname the text gives a person ("an inquiry into Dragan Milicevic ... into Milicevic").
    const locative = before && LOCATIVE.has(before.norm) && !(end - start === 1 && writesAsSurname?.(last.text)) && !firmActedOn;
    if (((locative || described || goal) && !gazetteer.isOrganisationHead(last.text)) || placeOf) {
      make(start, end, "place", name);
      return;
    }
    // "cloud computing group Tarvex", "the insurer Halvorsen": a noun for an organisation right before the name;
    // "shares of Tarvex", "Tarvex's shareholders": what only a company has.
    // "the Azimio coalition", "the ruling Zanu-PF party": a noun for an organisation right after the name.
    // "two farm groups, X and Y": the plural noun a list of names is set off from says what each is.
    const setOff = before?.norm === "," && ["and", ","].includes(tokens[end]?.norm ?? "") ? tokens[start - 2] : undefined;
    const describedBy = (before && before.pos === "NOUN" && !isCapitalised(before) && gazetteer.describesOrganisation(before.lemma)) ||
      (setOff && setOff.pos === "NOUN" && !isCapitalised(setOff) && setOff.norm !== setOff.lemma && gazetteer.describesOrganisation(setOff.lemma)) ||
      (describedAfter(scope, end) && (end - start > 1 || !(start === 0 || OPENERS.has(before?.norm ?? "")))) ||
      (["of", "in"].includes(before?.norm ?? "") && gazetteer.isCompanyHolding(tokens[start - 2]?.lemma ?? "")) ||
      // "analysts at Capital Economics": where people work.
      (before?.norm === "at" && gazetteer.isStaff(tokens[start - 2]?.norm ?? "")) ||
      (tokens[end]?.norm === "'s" && gazetteer.isCompanyHolding(tokens[end + 1]?.lemma ?? "")) ||
      // "the state-owned Eximbank", "Toronto-listed Acme": who owns or lists it, hyphened right before the name.
      (OWNERSHIP_PARTICIPLES.has(before?.norm ?? "") && tokens[start - 2]?.norm === "-" && tokens[start - 2].end === before!.start) ||
      firmActedOn;
    // "chipmakers Hanul Electronics and Daesan Memory": names listed after a plural noun are of one kind, the
    // first's; also after "including" or "such as" ("traders including Cargill and Bunge") or set off by a comma ("two lenders, X and Y").
    const listed = out.at(-1);
    const introduced = listed ? listed.first - (["including", ","].includes(tokens[listed.first - 1]?.norm ?? "") ? 2 : tokens[listed.first - 1]?.norm === "as" && tokens[listed.first - 2]?.norm === "such" ? 3 : 1) : -1;
    const kind = listed && before?.norm === "and" && listed.last === start - 1 ? tokens[introduced] : undefined;
    const listedOrganisation = listed?.kind === "organisation" && kind?.pos === "NOUN" && !isCapitalised(kind) && /[^s]s$/.test(kind.norm);
    // A name with an ampersand is a firm's ("S&P Global Ratings", "Procter & Gamble"), never a person's; so is a word
    // of two words run together, the second capitalised ("PetroChina", "ActionAid"), unlike a surname's prefix ("MacLeod"),
    // and a name another language opens with its word for a group, bank or company ("Grupo Mexico", "Deutsche Bahn").
    // So is a name of several words that a plural of people in a trade ends ("Volta Cocoa Processors"): their association or firm.
    const firm = tokens.slice(start, end).some((t) => t.text.includes("&") || (CAMEL_CASE.test(t.text) && !SURNAME_PREFIX.test(t.text))) ||
      (end - start > 1 && (ORGANISATION_OPENERS.has(tokens[start].text) || TRADE_PLURALS.has(last.norm)));
    if (headedOrganisation(scope, start, end) || (end - start === 1 && isAcronym(tokens[start])) || describedBy || listedOrganisation || firm) {
      make(start, end, "organisation", name);
      return;
    }
    // "Transport Canada", "Environment and Climate Change Canada": portfolios named before a state are its department.
    if (end - start > 1 && tail?.kind === "state") {
      const portfolio = surface(text, tokens, start, end - 1);
      const joined = tokens[start - 1]?.norm === "and" && tokens[start - 2] && isCapitalised(tokens[start - 2]) ? start - 2 : start;
      const department = joined < start && (lookupPortfolio(surface(text, tokens, joined, end - 1)) || (lookupPortfolio(tokens[joined].text) && lookupPortfolio(portfolio))) ? joined : lookupPortfolio(portfolio) ? start : -1;
      if (department >= 0) {
        // The first portfolio was read as a name of its own.
        if (department < start && out.at(-1)?.first === department) out.pop();
        make(department, end, "organisation", surface(text, tokens, department, end), { affiliation: partOf(tail.canonical) });
        return;
      }
    }
    // "Climate Action Network Canada": an organisation word inside a name that ends with the state it works in.
    if (end - start > 2 && tail?.entityType === "state" && tokens.slice(start, end - 1).some((t) => gazetteer.isOrganisationHead(t.text))) {
      make(start, end, "organisation", name, { affiliation: partOf(tail.canonical) });
      return;
    }
    // Text in capitals ("JOHANNESBURG", "BREAKING NEWS") shouts; it does not name people.
    if (tokens.slice(start, end).every((t) => t.text.length > 1 && t.text === t.text.toUpperCase())) return;
    // A demonym or a point of the compass alone ("Syrian", "the North") names no person.
    if (end - start === 1 && (gazetteer.demonym(last.text) || COMPASS.has(last.norm))) return;
    // A lone capitalised word: a person when a verb or apposition follows; a surname once known. A
    // capitalised common noun at the start of a sentence ("Analysts said", "Mining union rejects") is no
    // name: the tagger marks it as a proper noun, but the document writes the word in lower case too.
    if (end - start === 1) {
      const word = tokens[start];
      if (word.pos !== "PROPN") return;
      const opensSentence = start === 0 || OPENERS.has(tokens[start - 1].norm);
      // "Prisoners rioted", "Critics said": a plural noun of people opening a sentence is a group, not a person.
      // "Farmers' groups said", "Traders' associations": the possessive only modifies the actor, a group named by its members.
      // So are the bodies of any plural noun of people ("Traders' associations", "Truckers' unions").
      const possessive = isPossessiveMark(tokens[end]);
      const body = tokens[end + 1];
      // Not a description of the name after it ("Employers' federation FEB").
      const ownedBody = possessive && body?.pos === "NOUN" && !!gazetteer.describesOrganisation(body.lemma) && tokens[end + 2]?.pos !== "NOUN" && !(tokens[end + 2] && isCapitalised(tokens[end + 2]));
      if (opensSentence && (gazetteer.isGroup(word.norm) || (ownedBody && isPluralNoun(word.norm)))) {
        if (!possessive) make(start, end, "organisation", word.norm);
        else if (ownedBody) make(start, end + 2, "organisation", surface(text, tokens, start, end + 2));
        return;
      }
      if (opensSentence && (writesInLowerCase?.(word.norm) || COMMON_PLURAL.test(word.norm))) return;
      // "Prices rose", "Rescuers pulled": the plural of a common noun, unless the text names someone by it ("Ann Banks").
      if (opensSentence && isPluralNoun(word.norm) && !writesAsSurname?.(word.text)) return;
    }
    // "Albertans", "Californians": the inhabitants of a named place, no person (nor an actor of their own).
    if (end - start === 1 && last.text.endsWith("ns") && gazetteer.name(last.text.slice(0, -2))) return;
    // A people named by its plural ("Iraqi Kurds", "West Africans", "Prisoners rioted") is a group, not a person.
    const plural = last.text.endsWith("s") ? last.text.slice(0, -1) : "";
    if (plural && (end - start > 1 || !(start === 0 || OPENERS.has(tokens[start - 1].norm))) && (gazetteer.isGroup(last.norm) || gazetteer.demonym(last.text) || gazetteer.demonym(plural) || gazetteer.isAdjective(plural) || gazetteer.isAdjective(name.slice(0, -1)))) {
      make(start, end, "organisation", name);
      return;
    }
    // "Rengo, which represents 7 million workers,": what is described by "which" is no person, and a name that
    // acts is an organisation (a place takes "where", a locative or a place noun, read above).
    // A common noun may open the sentence so described ("Inflation, which rose,"): one of an abstract noun's endings is none.
    if (tokens[end]?.norm === "," && tokens[end + 1]?.norm === "which" && !(end - start === 1 && (start === 0 || OPENERS.has(tokens[start - 1].norm)) && ABSTRACT_NOUN.test(last.norm))) {
      make(start, end, "organisation", name);
      return;
    }
    // "the Kamo mine", "the Norra wind farm", "the Lakselv reindeer herders": an unknown name between "the" and a
    // lower-case noun only says which thing the noun is; a site or settlement so named is a place, and no one is a person.
    if (before?.norm === "the" && isLowerNoun(tokens[end])) {
      let head = end;
      while (isLowerNoun(tokens[head + 1])) head++;
      if (SITE_HEADS.has(tokens[head].lemma)) make(start, head + 1, "place", surface(text, tokens, start, head + 1));
      return;
    }
    make(start, end, "person", name);
  }
}

/** Whether a token is a common noun written in lower case. */
function isLowerNoun(t: Token | undefined): t is Token {
  return t?.pos === "NOUN" && t.text === t.norm;
}

/** The lower-case words of tokens [first, end), joined by spaces. */
function normsOf(tokens: Token[], first: number, end: number): string {
  let phrase = tokens[first].norm;
  for (let k = first + 1; k < end; k++) phrase += ` ${tokens[k].norm}`;
  return phrase;
}

/** Whether tokens [first, end) are all nouns, names or adjectives: modifiers of a noun after them. */
function modifiersOf(tokens: Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (tokens[k].pos !== "NOUN" && tokens[k].pos !== "PROPN" && tokens[k].pos !== "ADJ") return false;
  return true;
}

/** Frames that, with modifiers and no complement, name a proposal of their own ("a US bridging proposal"). */
const NAMED_FRAMES = new Set(actors.namedFrames);

/** Titles of a city's own offices: after a capital's name they are held in the city ("Kyiv Mayor X"). */
const CITY_OFFICES = new Set(actors.cityOffices);

/** Forces and crowds that act under their own name when no state is named with them: noun -> label. */
const UNNAMED_ACTORS = new Map(Object.entries(actors.unnamedActors));
/** First words of those of two words ("works" of "works council"). */
const UNNAMED_PAIR_FIRSTS = new Set([...UNNAMED_ACTORS.keys()].filter((noun) => noun.includes(" ")).map((noun) => noun.split(" ")[0]));
const GROUPINGS = new Set(actors.groupings);
/**
 * The lower-case words, as form or lemma, that a rule of the sentence loop may open with: pronouns, particles,
 * determiners, unnamed actors, proposal words. A word outside them that opens no title is passed over at once.
 */
const LOOP_WORDS: ReadonlySet<string> = new Set([...PRONOUNS.keys(), ...NAME_PARTICLES, "the", "a", "an", ...UNNAMED_ACTORS.keys(), ...UNNAMED_PAIR_FIRSTS, ...PROPOSAL_WORDS]);
const GROUPING_MEMBERS = new Set(actors.groupingMembers);
/** Those that stay actors of their own after a state's name ("Kenyan police"). */
const DOMESTIC_FORCES = new Set(actors.domesticForces);
/** Nouns for the story's state after "the" ("the country's biggest union"). */
const COUNTRY_NOUNS = new Set(actors.countryNouns);
/** Names of movements whose societies are named by their state ("Kenya Red Cross"): the longest runs this many words. */
const NATIONAL_SOCIETIES = new Set(actors.nationalSocieties);
const NATIONAL_SOCIETY_WORDS = Math.max(...actors.nationalSocieties.map((n) => n.split(" ").length));
/** Their first words ("Red"): the names are built and looked up only after one. */
const NATIONAL_SOCIETY_FIRSTS = new Set(actors.nationalSocieties.map((n) => n.split(" ")[0]));
/** Plurals of states: after a list of demonyms they are those states ("the Kyrgyz, Uzbek and Tajik states"). */
const STATE_NOUNS = new Set(actors.stateNouns);
/** Two words run together, the second capitalised ("PetroChina"), and the surname prefixes that look so ("MacLeod", "VanDyke"). */
const CAMEL_CASE = /^[A-Z][a-z]{2,}[A-Z]/;
const SURNAME_PREFIX = /^(Mac|Van|Von|Fitz|Del|Della|Des|Dos)[A-Z]/;
/** Words of other languages that open the names of groups, banks and companies ("Grupo", "Banco", "Deutsche"). */
const ORGANISATION_OPENERS = new Set(actors.organisationOpeners);
/** Grades of credit ratings ("BBB", "AA"), a name only in look, and what follows them in a rating ("BBB-", "AA rating"). */
const CREDIT_GRADE = /^(AAA|AA|BBB|BB|CCC|CC)$/;
const GRADE_AFTER = new Set(["-", "+", "rating", "ratings", "grade"]);
/** A region's own government after its name ("the Valencian regional government"). */
const REGIONAL_GOVERNMENTS = new Set(actors.regionalGovernments);
/** Their first words ("regional", "provincial"): the pair is built and looked up only after one. */
const REGIONAL_GOVERNMENT_FIRSTS = new Set(actors.regionalGovernments.map((phrase) => phrase.split(" ")[0]));
/** Words of a company's trade before its company head ("Heavy Industries"). */
const COMPANY_MODIFIERS = new Set(actors.companyModifiers);
/** Participles hyphened to who owns, runs or lists a firm ("state-owned", "Toronto-listed"), right before its name. */
const OWNERSHIP_PARTICIPLES = new Set(actors.ownershipParticiples);

/** Last words of bodies a title is held in ("Senate President X"); company words ("Energy") are portfolios there. */
const BODY_HEADS = new Set(actors.organisationHeads);
/** Words for the side a body is on ("opposition", "ruling"). */
const SIDE_WORDS = new Set(actors.sideWords);
/** Words ending titles that regions and cities give as well as states ("Premier", "state governor"). */
const REGIONAL_OFFICES = actors.regionalOffices;
/** Last words of the names of political parties and civic associations, which belong to no state as its bodies do. */
const PARTY_HEADS = new Set(actors.partyHeads);
const CIVIC_HEADS = new Set(actors.civicHeads);
/** Words that, after a state's name, make the name of a party ("New Zealand First"). */
const PARTY_WORDS_AFTER_STATE = new Set(actors.partyWordsAfterState);

/** Organisation words of bodies named by the country they serve in ("Assistance Mission in Afghanistan"). */
const POSTED_HEADS = new Set(actors.postedHeads);

/** Nouns of people that let a demonym stand for its state ("Israeli soldiers arrested ..."). */
const PEOPLE_NOUNS = new Set(actors.peopleNouns);

/** Every letter of an acronym starts a capitalised word of the name, in any order: "FIS", "Islamic Salvation Front". */
function abbreviates(acronym: string, name: string): boolean {
  const initials = new Set(name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]));
  const letters = acronym.replace(/[^A-Z]/g, "");
  return letters.length >= 2 && [...letters].every((l) => initials.has(l));
}

/** Lower-case words and marks inside a name that an acronym skips: "Doctors without Borders", "Anti-Corruption". */
const NAME_CONNECTORS = new Set(["of", "for", "in", "on", "and", "the", "&", "-", "'", "'s", "de", "des", "du", "la", "le", "to", "at"]);
/** The most lower-case words of a portfolio before a title: "federal data protection commissioner". */
const MAX_PORTFOLIO_WORDS = 3;
/** The most words a name spelled by an acronym runs to. */
const MAX_NAME_WORDS = 12;

/** The first letters of a run's capitalised words, in order: "Southern African Development Community" -> "SADC". */
function initials(tokens: Token[]): string {
  return tokens.filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.text[0]).join("");
}

/** The first letters of a run's words with its links but no article, in capitals: "Bank of Thailand" -> "BOT". */
function linkedInitials(tokens: Token[]): string {
  return tokens.filter((t) => /^\p{L}/u.test(t.text) && t.norm !== "the").map((t) => t.text[0].toUpperCase()).join("");
}

/** Endings of plural common nouns that are seldom surnames: "Clashes", "Casualties", "Elections", "Activists". */
const COMMON_PLURAL = /(?:[sc]hes|xes|sses|ies|ions|ists|ments)$/;
/** Endings of English abstract nouns, which no name of one word opening a sentence has ("Inflation", "Unemployment"). */
const ABSTRACT_NOUN = /(?:tion|sion|ment|ness|ity|ance|ence|ism|ship)$/;

/** The owner word of a title held in a state's government ("the junta's spokesman"): the state named latest. */
const STATE_OWNER = "the state";

/** Tokens after which a capital opens a sentence or a quotation rather than a name. */
const OPENERS = new Set(['"', "'", "(", "—", "–", "-", ":", ";"]);

/**
 * Whether the sentences write a word in lower case. A document asks of a few words only, each looked for
 * when first asked: in the text first (a name is mostly not there), then among the tokens.
 */
function lowerCaseWords(sentences: Sentence[], text: string): (word: string) => boolean {
  return remembered((word) => text.includes(word) && sentences.some((s) => s.tokens.some((t) => t.norm === word && t.text === word && t.pos !== "PUNCT")));
}

/** Abbreviated titles written with a full stop before a surname ("Mr. Banks"). */
const ABBREVIATED_TITLES = "Mr|Mrs|Ms|Dr|Prof|Gen|Col|Maj|Capt|Lt|Sgt|Adm|Sen|Rep|Gov|Rev";

/** A capitalised word or an abbreviated title ending right before a space, tried where that space is. */
const CAPITALISED_BEFORE = new RegExp(`(?<=\\p{Lu}[\\p{L}'-]*|(?:${ABBREVIATED_TITLES})\\.) `, "uy");
const LETTER_AT = /\p{L}/uy;

/** The affiliation of a place or body that is part of a state. */
function partOf(state: string) {
  return { canonical: state, entityType: "state" as const, relation: "part_of" as const };
}

/**
 * Whether the text writes a word after another capitalised word ("Bernie Sanders", "Mr. Banks"), asked of a few words:
 * where the word follows a space (a string search), the word before is tried; a scan with a pattern per word cost more.
 */
function surnameWords(text: string): (word: string) => boolean {
  return remembered((word) => {
    if (!/^\p{L}+$/u.test(word)) return false;
    const spaced = ` ${word}`;
    for (let at = text.indexOf(spaced); at >= 0; at = text.indexOf(spaced, at + 1)) {
      CAPITALISED_BEFORE.lastIndex = at;
      LETTER_AT.lastIndex = at + spaced.length;
      if (CAPITALISED_BEFORE.test(text) && !LETTER_AT.test(text)) return true;
    }
    return false;
  });
}

/** Finds the mentions of every sentence. */
export function mentions(sentences: Sentence[], text: string, options: MentionOptions): Mention[] {
  const vessels = new Set<string>();
  const sentenceOptions = { writesInLowerCase: lowerCaseWords(sentences, text), writesAsSurname: surnameWords(text), vessels, ...options };
  const found: Mention[] = [];
  for (const s of sentences) for (const m of sentenceMentions(s, text, sentenceOptions)) found.push(m);
  // "The Ever Given, a container ship, ... The Ever Given was refloated": a ship's name is no person anywhere.
  for (let k = found.length - 1; k >= 0; k--) if (found[k].kind === "person" && !found[k].role && vessels.has(found[k].canonical)) found.splice(k, 1);
  // "the National Union of Mineworkers (NUM)": the acronym in brackets names the organisation before it,
  // there and wherever the text uses it later.
  const acronyms = new Map<string, string>();
  for (let k = 1; k < found.length; k++) {
    const named = found[k - 1];
    const acronym = found[k];
    const tokens = sentences[acronym.sentence].tokens;
    if (named.sentence !== acronym.sentence || acronym.first !== named.last + 1 || acronym.last !== acronym.first + 1) continue;
    if (tokens[named.last].text !== "(" || tokens[acronym.last]?.text !== ")" || acronym.kind !== "organisation" || !isAcronym(tokens[acronym.first])) continue;
    // An organisation's acronym may come from its name in another language: "Movement for Socialism (MAS)".
    const foreignAcronym = named.kind === "organisation" && named.last - named.first > 1 && !named.describes;
    if (!abbreviates(acronym.text, named.text) && !foreignAcronym) continue;
    if (named.kind === "person" && !named.role) named.kind = "organisation";
    if (named.kind === "organisation" && named.canonical !== acronym.canonical) acronyms.set(acronym.canonical, named.canonical);
  }
  // "the Democratic Alliance ... DA leader X": an acronym no lexicon knows and no brackets spell out stands for
  // the one organisation named before it whose capitals it spells in order.
  for (const acronym of found) {
    if (acronym.kind !== "organisation" || acronym.canonical !== acronym.text || !isAcronymText(acronym.text) || acronyms.has(acronym.canonical)) continue;
    const before = (m: Mention) => m.sentence < acronym.sentence || (m.sentence === acronym.sentence && m.last <= acronym.first);
    const spells = (m: Mention) => {
      const words = sentences[m.sentence].tokens.slice(m.first, m.last);
      return initials(words) === acronym.text || linkedInitials(words) === acronym.text;
    };
    const spelt = new Set(found.filter((m) => m.kind === "organisation" && m.canonical !== acronym.canonical && before(m) && spells(m)).map((m) => m.canonical));
    if (spelt.size === 1) acronyms.set(acronym.canonical, [...spelt][0]);
  }
  constituencies(found, sentences);
  // A name the text shows to be an organisation or a place anywhere ("Acme chief executive X", "Acme (ACM)",
  // "in Tarcona") is one everywhere.
  const known = new Map<string, Mention["kind"]>();
  for (const m of found) {
    if (m.kind === "organisation" && acronyms.has(m.canonical)) m.canonical = acronyms.get(m.canonical)!;
    // "FBR chairman X": a title's organisation named by the acronym is the organisation spelt out.
    // (A copy: ties may be shared.)
    const spelt = (tie: Mention["affiliation"]) => (tie?.entityType === "organisation" && acronyms.has(tie.canonical) ? { ...tie, canonical: acronyms.get(tie.canonical)! } : tie);
    if (m.affiliation) m.affiliation = spelt(m.affiliation);
    if (m.alsoAffiliation) m.alsoAffiliation = spelt(m.alsoAffiliation);
    if (m.kind === "organisation" || (m.kind === "place" && !known.has(m.canonical))) known.set(m.canonical, m.kind);
  }
  for (const m of found) if (m.kind === "person" && !m.role && known.has(m.canonical)) m.kind = known.get(m.canonical)!;
  knownAsNames(found, sentences);
  qualifiedNames(found, sentences, text);
  titlesOfKnownOrganisations(found, sentences, options.gazetteer);
  shortOrganisationNames(found, options.gazetteer);
  bodiesNamedWithoutState(found);
  namedNationalBodies(found, options.gazetteer);
  surnamesNamedLikePlaces(found, sentences);
  placesByTheirNames(found, options.gazetteer);
  pronounOwners(found, sentences, options.gazetteer);
  const homeNamed = homeState(found, sentences, options.gazetteer);
  const home = homeNamed?.state;
  ministriesOfContext(found, sentences, home);
  homeStateOffices(found, sentences, options.gazetteer, homeNamed);
  ministryStaff(found, options.gazetteer);
  membersOfNamedBodies(found, options.gazetteer);
  headsOfNamedBodies(found, sentences, options.gazetteer);
  holdersStaff(found, options.gazetteer);
  counterparts(found, sentences, options.gazetteer);
  relativeClauseLeaders(found, sentences);
  participleLeaders(found, sentences);
  leadingParties(found, sentences);
  heldChairs(found, sentences);
  relativeClauseMembers(found, sentences);
  namedOrgansOfOrganisations(found, sentences);
  partiesOfLeaders(found, sentences, options.gazetteer);
  capitalsOfNamedStates(found);
  seatCitiesOfNamedWholes(found, options.gazetteer);
  forcesNamedAlone(found);
  officesAsBodies(found);
  genericLegislatures(found);
  return homeGovernments(found, sentences, text, home);
}

/**
 * "Sudan's army agreed ... the army said": when the text also names a force alone, the force it names with a
 * state is that same actor, part of the state (in a civil war the army is a side of its own); with the forces
 * of two states, each stays its state.
 */
function forcesNamedAlone(found: Mention[]) {
  const alone = new Set(found.filter((m) => m.kind === "organisation" && !m.affiliation && m.text.toLowerCase() === m.text).map((m) => m.canonical));
  if (!alone.size) return;
  const forceOf = (m: Mention) => (m.kind === "state" && m.collective ? UNNAMED_ACTORS.get(m.text.split(/\s+/).at(-1)!.toLowerCase()) : undefined);
  const states = new Map<string, Set<string>>();
  for (const m of found) {
    const force = forceOf(m);
    if (force && alone.has(force)) (states.get(force) ?? states.set(force, new Set()).get(force)!).add(m.canonical);
  }
  for (const m of found) {
    const force = forceOf(m);
    if (force && states.get(force)?.size === 1) Object.assign(m, { kind: "organisation", canonical: force, collective: undefined, affiliation: partOf(m.canonical) });
  }
}

/** Offices that act as bodies when no holder is named ("the Ombudsman", "the Auditor General"). */
const PUBLIC_OFFICES = new Set(actors.publicOffices);

/**
 * "The group asked the Ombudsman to examine ...", "the Auditor General of Kenya said": a public office named capitalised
 * whose holder the text never names is a body of its own, part of the state it serves.
 */
function officesAsBodies(found: Mention[]) {
  const held = found.filter((m) => m.kind === "person" && m.role).map((m) => m.role!.toLowerCase());
  for (const m of found) {
    if (m.kind !== "title" || !PUBLIC_OFFICES.has(m.canonical) || !/^\p{Lu}/u.test(m.text) || held.some((role) => role.endsWith(m.canonical))) continue;
    const state = m.affiliation?.entityType === "state" ? m.affiliation.canonical : undefined;
    Object.assign(m, { kind: "organisation", canonical: m.text.replace(/^the\s+/i, ""), role: undefined, affiliation: state ? partOf(state) : undefined });
  }
}

/** Names of a state's parliament; "legislature" is the generic word for whichever one the text names. */
const LEGISLATURE = /(?:congress|parliament|assembly|senate|duma|knesset|majlis|legislature)$/i;

/** "Peru's legislature" after "Peru's Congress": the generic word names the parliament of that state the text names. */
function genericLegislatures(found: Mention[]) {
  for (const m of found) {
    if (!m.body || !/\blegislature$/.test(m.canonical) || !m.affiliation) continue;
    const named = found.find((o) => o !== m && o.kind === "organisation" && o.affiliation?.canonical === m.affiliation!.canonical && LEGISLATURE.test(o.canonical) && !/\blegislature$/.test(o.canonical));
    if (named) m.canonical = named.canonical;
  }
  // A bare "Congress" or "Parliament" in a text that names one national legislature by its full name is that legislature.
  const bare = found.filter((m) => m.kind === "organisation" && (m.canonical === "Congress" || m.canonical === "Parliament"));
  if (!bare.length) return;
  const full = new Set(found.filter((o) => o.kind === "organisation" && NAMED_LEGISLATURE.test(o.canonical)).map((o) => o.canonical));
  if (full.size !== 1) return;
  const [only] = full;
  for (const m of bare) m.canonical = only;
}

/** A national legislature's full name: "National Assembly", "Federal Parliament", "Plurinational Legislative Assembly". */
const NAMED_LEGISLATURE = /\b(?:Legislative|National|Federal) (?:Assembly|Parliament|Congress)$/;

/** Words that may come between a name and "known as": "also known as", "collectively known as". */
const KNOWN_AS_ADVERBS = new Set(actors.knownAsAdverbs);

/**
 * "the three European countries, known as the E3", "X, as Y is formally known": the name after "known as" (or
 * before "is known") names what the phrase before it describes, and an organisation's name set beside an unknown one
 * ("X, the Y,") names X. A description takes the name as its label; a name keeps its own and the other becomes its alias.
 */
function knownAsNames(found: Mention[], sentences: Sentence[]) {
  const renamed = new Map<string, Mention>();
  for (let k = 0; k + 1 < found.length; k++) {
    const [m, n] = [found[k], found[k + 1]];
    if (m.sentence !== n.sentence || (m.kind !== "organisation" && m.kind !== "state" && m.kind !== "person")) continue;
    const tokens = sentences[m.sentence].tokens;
    // "Ghana's cocoa regulator, Cocobod," and "Cocobod, Ghana's cocoa regulator,": a state's body described in lower
    // case and a lone name or an organisation's set beside it are one body, named by the name, the state's.
    const [body, name] = m.body ? [m, n] : [n, m];
    const besideBody = tokens[m.last]?.norm === "," && n.first === m.last + 1 && [",", ".", undefined].includes(tokens[n.last]?.norm);
    if (besideBody && body.body && tokens[body.last - 1].text === tokens[body.last - 1].norm && namesBody(name)) {
      Object.assign(body, { canonical: name.canonical });
      name.kind = "organisation";
      continue;
    }
    // "Cocobod, the Ghana Cocoa Board,": a name no lexicon knows, set beside an organisation's, is its short name.
    if (m.kind === "person" && !m.role && n.kind === "organisation" && tokens[m.last]?.norm === "," && tokens[m.last + 1]?.norm === "the" && n.first === m.last + 2 && tokens[n.last]?.norm === "," && tokens[n.last + 1]?.norm !== "and") {
      renamed.set(m.canonical, n);
      continue;
    }
    let j = m.last;
    if (tokens[j]?.norm === ",") j++;
    const knownAs = (at: number) => (KNOWN_AS_ADVERBS.has(tokens[at]?.norm ?? "") ? at + 1 : at);
    // "X, as Y is formally known": the name before "is known" is the same one's.
    const asKnown = tokens[j]?.norm === "as" && n.first === j + 1 && ["is", "was"].includes(tokens[n.last]?.norm ?? "") && tokens[knownAs(n.last + 1)]?.norm === "known";
    if (!asKnown) {
      j = knownAs(j);
      if (tokens[j]?.norm !== "known" || tokens[j + 1]?.norm !== "as") continue;
      j += 2;
      if (tokens[j]?.norm === "the") j++;
    }
    if ((!asKnown && n.first !== j) || n.kind === "pronoun" || n.kind === "title" || n.kind === "proposal") continue;
    const described = tokens[m.last - 1].text === tokens[m.last - 1].norm;
    if (described) m.canonical = n.canonical;
    else renamed.set(n.canonical, m);
    Object.assign(n, { kind: m.kind, canonical: m.canonical, affiliation: n.affiliation ?? m.affiliation });
  }
  for (const m of found) {
    const to = renamed.get(m.canonical);
    if (to && m.kind !== "pronoun" && m.kind !== "proposal") Object.assign(m, { kind: to.kind, canonical: to.canonical });
  }
}

/** Whether a mention may name a body described beside it: an organisation's name, or a lone unknown word with no title. */
const namesBody = (m: Mention) => (m.kind === "organisation" ? !m.body : loneUntitledName(m));

/**
 * "talks in Nairobi" where the text names Kenya in another sentence: the capital is the state's city, a
 * name of the state (as a capital acting is), not a place of its own.
 */
function capitalsOfNamedStates(found: Mention[]) {
  // For each state, the sentences that name it: the first two are enough to know one is another.
  const namedIn = new Map<string, number[]>();
  for (const m of found) {
    if (m.kind !== "state") continue;
    const sentences = namedIn.get(m.canonical) ?? namedIn.set(m.canonical, []).get(m.canonical)!;
    if (sentences.length < 2 && !sentences.includes(m.sentence)) sentences.push(m.sentence);
  }
  for (const m of found) {
    if (!m.capital) continue;
    const state = m.affiliation!.canonical;
    if (!namedIn.get(state)?.some((s) => s !== m.sentence)) continue;
    Object.assign(m, { kind: "state", canonical: state, affiliation: undefined });
  }
}

/**
 * "Brussels" in a text that names the European Union and not the Commission: a seat city stands for the
 * whole its body is part of when the text names only the whole.
 */
function seatCitiesOfNamedWholes(found: Mention[], gazetteer: Gazetteer) {
  const seat = (m: Mention) => {
    const entry = m.kind === "organisation" ? gazetteer.name(m.text) : undefined;
    return entry?.kind === "capital" && entry.entityType === "organisation" ? entry : undefined;
  };
  const seats = found.map(seat);
  if (!seats.some((entry) => entry?.partOf)) return;
  const named = new Set(found.filter((m, k) => m.kind === "organisation" && !seats[k]).map((m) => m.canonical));
  found.forEach((m, k) => {
    const whole = seats[k]?.partOf;
    if (whole && !named.has(m.canonical) && named.has(whole)) rename(found, m, { ...m, canonical: whole });
  });
}

/**
 * The role a title names, read from its words; a portfolio the lexicon lacks may come first ("Pensions
 * Minister"). `inBody`: the words before it name a national body ("foreign ministry spokesman"). Remembered for each
 * gazetteer: the document passes ask again of the titles they share, and news repeats its titles.
 */
const officeOf = rememberedFor(readOffice);

/** Key words of proposal labels, for each gazetteer (names are keyed by their canonical names): news repeats its proposals. */
const proposalKeyOf = rememberedFor((gazetteer, label): readonly string[] => proposalKey(label, (word) => gazetteer.name(word)?.canonical ?? gazetteer.demonym(word) ?? word));

/**
 * The words of a body's or organisation's name that say what it is ("antitrust" in "the antitrust watchdog"), lower-case.
 * "Zambian", lower-cased here, is no describing word: it names the state every body of the state shares.
 * Bodies and names recur, within a text and across texts: each is read once.
 */
const describingWords = rememberedFor((gazetteer, words): readonly string[] => words.toLowerCase().replace(/['’]s\b/g, "").split(/[\s-]+/)
  .map((w) => [w, w[0].toUpperCase() + w.slice(1)])
  .filter(([w, name]) => w.length > 3 && !gazetteer.body(w) && !gazetteer.demonym(name) && gazetteer.name(name)?.entityType !== "state")
  .map(([w]) => w));

/** `read`, its answers remembered for each gazetteer apart (see remembered). */
function rememberedFor<T>(read: (gazetteer: Gazetteer, key: string) => T): (gazetteer: Gazetteer, key: string) => T {
  const byGazetteer = new WeakMap<Gazetteer, (key: string) => T>();
  return (gazetteer, key) => {
    let known = byGazetteer.get(gazetteer);
    if (!known) byGazetteer.set(gazetteer, (known = remembered((key) => read(gazetteer, key))));
    return known(key);
  };
}

interface Office {
  role: RoleEntry;
  inBody: boolean;
}

function readOffice(gazetteer: Gazetteer, title: string): Office | undefined {
  const words = title.toLowerCase().split(/\s+|(?=-)|(?<=-)/).map((norm) => ({ norm }));
  const at = words.findIndex((_, k) => gazetteer.roleAt(words, k)?.length === words.length - k);
  if (at < 0) return undefined;
  const before = words.slice(0, at).map((w) => w.norm).join(" ");
  return { role: gazetteer.roleAt(words, at)!.role, inBody: !!before && !!gazetteer.body(before) };
}

/**
 * "Acme cut jobs. Its chief executive, X, said ...": a title given with "its" or "their" and no owner in its
 * sentence belongs to the first organisation or state of the sentence before, its subject mostly; one given
 * with a description ("the commission's chairman, X") to the latest organisation with the word in its name.
 */
function pronounOwners(found: Mention[], sentences: Sentence[], gazetteer: Gazetteer) {
  if (!found.some((m) => m.ownedBy && !m.affiliation)) return;
  // sentence -> its subject organisation or state: the last before its first verb ("The UN force in Lebanon,
  // UNIFIL, said") unless one before is described in an apposition ("Serb List, the main party of Kosovo's
  // Serbs, said"), else its first.
  const subjects = new Map<number, Mention>();
  const appositionSubjects = new Set<number>(); // sentences whose subject an apposition describes
  const latestWith = new Map<string, Mention>(); // lower-case word -> the latest organisation with it in its name
  for (const o of found) {
    // "The committee asked ...": a description is a subject too, the organisation it points back to.
    const tokens = sentences[o.sentence].tokens;
    // "Castilla-La Mancha welcomed the cut. Its regional president, X": a region or city that opens a sentence is its subject.
    const place = o.kind === "place" && tokens.slice(0, o.first).every((t) => t.pos === "DET");
    const actor = o.kind === "organisation" || o.kind === "state" || place || (o.describes && opensSentence(sentences, o));
    // "The Vienna-based group": a name joined to a participle by a hyphen only says where the subject is.
    const hyphened = tokens[o.last]?.norm === "-" && HYPHEN_MODIFIERS.has(tokens[o.last + 1]?.norm ?? "");
    // "In Kiribati, the opposition party demanded": a name the sentence opens with after a preposition sets the scene.
    const scene = opensSentence(sentences, o) && tokens.slice(0, o.first).some((t) => t.pos === "ADP");
    if (!actor || o.modifier || hyphened || scene || appositionSubjects.has(o.sentence)) continue;
    // "The Vienna-based group X demanded": a participle joined by a hyphen is no verb of the sentence.
    const verb = tokens.findIndex((t, k) => (t.pos === "VERB" || t.pos === "AUX") && tokens[k - 1]?.norm !== "-");
    const earlier = subjects.get(o.sentence);
    if (earlier && o.last > verb) continue;
    // "X, in which Y and Z hold stakes, said": who a relative clause names is not the subject it describes.
    if (earlier && tokens.slice(earlier.last, o.first).some((t) => RELATIVE_WORDS.has(t.norm))) continue;
    subjects.set(o.sentence, o);
    // "The Citizen Revolution movement, the largest bloc in the assembly, said": past the common noun the name ends with.
    let end = o.last;
    while (end < o.last + 2 && isLowerNoun(tokens[end])) end++;
    if (end < verb && tokens[end]?.norm === "," && ["the", "a", "an"].includes(tokens[end + 1]?.norm ?? "")) appositionSubjects.add(o.sentence);
  }
  let latestState: Mention | undefined;
  let latestOrganisation: Mention | undefined;
  for (const m of found) {
    if (m.kind === "organisation") for (const w of m.canonical.toLowerCase().split(/\s+/)) latestWith.set(w, m);
    if (m.kind === "organisation") latestOrganisation = m;
    if (!m.ownedBy || m.affiliation) {
      if (m.kind === "state" && !m.modifier) latestState = m;
      continue;
    }
    // "the company's chief executive, X": a generic description is the latest organisation.
    const described = latestWith.get(m.ownedBy) ?? (gazetteer.describesOrganisation(m.ownedBy) === "generic" ? latestOrganisation : undefined);
    if (isStaffOwner(m.ownedBy)) continue; // a person's staff: see holdersStaff
    // "Serb List, the main party of the Serbs, said ... The party's leader, X": a description no name has the word of
    // is the organisation the sentence before is about, as "its" is.
    const said = subjects.get(m.sentence - 1);
    const subject = said?.describes ? latestWith.get(said.canonical) : said;
    // "The central bank's governor, X", "X, governor of the central bank": with no such body named, the body the
    // description of more than one word in the title's own sentence names, which resolution makes an organisation of its words.
    const unnamed = described ? undefined : unnamedOwnerBody(found, sentences, m);
    const owner = m.ownedBy === "its" || m.ownedBy === "their" ? subject : m.ownedBy === STATE_OWNER ? latestState : described ?? unnamed ?? (subject?.kind === "organisation" ? subject : undefined);
    const relation = officeOf(gazetteer, m.role ?? "")?.role.relation;
    const entityType = owner?.kind as NameEntry["entityType"];
    if (owner && relation) m.affiliation = { canonical: owner.canonical, entityType, relation: ownedRelation(m.role, relation, entityType) };
  }
}

/** The words of the body a description of more than one word in `m`'s sentence names, when it owns `m`'s title. */
function unnamedOwnerBody(found: Mention[], sentences: Sentence[], m: Mention): { canonical: string; kind: "organisation" } | undefined {
  const description = found.find((o) => o.sentence === m.sentence && o.canonical === m.ownedBy && o.describes === "named");
  const words = description && describedBodyWords(description, sentences[m.sentence].tokens);
  return words ? { canonical: words, kind: "organisation" } : undefined;
}

/**
 * The state the text names first, by name, capital or a demonym ("German farmers"): the story's home. A state
 * only the lexicon ties a company or a city to ("BHP", "accounts in Dubai") is no home unless the text names it too,
 * nor is one named only as where a journey goes ("Prime Minister X arrived in Beijing": X's state is not China).
 */
function homeState(found: Mention[], sentences: Sentence[], gazetteer: Gazetteer): HomeState | undefined {
  const named = new Set(found.filter((m) => m.kind === "state").map((m) => m.canonical));
  const tiedByLexicon = (m: Mention) => !m.capital && gazetteer.name(m.text)?.state === m.affiliation!.canonical && !named.has(m.affiliation!.canonical);
  const first = found.find((m) => (m.kind === "state" || (m.affiliation?.entityType === "state" && !tiedByLexicon(m))) && !journeyEnd(sentences, m));
  for (const s of sentences.slice(0, first ? first.sentence + 1 : undefined)) {
    const at = s.tokens.findIndex((t, k) => (s.index !== first?.sentence || k < first.first) && /^\p{Lu}/u.test(t.text) && gazetteer.demonym(t.text));
    if (at >= 0) return { state: gazetteer.demonym(s.tokens[at].text)!, sentence: s.index, at };
  }
  return first && { state: first.kind === "state" ? first.canonical : first.affiliation!.canonical, sentence: first.sentence, at: first.first };
}

/** The story's home state and where the text first names it. */
interface HomeState {
  state: string;
  sentence: number;
  at: number;
}

/** Verbs and nouns of a journey, after which a state is where someone goes ("arrived in", "a visit to", "toured"). */
const JOURNEYS = new Set(actors.journeys);

/** Whether a mention is where a journey goes: "arrived in Beijing", "a visit to Kenya", "toured Chile". */
function journeyEnd(sentences: Sentence[], m: Mention): boolean {
  const tokens = sentences[m.sentence].tokens;
  let k = m.first - 1;
  while (k > 0 && tokens[k].pos === "DET") k--;
  if (PLACE_PREPOSITIONS.has(tokens[k]?.norm ?? "")) k--;
  return JOURNEYS.has(tokens[k]?.lemma ?? "");
}

/**
 * Whether the stretch [start, end) of `text` holds one of `words` as written, asked of stretches in text order:
 * most sentences hold none, which their text tells faster than their tokens.
 */
function wordsWithin(text: string, words: Iterable<string>): (start: number, end: number) => boolean {
  const next = [...words].map((word) => ({ word, at: -1 }));
  return (start, end) => next.some((n) => {
    if (n.at < start) n.at = text.indexOf(n.word, start);
    if (n.at < 0) n.at = Infinity;
    return n.at < end;
  });
}

/** Nouns that, bare after "the", name the government of the story's home state ("accused the government of"). */
const GOVERNMENT_NOUNS = new Set(actors.governmentNouns);

/**
 * "accused the government of", "urged the authorities to", "the federal government said": a government named by
 * no state, name or possessor is the home state's, and acts for it as "Kenya's government" does. Not a modifier
 * ("the government spokesman", "government forces") nor one of another ("the government of Peru").
 */
function homeGovernments(found: Mention[], sentences: Sentence[], text: string, home: string | undefined): Mention[] {
  if (!home) return found;
  const added: Mention[] = [];
  const holdsNoun = wordsWithin(text, GOVERNMENT_NOUNS);
  for (const s of sentences) {
    if (!holdsNoun(s.start, s.end)) continue;
    const tokens = s.tokens;
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k];
      if (!GOVERNMENT_NOUNS.has(t.norm) || t.text !== t.norm || t.pos !== "NOUN") continue;
      const next = tokens[k + 1];
      const after = tokens[k + 2];
      const ofAnother = next?.norm === "of" && after !== undefined && (isCapitalised(after) || after.norm === "the");
      if (next && (next.pos === "NOUN" || next.pos === "PROPN" || ofAnother || next.text === "-")) continue;
      let det = k - 1;
      while (det > 0 && tokens[det].pos === "ADJ" && tokens[det].text === tokens[det].norm) det--;
      if (tokens[det].norm !== "the" || found.some((m) => m.sentence === s.index && m.first <= k && m.last > det)) continue;
      added.push(newMention(s.index, det, k + 1, tokens[det].start, t.end, surface(text, tokens, det, k + 1), "state", home, { collective: true }));
    }
  }
  if (!added.length) return found;
  return [...found, ...added].sort((a, b) => a.sentence - b.sentence || a.first - b.first);
}

/**
 * "Information Minister X", "President Y": a state office named with no state is held in the state the
 * text names first, its lead's subject (news names the home state's officials without it); unless the
 * sentence opens with another state ("In Tehran, Foreign Minister X said"), or, for a post in a body
 * ("the foreign ministry spokesman"), the sentence before has another state as its subject ("Ethiopia
 * dismissed the objections. X, the foreign ministry spokesman, said"); and in none when the holder's own
 * sentence shows the home is not theirs (`foreignToHome`).
 */
function homeStateOffices(found: Mention[], sentences: Sentence[], gazetteer: Gazetteer, homeNamed: HomeState | undefined) {
  if (!found.some((m) => m.kind === "person" && m.role && !m.affiliation)) return;
  if (!homeNamed) return;
  const home = homeNamed.state;
  const opening = openingStates(found, sentences);
  // The region or city each sentence opens with, for the titles they give as states do ("British Columbia ... Premier X").
  const openingPlace = new Map<number, Mention>();
  for (const m of found) if (!openingPlace.has(m.sentence) && m.kind === "place" && opensSentence(sentences, m)) openingPlace.set(m.sentence, m);
  for (const m of found) {
    if (m.kind !== "person" || !m.role || m.affiliation) continue;
    const office = officeOf(gazetteer, m.role);
    if (!office?.role.relation || (!office.inBody && !gazetteer.isStateOffice(office.role.title))) continue;
    // "Its president, X": the owner is one named before (see pronounOwners); when none is found it is no state unnamed.
    if (m.ownedBy === "its" || m.ownedBy === "their") continue;
    const region = REGIONAL_OFFICES.some((title) => m.role!.toLowerCase().endsWith(title)) ? openingPlace.get(m.sentence) : undefined;
    if (region && region.first < (m.titleFirst ?? m.first)) {
      m.affiliation = { canonical: region.canonical, entityType: "place", relation: office.role.relation };
      continue;
    }
    const here = opening.get(m.sentence);
    // "In Tanzania, the ministry said ... President X's government has offered": a scene set by "In" before a state
    // holds for the title that opens the next sentence.
    const scene = (m.titleFirst ?? m.first) === 0 && sentences[m.sentence - 1]?.tokens[0]?.norm === "in" ? opening.get(m.sentence - 1)?.state : undefined;
    const context = here && here.at < (m.titleFirst ?? m.first) ? here.state : ownStateSpokenOf(found, sentences, m) ?? (office.inBody ? opening.get(m.sentence - 1)?.state : undefined) ?? scene;
    if (!context && foreignToHome(found, sentences, m, homeNamed)) continue;
    m.affiliation = { canonical: context ?? otherThanHeld(found, m, home), entityType: "state", relation: office.role.relation };
  }
}

/**
 * Whether the sentence of `holder`, a title named with no state, shows the home state is not theirs: it names the
 * home after them as where they go ("Prime Minister X arrived in Beijing"), or, when the text has not named the home
 * before them, as another titled person's state ("Prime Minister X met Chinese President Y").
 */
function foreignToHome(found: Mention[], sentences: Sentence[], holder: Mention, home: HomeState): boolean {
  const after = found.filter((o) => o.sentence === holder.sentence && o.first > holder.first);
  const ofHome = (o: Mention) => (o.kind === "state" ? o.canonical : o.affiliation?.canonical) === home.state;
  if (after.some((o) => (o.kind === "state" || o.capital) && ofHome(o) && journeyEnd(sentences, o))) return true;
  const namedBefore = home.sentence < holder.sentence || (home.sentence === holder.sentence && home.at < (holder.titleFirst ?? holder.first));
  return !namedBefore && after.some((o) => o.kind === "person" && o.role !== undefined && ofHome(o));
}

/**
 * "President X ... thanked U.S. President Y": a state has one holder of a leading office, so when another person holds
 * the same title in the home state, a second holder named with no state leads the state the text names most besides.
 */
function otherThanHeld(found: Mention[], m: Mention, home: string): string {
  const title = m.role?.toLowerCase();
  const held = found.some((o) => o.kind === "person" && o.canonical !== m.canonical && o.affiliation?.canonical === home && o.affiliation.relation === "leader_of" && o.role?.toLowerCase().endsWith(title ?? ""));
  if (!held || !title) return home;
  const counts = new Map<string, number>();
  for (const o of found) if (o.kind === "state" && o.canonical !== home && !o.modifier) counts.set(o.canonical, (counts.get(o.canonical) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? home;
}

/**
 * "President X said Cairo would not allow ...", "telling a rally that India would ...": the state a speaker
 * names first as the subject of what they say, before anyone else is named, is mostly their own (officials
 * speak of their government by its name or capital).
 */
function ownStateSpokenOf(found: Mention[], sentences: Sentence[], speaker: Mention): string | undefined {
  const tokens = sentences[speaker.sentence].tokens;
  let next: Mention | undefined;
  for (let k = found.indexOf(speaker) + 1; k < found.length && found[k].sentence === speaker.sentence && !next; k++) {
    if (found[k].kind === "state" || found[k].kind === "person" || found[k].kind === "organisation") next = found[k];
  }
  if (next?.kind !== "state" || next.modifier || next.collective || !["VERB", "AUX"].includes(tokens[next.last]?.pos ?? "")) return undefined;
  const spoken = tokens.slice(speaker.last, next.first).some((t) => t.pos === "VERB" && SPEECH.has(t.lemma));
  const before = tokens[next.first - 1];
  return spoken && (SPEECH.has(before?.lemma ?? "") || before?.norm === "that") ? next.canonical : undefined;
}

/** The state each sentence opens with, a capital or a national body standing for it: "In Tehran,", "Ethiopia's ministry". */
function openingStates(found: Mention[], sentences: Sentence[]): Map<number, { at: number; state: string }> {
  const opening = new Map<number, { at: number; state: string }>();
  for (const m of found) {
    if (opening.has(m.sentence)) continue;
    const state = m.kind === "state" && !m.modifier ? m.canonical : m.capital || (m.kind === "organisation" && m.affiliation?.relation === "part_of") ? m.affiliation?.canonical : undefined;
    if (state && opensSentence(sentences, m)) opening.set(m.sentence, { at: m.first, state });
  }
  return opening;
}

/** Whether only determiners and prepositions come before a mention in its sentence ("In Tehran,", "The ministry"). */
const opensSentence = (sentences: Sentence[], m: Mention) => sentences[m.sentence].tokens.every((t, k) => k >= m.first || t.pos === "DET" || t.pos === "ADP");

/** "ministry", "department": a lower-case word that names a ministry alone, asked of the word before every title. */
const isMinistryWord = remembered((word) => lookupBody(word)?.head.category === "ministry");

/** Whether an organisation's name is a ministry's with no state in it: "Foreign Ministry", "Commerce Department", "Foreign Office". */
// Remembered: each pass asks it of every organisation named, and its look-ups try every portfolio.
const isStatelessMinistry = remembered((name) => lookupBody(name)?.head.category === "ministry" && !lookupNationalBody(name) && /^\p{Lu}/u.test(name));

/**
 * "Russia was more critical. Foreign Ministry spokeswoman X said": a ministry named with no state, or one the
 * lexicon gives a state the text never names (a "Foreign Office" of a story about Pakistan), is the ministry of
 * the state its sentence opens with, else, when it opens its sentence, of the one the sentence before opens with,
 * else of the home state ("Thailand said ... Senator X criticised the Department of Agriculture": the home's).
 */
function ministriesOfContext(found: Mention[], sentences: Sentence[], home: string | undefined) {
  // Most texts name no ministry without its state: the states named and opening sentences are read only for one that does.
  if (!found.some((m) => m.kind === "organisation" && isStatelessMinistry(m.canonical))) return;
  const named = new Set(found.filter((m) => m.kind === "state").map((m) => m.canonical));
  const opening = openingStates(found, sentences);
  for (const m of found) {
    if (m.kind !== "organisation" || (m.affiliation && named.has(m.affiliation.canonical)) || !isStatelessMinistry(m.canonical)) continue;
    const here = opening.get(m.sentence);
    const before = opensSentence(sentences, m) ? opening.get(m.sentence - 1)?.state : undefined;
    const state = seatState(found, sentences, m) ?? (here && here.at < m.first ? here.state : before ?? home);
    if (state) m.affiliation = partOf(state);
  }
}

/** "the Health Ministry in Gaza", "the Interior Ministry in Kabul": the state of where a body is said to sit. */
function seatState(found: Mention[], sentences: Sentence[], body: Mention): string | undefined {
  if (sentences[body.sentence].tokens[body.last]?.norm !== "in") return undefined;
  const seat = found.find((o) => o.sentence === body.sentence && o.first === body.last + 1);
  if (seat?.kind === "state") return seat.canonical;
  return seat?.kind === "place" && seat.affiliation?.relation === "part_of" ? seat.affiliation.canonical : undefined;
}

/**
 * "A State Department spokesman, X", "Foreign Ministry spokeswoman Y": who serves a ministry serves its state, when
 * the text names that state (a "Foreign Office" of a text that never names Britain is another state's).
 */
function ministryStaff(found: Mention[], gazetteer: Gazetteer) {
  const states = new Set(found.filter((m) => m.kind === "state").map((m) => m.canonical));
  const ministries = new Map<string, string>(); // a stateless ministry's name -> its state
  for (const m of found) if (m.kind === "organisation" && m.affiliation?.relation === "part_of" && isStatelessMinistry(m.canonical)) ministries.set(m.canonical, m.affiliation.canonical);
  for (const m of found) {
    if (m.kind !== "person" || m.affiliation?.entityType !== "organisation") continue;
    const seat = gazetteer.name(m.affiliation.canonical);
    const state = ministries.get(m.affiliation.canonical) ?? (seat?.ministry ? seat.state : undefined);
    if (state && states.has(state)) m.affiliation = { canonical: state, entityType: "state", relation: m.affiliation.relation };
  }
}

/**
 * "Trade Commissioner X", "Senator Y": a title of a seat in a body makes its holder a member of the body of
 * that kind the text names, the latest before the title else the first after it ("the European Commission").
 */
function membersOfNamedBodies(found: Mention[], gazetteer: Gazetteer) {
  const bodies = found.filter((m) => m.kind === "organisation");
  for (const m of found) {
    if (m.kind !== "person" || !m.role || m.affiliation) continue;
    const head = gazetteer.bodyOfTitle(officeOf(gazetteer, m.role)?.role.title ?? "");
    if (!head) continue;
    const ofKind = bodies.filter((b) => b.canonical.toLowerCase().split(/\s+/).at(-1) === head);
    const body = ofKind.filter((b) => b.start < m.start).at(-1) ?? ofKind[0];
    if (body) m.affiliation = { canonical: body.canonical, entityType: "organisation", relation: "member_of" };
  }
}

/**
 * "The Bank of Japan said ... Governor X said the bank would": a bare title that heads a body of a kind ("governor" a
 * bank) is held in the latest body of that kind named before it in its sentence or the one before, as the subject
 * there (after no verb or preposition): not in one the holder only acts on ("Governor X criticised the central bank").
 */
function headsOfNamedBodies(found: Mention[], sentences: Sentence[], gazetteer: Gazetteer) {
  const subjects = found.filter((m) => {
    if (m.kind !== "organisation" || m.describes) return false;
    const tokens = sentences[m.sentence].tokens;
    const before = tokens[m.first - 1]?.norm === "the" ? tokens[m.first - 2] : tokens[m.first - 1];
    return before?.pos !== "VERB" && before?.pos !== "ADP";
  });
  for (const m of found) {
    if (m.kind !== "person" || !m.role || m.affiliation) continue;
    const office = officeOf(gazetteer, m.role)?.role;
    const words = gazetteer.wordsOfBodyHeaded(office?.title ?? "");
    if (!office?.relation || !words) continue;
    const body = subjects.filter((b) => (b.sentence === m.sentence ? b.last < m.first : b.sentence === m.sentence - 1) && b.canonical.toLowerCase().split(/\s+/).some((w) => words.has(w))).at(-1);
    if (body) m.affiliation = { canonical: body.canonical, entityType: "organisation", relation: office.relation };
  }
}

/**
 * "Prime Minister X rejected it. His national security adviser, Y, said": a title given with "his" or "her"
 * is held where the holder of a title named before it serves, the latest in its sentence, else the first of
 * the sentence before; a spokesperson speaks for that holder too.
 */
function holdersStaff(found: Mention[], gazetteer: Gazetteer) {
  for (const m of found) {
    if (!isStaffOwner(m.ownedBy) || m.affiliation) continue;
    // "a spokeswoman for the president, X": the holder of that title.
    const served = m.ownedBy!.startsWith(SERVED_TITLE) ? m.ownedBy!.slice(SERVED_TITLE.length) : undefined;
    const holds = (o: Mention) => !served || o.role!.toLowerCase().endsWith(served);
    const titled = (o: Mention) => o.kind === "person" && o !== m && !!o.role && holds(o) && o.affiliation?.entityType !== "person" && !!o.affiliation?.relation;
    // The holder of a title named again may be named anywhere before.
    const holder = served ? found.filter((o) => (o.sentence < m.sentence || (o.sentence === m.sentence && o.last <= m.first)) && titled(o)).at(-1) : titledBefore(found, m.sentence, m.first, titled);
    const relation = officeOf(gazetteer, m.role ?? "")?.role.relation;
    if (!holder?.affiliation || !relation) continue;
    m.affiliation = { canonical: holder.affiliation.canonical, entityType: holder.affiliation.entityType, relation };
    if (relation === "spokesperson_of") m.alsoAffiliation = { canonical: holder.canonical, entityType: "person", relation };
  }
}

/** Titles of a legislator, after which "for" names the seat they hold ("a member of parliament for X"). */
const CONSTITUENCY_TITLES = actors.constituencyTitles.map((t) => t.toLowerCase().split(" "));

/** Whether a title is a legislator's ("member of parliament", "lawmaker"), whose "for" names a seat. */
function isConstituencyTitle(title: string): boolean {
  const words = title.toLowerCase().split(/\s+/);
  return CONSTITUENCY_TITLES.some((t) => t.length <= words.length && t.every((w, k) => words[words.length - t.length + k] === w));
}

/** "a member of parliament for Couva North", "the senator for Tarcona": the name a legislator sits for is a place. */
function constituencies(found: Mention[], sentences: Sentence[]) {
  for (const m of found) {
    const tokens = sentences[m.sentence].tokens;
    if (!untitledName(m) || tokens[m.first - 1]?.norm !== "for") continue;
    if (isConstituencyTitle(tokens.slice(Math.max(0, m.first - 4), m.first - 1).map((t) => t.norm).join(" "))) m.kind = "place";
  }
}

/** The mark of an owner that is the holder of a title, not a body: "a spokeswoman for the president, X". */
const SERVED_TITLE = "holder of ";

/** Whether a title's owner is a person named before: "his spokesman, X", "a spokeswoman for the president, X". */
function isStaffOwner(ownedBy: string | undefined): boolean {
  return ownedBy === "his" || ownedBy === "her" || !!ownedBy?.startsWith(SERVED_TITLE);
}

/**
 * "Armenia's deputy prime minister, X, and his Azerbaijani counterpart, Y": Y holds the office of the titled
 * person named before, the latest in the sentence else the first of the sentence before, in the demonym's state.
 */
function counterparts(found: Mention[], sentences: Sentence[], gazetteer: Gazetteer) {
  for (const m of found) {
    if (m.kind !== "person" || m.role || m.affiliation) continue;
    const tokens = sentences[m.sentence].tokens;
    const at = tokens[m.first - 1]?.norm === "," ? m.first - 2 : m.first - 1;
    const state = tokens[at]?.norm === "counterpart" ? gazetteer.demonym(tokens[at - 1]?.text ?? "") : undefined;
    if (!state) continue;
    const titled = (o: Mention) => o.kind === "person" && !!o.role && o.affiliation?.entityType === "state";
    const holder = titledBefore(found, m.sentence, at, titled);
    if (holder) Object.assign(m, { role: holder.role, affiliation: { canonical: state, entityType: "state", relation: holder.affiliation!.relation } });
  }
}

/** The titled person a title given later points back to: the latest before token `at` of its sentence, else the first of the sentence before. */
function titledBefore(found: Mention[], sentence: number, at: number, titled: (o: Mention) => boolean): Mention | undefined {
  return found.filter((o) => o.sentence === sentence && o.last <= at && titled(o)).at(-1) ?? found.find((o) => o.sentence === sentence - 1 && titled(o));
}

/** Ties a person to what they lead or belong to: their affiliation, or a second tie beside the one they have. */
function addTie(m: Mention, tie: NonNullable<Mention["affiliation"]>) {
  if (m.affiliation) m.alsoAffiliation = tie;
  else m.affiliation = tie;
}

/** Verbs of a relative clause that make the person before it the leader of their object ("who chairs the bloc"). */
const LEADING_VERBS = new Set(actors.leadingVerbs);
/** Offices of a body's chair that a member holds ("holds the rotating presidency of the bloc"). */
const CHAIR_NOUNS = new Set(actors.chairNouns);

/**
 * "President X, who chairs the bloc,", "X leads the NRF": the person leads the organisation or state the clause or
 * the verb right after the name names; a description ("the bloc") is the latest organisation named before.
 */
function relativeClauseLeaders(found: Mention[], sentences: Sentence[]) {
  found.forEach((m, k) => {
    const tokens = sentences[m.sentence].tokens;
    const verb = tokens[m.last]?.norm === "," && tokens[m.last + 1]?.norm === "who" ? m.last + 2 : m.last;
    // After the name, only a word the tagger reads as a verb ("X heads of state" is no clause); after "who", any.
    if (m.kind !== "person" || !LEADING_VERBS.has(tokens[verb]?.lemma ?? "") || (verb === m.last && tokens[verb].pos !== "VERB")) return;
    // "who leads the right-wing Brothers of X": a name past lower-case words saying what it is.
    let named = tokens[verb + 1]?.norm === "the" ? verb + 2 : verb + 1;
    const hyphened = (k: number) => tokens[k - 1]?.norm === "-" && tokens[k].start === tokens[k - 1].end;
    while (named < verb + 6 && tokens[named] && !isCapitalised(tokens[named]) && (["ADJ", "NOUN"].includes(tokens[named].pos) || tokens[named].norm === "-" || hyphened(named))) named++;
    const object = found.find((o) => o.sentence === m.sentence && (o.first === verb + 1 || (o.first === verb + 2 && tokens[verb + 1].norm === "the") || (o.first === named && isCapitalised(tokens[named]))));
    // "X led protesters to the square": a main verb leads a body, named or described, not a crowd.
    if (verb === m.last && object && !object.describes && !isCapitalised(tokens[object.first])) return;
    let led: Mention | undefined = object;
    if (object?.describes) led = found.slice(0, k).reverse().find((o) => o.kind === "organisation" && (object.describes === "generic" || o.canonical.toLowerCase().split(/\s+/).includes(object.canonical)));
    // "who led Kyiv's team" leads the team, not the state; "who heads the union's branch" is a member of the union.
    if (!led || (led.kind !== "organisation" && led.kind !== "state") || led.collective) return;
    const part = isPossessiveMark(tokens[object!.last]);
    if (part && led.kind !== "organisation") return;
    addTie(m, { canonical: led.canonical, entityType: led.kind, relation: part ? "member_of" : "leader_of" });
  });
}

/**
 * "Malaysia, which holds the rotating chairmanship of ASEAN,", "Hungary, which holds the EU's rotating presidency,": the
 * state, organisation or person before the clause leads the body whose chair it holds (`chairNouns`).
 */
function heldChairs(found: Mention[], sentences: Sentence[]) {
  found.forEach((m, k) => {
    const tokens = sentences[m.sentence].tokens;
    if (!["state", "organisation", "person"].includes(m.kind) || tokens[m.last]?.norm !== "," || !["which", "who"].includes(tokens[m.last + 1]?.norm ?? "") || tokens[m.last + 2]?.lemma !== "hold") return;
    let chair = m.last + 3;
    while (chair < tokens.length && chair < m.last + 9 && !CHAIR_NOUNS.has(tokens[chair].norm) && tokens[chair].norm !== ",") chair++;
    if (!CHAIR_NOUNS.has(tokens[chair]?.norm ?? "")) return;
    const after = tokens[chair + 1]?.norm === "of" ? chair + (tokens[chair + 2]?.norm === "the" ? 3 : 2) : -1;
    // The body named after "of", or before the chair ("ASEAN's rotating presidency"); a description ("the bloc's") is
    // left to resolution, which this stage comes before.
    const led = found.find((o, j) => j > k && o.sentence === m.sentence && (o.first === after || (o.first > m.last + 2 && o.last < chair && isPossessiveMark(tokens[o.last]))));
    if (!led || led.kind !== "organisation" || led.describes || led.collective || led.canonical === m.canonical) return;
    const tie = { canonical: led.canonical, entityType: "organisation" as const, relation: "leader_of" as const };
    if (m.kind === "state") m.alsoAffiliation = tie;
    else addTie(m, tie);
  });
}

/** "The works council, led by Stefan Ma,": the person after "led by" set off by a comma leads the body before it. */
function participleLeaders(found: Mention[], sentences: Sentence[]) {
  found.forEach((m, k) => {
    const tokens = sentences[m.sentence].tokens;
    const by = (m.titleFirst ?? m.first) - 1;
    if (m.kind !== "person" || tokens[by]?.norm !== "by" || !LEADING_VERBS.has(tokens[by - 1]?.lemma ?? "")) return;
    const comma = tokens[by - 2]?.norm === ",";
    const led = found.slice(0, k).reverse().find((o) => o.sentence === m.sentence && o.last === (comma ? by - 2 : by - 1));
    if (!led || (led.kind !== "organisation" && led.kind !== "state")) return;
    // "a Philippine delegation led by Migrant Workers Secretary X": a titled official leading a state's delegation serves the state.
    if (led.collective && led.kind === "state" && m.role && !m.affiliation) addTie(m, { canonical: led.canonical, entityType: "state", relation: "member_of" });
    else if (comma && !led.collective) addTie(m, { canonical: led.canonical, entityType: led.kind, relation: "leader_of" });
  });
}

/** Whether a token is a participle of leading, shared or not: "led", "chaired", "co-chaired", "headed". */
export const leadingParticiple = (t: Token | undefined) => !!t && t.pos === "VERB" && (LEADING_VERBS.has(t.lemma) || LEADING_VERBS.has(t.norm.replace(/^co-/, "").replace(/ed$/, "")) || t.norm.replace(/^co-/, "") === "led");

/**
 * "A group of Pacific island states, led by Fiji,", "the coalition, a group of 100 countries co-chaired by Norway and
 * Rwanda": the states and organisations after "led by" lead the organisation before it, past an apposition that
 * describes it.
 */
function leadingParties(found: Mention[], sentences: Sentence[]) {
  found.forEach((m, k) => {
    const tokens = sentences[m.sentence].tokens;
    const by = m.first - 1;
    if ((m.kind !== "state" && m.kind !== "organisation") || tokens[by]?.norm !== "by" || !leadingParticiple(tokens[by - 1])) return;
    const before = found.slice(0, k).filter((o) => o.sentence === m.sentence && o.last < by);
    const led = before.at(-1);
    const body = led && (led.kind === "organisation" && !led.collective ? led.canonical : describedBodyWords(led, tokens));
    if (!led || !body) return;
    // Only an apposition set off by a comma may stand between them, with no verb in it.
    const between = tokens.slice(led.last, by - 1);
    if (between.length && (between[0].norm !== "," || between.some((t) => t.pos === "VERB" || t.pos === "AUX"))) return;
    const tie = { canonical: body, entityType: "organisation" as const, relation: "leader_of" as const };
    for (let j = k, last = by; j < found.length && found[j].sentence === m.sentence; j++) {
      const o = found[j];
      const link = tokens.slice(last + 1, o.first).map((t) => t.norm).join(" ");
      if ((j > k && !/^(and|,)$/.test(link)) || (o.kind !== "state" && o.kind !== "organisation")) break;
      if (o.kind === "organisation" && !o.affiliation?.relation) o.affiliation = tie;
      else o.alsoAffiliation = tie;
      last = o.last - 1;
    }
  });
}

/**
 * "the official creditor committee": the words after "the" of a description of a named kind of body, which resolution
 * makes the body's name when the text names no such body; a tie to it is kept only if it does.
 */
function describedBodyWords(m: Mention, tokens: Token[]): string | undefined {
  if (m.kind !== "pronoun" || m.describes !== "named" || tokens[m.first]?.norm !== "the" || m.last - m.first < 3) return undefined;
  return tokens.slice(m.first + 1, m.last).map((t) => t.norm).join(" ");
}

/** Verbs of a relative clause after an organisation whose objects are its members ("which groups A and B"). */
const MEMBERSHIP_VERBS = new Set(actors.membershipVerbs);

/**
 * "Abiove, which represents traders including Cargill and Bunge,", "a consortium, which groups A and B": the
 * organisations, and states named as themselves, in the clause are members of the organisation before it.
 */
function relativeClauseMembers(found: Mention[], sentences: Sentence[]) {
  for (const m of found) {
    const tokens = sentences[m.sentence].tokens;
    const at = tokens[m.last]?.norm === ")" ? m.last + 1 : m.last; // past an acronym in brackets
    if (m.kind !== "organisation" || tokens[at]?.norm !== "," || !["which", "that"].includes(tokens[at + 1]?.norm ?? "") || !MEMBERSHIP_VERBS.has(tokens[at + 2]?.lemma ?? "")) continue;
    // The clause ends at a comma before the main verb ("A, B and C, met"), not one of its list.
    let end = at + 3;
    while (end < tokens.length && ![".", ";"].includes(tokens[end].norm) && !(tokens[end].norm === "," && ["VERB", "AUX"].includes(tokens[end + 1]?.pos ?? ""))) end++;
    // Not where the members are ("which represents firms in Brazil"), nor whose they are ("China's Jintai").
    const owner = (o: Mention) => isPossessiveMark(tokens[o.last]);
    const named = (o: Mention) => o.kind === "organisation" || (o.kind === "state" && !o.modifier && !o.collective && !owner(o) && (tokens[o.first - 1]?.pos !== "ADP" || tokens[o.first - 1].norm === "including"));
    for (const o of found) {
      if (o.sentence !== m.sentence || o.first <= at + 2 || o.last > end || !named(o)) continue;
      const tie = { canonical: m.canonical, entityType: "organisation" as const, relation: "member_of" as const };
      if (o.kind === "organisation" && !o.affiliation?.relation) o.affiliation = tie;
      else o.alsoAffiliation = tie;
    }
  }
}

/**
 * "NATO's peacekeeping force in Kosovo, KFOR, said", "The UN mission in Lebanon, UNIFIL,": an organisation named in
 * an apposition to a description of an organisation's organ is part of that organisation.
 */
function namedOrgansOfOrganisations(found: Mention[], sentences: Sentence[]) {
  found.forEach((n, k) => {
    const tokens = sentences[n.sentence].tokens;
    const closed = [",", undefined].includes(tokens[n.last]?.norm) || tokens[n.last]?.pos === "VERB";
    if (n.kind !== "organisation" || n.affiliation?.relation || tokens[n.first - 1]?.norm !== "," || !closed) return;
    let start = n.first - 2;
    while (start > 0 && tokens[start - 1].norm !== ",") start--;
    let first = k;
    while (first > 0 && found[first - 1].sentence === n.sentence && found[first - 1].first >= start) first--;
    const owner = first < k ? found[first] : undefined;
    if (owner?.kind !== "organisation" || tokens.slice(start, owner.first).some((t) => t.pos !== "DET")) return;
    // The description: lower-case words, then where the organ serves ("in Kosovo").
    let j = isPossessiveMark(tokens[owner.last]) ? owner.last + 1 : owner.last;
    const described = j;
    while (j < n.first - 1 && (tokens[j].pos === "NOUN" || tokens[j].pos === "ADJ") && !isCapitalised(tokens[j])) j++;
    if (j === described) return;
    const where = ["in", "for"].includes(tokens[j]?.norm) ? found.find((o) => o.sentence === n.sentence && o.first === j + 1) : undefined;
    if ((where ? where.last : j) !== n.first - 1) return;
    n.affiliation = { canonical: owner.canonical, entityType: "organisation", relation: "part_of" };
  });
}

/** Words between a leader's possessive and the party it names: "President X's ruling Y Party". */
const RULING = new Set(actors.rulingWords);

/**
 * "Popular Force spokeswoman X": a name right before a title, which the text shows elsewhere to be an organisation
 * ("the Popular Force party"), is where the title is held; so is one before its possessive or its acronym in brackets
 * ("Popular Force's spokeswoman, X", "the Popular Force (PF) leader X"), and one in an apposition ("X, Popular Force's
 * spokeswoman,"). The sentence rules read the name as a person's there: the document had not yet shown what it is.
 */
function titlesOfKnownOrganisations(found: Mention[], sentences: Sentence[], gazetteer: Gazetteer) {
  const introduced: Mention[] = [];
  found.forEach((m, k) => {
    const before = found[k - 1];
    if (before?.kind !== "organisation" || before.sentence !== m.sentence || m.affiliation || !m.role) return;
    const tokens = sentences[m.sentence].tokens;
    const marked = isPossessiveMark(tokens[before.last]) || tokens[before.last]?.norm === ")";
    const titleAt = marked ? before.last + 1 : before.last;
    // "Popular Force's spokeswoman, X": the title the apposition gave X stands between the possessive and X's comma.
    const apposed = isPossessiveMark(tokens[before.last]) && tokens[m.first - 1]?.norm === "," && normsOf(tokens, titleAt, m.first - 1) === m.role.toLowerCase();
    if (m.kind !== "person" || (m.titleFirst !== titleAt && !apposed)) return;
    const relation = officeOf(gazetteer, m.role)?.role.relation;
    if (relation) m.affiliation = { canonical: before.canonical, entityType: "organisation", relation };
  });
  // "X, Popular Force's spokeswoman,": the title after the possessive only introduced X.
  found.forEach((title, k) => {
    const [person, owner] = [found[k - 2], found[k - 1]];
    if (title.kind !== "title" || owner?.kind !== "organisation" || person?.kind !== "person" || person.role || person.affiliation || person.sentence !== title.sentence) return;
    const tokens = sentences[title.sentence].tokens;
    const relation = officeOf(gazetteer, title.role ?? "")?.role.relation;
    if (!relation || tokens[person.last]?.norm !== "," || owner.first !== person.last + 1 || !isPossessiveMark(tokens[owner.last]) || title.first !== owner.last + 1 || !closesApposition(tokens[title.last])) return;
    Object.assign(person, { role: title.role, affiliation: { canonical: owner.canonical, entityType: "organisation", relation } });
    introduced.push(title);
  });
  for (const title of introduced) found.splice(found.indexOf(title), 1);
}

/**
 * "Prime Minister X's Unity Party", "President X's ruling Movement for Socialism", "X, whose Labour Party": the
 * party after a titled person's possessive is theirs, led by them when their title leads, also after their surname
 * alone ("X's Unity Party" after "Premier Y X"). A second tie beside the office's.
 */
function partiesOfLeaders(found: Mention[], sentences: Sentence[], gazetteer: Gazetteer) {
  const titled = found.filter((m) => m.kind === "person" && m.role && m.last - m.first > 1);
  found.forEach((m, k) => {
    const tokens = sentences[m.sentence].tokens;
    // "X's party" or "X, whose party".
    const whose = tokens[m.last]?.norm === "," && tokens[m.last + 1]?.norm === "whose";
    if (m.kind !== "person" || m.alsoAffiliation || (!isPossessiveMark(tokens[m.last]) && !whose)) return;
    // The surname alone stands for the titled person named before with it.
    const holder = m.role ? m : m.last - m.first === 1 ? titled.find((o) => o.start < m.start && o.canonical.split(" ").at(-1) === m.canonical) : undefined;
    if (!holder?.role) return;
    const at = whose ? m.last + 2 : m.last + 1;
    const ruling = RULING.has(tokens[at]?.norm ?? "");
    const party = found[k + 1];
    if (!party || party.kind !== "organisation" || party.sentence !== m.sentence || party.first !== at + (ruling ? 1 : 0)) return;
    if (!ruling && !party.text.split(/\s+/).some((w) => PARTY_HEADS.has(w))) return;
    const relation = officeOf(gazetteer, holder.role)?.role.relation === "leader_of" ? "leader_of" as const : "member_of" as const;
    const tie = { canonical: party.canonical, entityType: "organisation" as const, relation };
    // A surname's own affiliation would keep it from joining its full name: its tie is a second one.
    if (m.affiliation || m !== holder) m.alsoAffiliation = tie;
    else m.affiliation = tie;
  });
}

/**
 * "Communist Party of Nepal (Maoist Centre)": a name in brackets after an organisation's, not its acronym, tells
 * apart parties that share a name; together they are one organisation, which the bracketed name alone names later.
 * A short name in brackets ("(Cosatu)") names the organisation there and later.
 */
function qualifiedNames(found: Mention[], sentences: Sentence[], text: string) {
  const byQualifier = new Map<string, string>();
  for (let k = found.length - 1; k > 0; k--) {
    const [named, inner] = [found[k - 1], found[k]];
    const tokens = sentences[inner.sentence].tokens;
    const bracketed = named.sentence === inner.sentence && inner.first === named.last + 1 && tokens[named.last].text === "(" && tokens[inner.last]?.text === ")";
    if (!bracketed || named.kind !== "organisation" || named.body || !(inner.kind === "organisation" || (inner.kind === "person" && !inner.role))) continue;
    if (inner.last - inner.first === 1 && isAcronym(tokens[inner.first])) continue;
    // "(Cosatu)", "(Abiove)": one word is the name's short name, spelt from its initials in any language; not a
    // doctrine that tells a party apart ("Communist Party of India (Marxist)").
    if (inner.last - inner.first === 1 && (inner.text[0] === named.text[0] || !/ists?$/.test(inner.text))) {
      byQualifier.set(inner.canonical, named.canonical);
      continue;
    }
    named.canonical = `${named.canonical} (${inner.text})`;
    named.last = inner.last + 1;
    named.end = tokens[inner.last].end;
    named.text = text.slice(named.start, named.end);
    byQualifier.set(inner.canonical, named.canonical);
    found.splice(k, 1);
  }
  for (const m of found) {
    const name = m.kind !== "state" && !m.role ? byQualifier.get(m.canonical) : undefined;
    if (name === undefined) continue;
    m.kind = "organisation";
    rename(found, m, { ...m, canonical: name });
  }
}

/**
 * "Nepal's Supreme Court ... the Supreme Court", "the Kenyan National Assembly ... the National Assembly": a body's
 * proper name without its state is the body of the one state the text names it with.
 */
function bodiesNamedWithoutState(found: Mention[]) {
  const withState = new Map<string, Mention | undefined>();
  for (const m of found) {
    const name = m.body && m.affiliation?.entityType === "state" ? /^\S+(?: \S+)*?(?:'s?)? ([A-Z][\w-]*(?: [A-Z][\w-]*)+)$/u.exec(m.canonical)?.[1] : undefined;
    if (name === undefined) continue;
    const seen = withState.get(name);
    withState.set(name, seen && seen.canonical !== m.canonical ? undefined : m);
  }
  for (const m of found) {
    const body = m.kind === "organisation" && !m.body ? withState.get(m.canonical) : undefined;
    if (body) rename(found, m, body);
  }
}

/** Renames an organisation mention, and the affiliations its own sentence gave by the old name. */
function rename(found: Mention[], m: Mention, to: Mention) {
  const from = m.canonical;
  m.canonical = to.canonical;
  for (const o of found) {
    if (o.sentence !== m.sentence || o.affiliation?.canonical !== from) continue;
    // "the Ministry's spokeswoman", when the ministry is a national body: she serves its state; who leads the body ("Congress President X") leads it.
    const state = to.body && to.affiliation && o.affiliation.relation !== "part_of" && o.affiliation.relation !== "leader_of" ? to.affiliation : undefined;
    o.affiliation = { canonical: state?.canonical ?? to.canonical, entityType: state ? "state" : o.affiliation.entityType, relation: o.affiliation.relation };
  }
}

/**
 * Short names of organisations named in full before: a lone head word is the latest organisation whose
 * name ends with it ("the Commission" after "European Commission"); a company's name without its company
 * words is the company ("Heliotrope" after "Heliotrope Systems").
 */
function shortOrganisationNames(found: Mention[], gazetteer: Gazetteer) {
  const latestByHead = new Map<string, Mention>();
  const byStem = new Map<string, Mention>();
  for (const m of found) {
    // Only an organisation, or a person with no title who may be one, is renamed or names others.
    if (m.kind !== "organisation" && (m.kind !== "person" || m.role)) continue;
    // A name of one word: no blank in it.
    if (m.kind === "organisation" && !/\s/.test(m.canonical) && gazetteer.isOrganisationHead(m.canonical)) {
      const full = latestByHead.get(m.canonical.toLowerCase());
      if (full) rename(found, m, full);
      continue;
    }
    const short = byStem.get(m.canonical);
    if (short && (m.kind === "organisation" || (m.kind === "person" && !m.role))) {
      m.kind = "organisation";
      rename(found, m, short);
      continue;
    }
    // Only an organisation's name of two words or more names others: a person's is not split.
    if (m.kind !== "organisation") continue;
    const words = m.canonical.split(/\s+/);
    if (words.length < 2) continue;
    // "the DPC ... the Commission": an acronym does not show the head word the short name repeats.
    if (!isAcronymText(m.text)) latestByHead.set(words.at(-1)!.toLowerCase(), m);
    let stem = words.length;
    while (stem > 1 && gazetteer.isOrganisationHead(words[stem - 1])) stem--;
    // "Hanbit Heavy Industries", "Arcadia Motor Company": the trade before the company word goes with it.
    if (stem < words.length) while (stem > 1 && COMPANY_MODIFIERS.has(words[stem - 1])) stem--;
    if (stem < words.length) byStem.set(words.slice(0, stem).join(" "), m);
  }
}

/**
 * A national body described by its state and head noun ("Britain's competition regulator") is the
 * organisation of that state the text also names with one of the body's describing words
 * ("Competition and Markets Authority").
 */
function namedNationalBodies(found: Mention[], gazetteer: Gazetteer) {
  const named = found.filter((m) => m.kind === "organisation" && !m.body && m.affiliation?.relation === "part_of");
  const describing = (words: string) => describingWords(gazetteer, words);
  const shares = (a: readonly string[], b: string) => describing(b).some((w) => a.includes(w));
  const bodies: Mention[] = [];
  for (const body of found) {
    if (!body.body || !body.affiliation) continue;
    const words = describing(body.text);
    const sameState = (n: Mention) => n.affiliation!.canonical === body.affiliation!.canonical;
    // The named organisation, else the body described the same way before ("antitrust watchdog", "antitrust regulator").
    const match = named.find((n) => sameState(n) && shares(words, n.canonical)) ?? bodies.find((b) => sameState(b) && shares(words, b.text));
    if (match) body.canonical = match.canonical;
    bodies.push(body);
  }
}

/**
 * "the Toktogul reservoir ... the Toktogul dam ... upstream of Toktogul": a place no lexicon knows, written with
 * two lower-case place nouns or with one and without, is one place named by its name alone. A lexicon's place keeps its own
 * ("Mosul" the city is no "Mosul dam").
 */
function placesByTheirNames(found: Mention[], gazetteer: Gazetteer) {
  const nameOf = (m: Mention) => {
    const words = m.canonical.split(" ");
    return words.length > 1 && gazetteer.isLowerCasePlaceHead(words.at(-1)!) ? words.slice(0, -1).join(" ") : m.canonical;
  };
  // The forms each name is written in; one form alone keeps its noun ("the Kessada corridor").
  const forms = new Map<string, Set<string>>();
  for (const m of found) {
    if (m.kind !== "place") continue;
    const name = nameOf(m);
    (forms.get(name) ?? forms.set(name, new Set()).get(name)!).add(m.canonical);
  }
  for (const m of found) {
    const name = m.kind === "place" ? nameOf(m) : undefined;
    if (name !== undefined && forms.get(name)!.size > 1 && !gazetteer.name(name)) m.canonical = name;
  }
}

/**
 * A one-word place or capital that is the surname of a person the text names, and no location there (or one
 * the person owns: "outside Yunus's residence"), is that person.
 */
function surnamesNamedLikePlaces(found: Mention[], sentences: Sentence[]) {
  const surnames = new Set(found.filter((m) => m.kind === "person" && m.canonical.includes(" ")).map((m) => m.canonical.split(/\s+/).at(-1)!));
  for (const m of found) {
    if ((m.kind !== "place" && m.kind !== "state") || m.last - m.first !== 1 || !surnames.has(m.text)) continue;
    // "talks in Lima" is the city; "outside Yunus's residence" is the person's.
    const tokens = sentences[m.sentence].tokens;
    if (PLACE_PREPOSITIONS.has(tokens[m.first - 1]?.norm ?? "") && !isPossessiveMark(tokens[m.last])) continue;
    Object.assign(m, { kind: "person", canonical: m.text, affiliation: undefined, collective: undefined, modifier: undefined });
  }
}
