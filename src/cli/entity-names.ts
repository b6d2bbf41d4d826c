// Names given to path and evidence (ego says so from its own empty result): a name that matches no entity
// is said so, rather than read as "no path" or "no relation" between two entities that exist.
import type { NewsGraph } from "../graph/types.js";
import { UsageError } from "./errors.js";

/** As the canned queries match (src/query/canned.ts): by key, or by label or alias ignoring case. */
function named(graph: NewsGraph, name: string): boolean {
  if (graph.hasNode(name)) return true;
  const lower = name.toLowerCase();
  return graph.someNode((_, a) => (typeof a.label === "string" && a.label.toLowerCase() === lower)
    || (Array.isArray(a.aliases) && a.aliases.some((alias) => typeof alias === "string" && alias.toLowerCase() === lower)));
}

/** Fails with exit 1 for the first name that matches no entity. */
export function requireEntities(graph: NewsGraph, names: string[]): void {
  for (const name of names) if (!named(graph, name)) throw new UsageError(`no entity named '${name}'`, 1);
}
