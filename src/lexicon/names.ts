// Name look-ups over states, capitals, seats of government, organisations and places, built once.
import { ambiguousNames, organisations, places, states } from "./data.js";
import type { AmbiguousName, CityEntry, OrganisationEntry, PlaceEntry, Seat, StateEntry } from "./types.js";

export type NameHit =
  | { kind: "state"; entityType: "state"; canonical: string; state: StateEntry }
  /** A capital or seat city names a place; used as an actor ("Kyiv said") it stands for `state`. */
  | { kind: "capital"; entityType: "place"; canonical: string; state: StateEntry }
  | { kind: "seat"; entityType: "organisation"; canonical: string; state: StateEntry; seat: Seat }
  | { kind: "organisation"; entityType: "organisation"; canonical: string; organisation: OrganisationEntry; state?: StateEntry }
  | { kind: "city"; entityType: "place"; canonical: string; city: CityEntry; state: StateEntry }
  | { kind: "place"; entityType: "place"; canonical: string; place: PlaceEntry; state?: StateEntry }
  | { kind: "region"; entityType: "place"; canonical: string; state: StateEntry };

export interface DemonymHit {
  state: StateEntry;
  form: "adjective" | "people";
}

/**
 * The form names are compared in: Unicode NFC, typographic quotes and dashes folded, spaces collapsed,
 * a leading "The" lower-cased. Case is otherwise kept: "US" is a state, "us" is not.
 */
export function normaliseName(surface: string): string {
  return surface
    .normalize("NFC")
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^The /, "the ");
}

/** The same form without accents ("Elysee" for "Élysée"), for text that drops them. */
function withoutAccents(form: string): string {
  return form.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
}

const byIso3 = new Map<string, StateEntry>(states.map((s) => [s.iso3, s]));
const byStateName = new Map<string, StateEntry>(states.map((s) => [s.name, s]));

export function stateByIso3(code: string): StateEntry | undefined {
  return byIso3.get(code);
}

/** The state whose canonical name this is. */
export function stateByName(name: string): StateEntry | undefined {
  return byStateName.get(name);
}

function requireState(code: string): StateEntry {
  const state = byIso3.get(code);
  if (!state) throw new Error(`lexicon: unknown state code ${code}`);
  return state;
}

function buildNames(): Map<string, NameHit> {
  const names = new Map<string, NameHit>();
  const entries: Array<[string[], NameHit]> = [];
  // Order is priority: a state's name wins over a capital, seat, organisation or place that shares it.
  for (const state of states) entries.push([[state.name, ...state.aliases], { kind: "state", entityType: "state", canonical: state.name, state }]);
  for (const state of states) {
    entries.push([[state.capital, ...state.capitalAliases], { kind: "capital", entityType: "place", canonical: state.capital, state }]);
    for (const city of state.seatCities) entries.push([[city], { kind: "capital", entityType: "place", canonical: city, state }]);
  }
  for (const organisation of organisations) {
    const state = organisation.state ? requireState(organisation.state) : undefined;
    const hit: NameHit = { kind: "organisation", entityType: "organisation", canonical: organisation.name, organisation, state };
    entries.push([[organisation.name, ...organisation.aliases], hit]);
  }
  for (const state of states) {
    for (const seat of state.seats) entries.push([[seat.name, ...seat.aliases], { kind: "seat", entityType: "organisation", canonical: seat.name, state, seat }]);
  }
  for (const place of places.regions) {
    const state = place.state ? requireState(place.state) : undefined;
    entries.push([[place.name, ...place.aliases], { kind: "place", entityType: "place", canonical: place.name, place, state }]);
  }
  for (const city of places.cities) {
    entries.push([[city.name, ...city.aliases], { kind: "city", entityType: "place", canonical: city.name, city, state: requireState(city.state) }]);
  }
  for (const state of states) {
    for (const region of state.regions) entries.push([[region], { kind: "region", entityType: "place", canonical: region, state }]);
  }
  for (const [forms, hit] of entries) {
    for (const form of forms) {
      const key = normaliseName(form);
      if (!names.has(key)) names.set(key, hit);
    }
  }
  // Accent-free spellings last, so they never displace a form the data spells out.
  for (const [forms, hit] of entries) {
    for (const form of forms) {
      const key = withoutAccents(normaliseName(form));
      if (!names.has(key)) names.set(key, hit);
    }
  }
  return names;
}

function buildDemonyms(): Map<string, DemonymHit> {
  const demonyms = new Map<string, DemonymHit>();
  for (const state of states) {
    for (const form of state.demonyms.adjective) demonyms.set(normaliseName(form), { state, form: "adjective" });
    for (const form of state.demonyms.people) if (!demonyms.has(normaliseName(form))) demonyms.set(normaliseName(form), { state, form: "people" });
  }
  return demonyms;
}

const names = buildNames();
const demonyms = buildDemonyms();

/** Longest name the lexicon holds, in space-separated words: the widest window worth looking up. */
export const maxNameWords = Math.max(...[...names.keys()].map((key) => key.split(" ").length));

/**
 * What a surface form names, if the lexicon knows it. "the Kremlin" and "Kremlin" both hit; a form the
 * data spells with "the" ("the West") only hits with it.
 */
export function lookupName(surface: string): NameHit | undefined {
  const key = normaliseName(surface);
  return names.get(key) ?? (key.startsWith("the ") ? names.get(key.slice(4)) : undefined);
}

/** "Ukrainian", "Ukrainians" -> Ukraine. */
export function lookupDemonym(word: string): DemonymHit | undefined {
  return demonyms.get(normaliseName(word));
}

/** Every form lookupName answers for, with its hit (for building tries or token windows). */
export function nameForms(): ReadonlyMap<string, NameHit> {
  return names;
}

const ambiguous = new Map<string, AmbiguousName["reason"]>(ambiguousNames.map((a) => [normaliseName(a.form), a.reason]));

/** Why a name form may not be the entity here ("given name" for "Chad"), or undefined when it is unambiguous. */
export function ambiguity(surface: string): AmbiguousName["reason"] | undefined {
  return ambiguous.get(normaliseName(surface));
}
