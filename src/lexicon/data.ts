// The lexicon data files, typed. JSON is imported with import attributes so Node and vite load it alike.
import ambiguousJson from "./ambiguous.json" with { type: "json" };
import bodiesJson from "./bodies.json" with { type: "json" };
import organisationsJson from "./organisations.json" with { type: "json" };
import placesJson from "./places.json" with { type: "json" };
import rolesJson from "./roles.json" with { type: "json" };
import statesJson from "./states.json" with { type: "json" };
import type { AmbiguousName, BodiesData, OrganisationEntry, PlacesData, RolesData, StateEntry } from "./types.js";

export const states: readonly StateEntry[] = statesJson as StateEntry[];
export const organisations: readonly OrganisationEntry[] = organisationsJson as OrganisationEntry[];
export const places: PlacesData = placesJson as PlacesData;
export const roles: RolesData = rolesJson as RolesData;
export const bodies: BodiesData = bodiesJson as BodiesData;
export const ambiguousNames: readonly AmbiguousName[] = ambiguousJson as AmbiguousName[];
