// General-purpose lexicons for English news: the data files, their types and look-ups built once.
export * from "./types.js";
export { ambiguousNames, bodies, organisations, places, roles, states } from "./data.js";
export { ambiguity, lookupDemonym, lookupName, maxNameWords, nameForms, normaliseName, stateByIso3, stateByName } from "./names.js";
export type { DemonymHit, NameHit } from "./names.js";
export { lookupHonorific, lookupRole } from "./roles.js";
export { lookupPortfolio, portfolioOf } from "./portfolios.js";
export type { RoleHit } from "./roles.js";
export { lookupBody, lookupNationalBody, namedBodyHead } from "./bodies.js";
export type { BodyHit, NationalBodyHit } from "./bodies.js";
