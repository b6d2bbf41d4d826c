// Proposals named by the relations stage, merged by key words with those the document already names.
import { headForm } from "../proposals.js";
import type { Resolution } from "../resolve.js";

/** Key words of a label, remembered: the same phrases are keyed again and again across documents. */
const proposalKeys = new Map<string, string>();
function proposalKeyOf(label: string): string {
  let key = proposalKeys.get(label);
  if (key === undefined) {
    if (proposalKeys.size >= 10_000) proposalKeys.clear(); // bounded over a long corpus
    key = label.split(" ").map(headForm).sort().join(" ");
    proposalKeys.set(label, key);
  }
  return key;
}

/** Each document's proposals by key words, built once and kept up to date as proposals are added. */
const proposalIndexes = new WeakMap<Resolution, Map<string, number>>();

function proposalIndex(resolution: Resolution): Map<string, number> {
  let index = proposalIndexes.get(resolution);
  if (!index) {
    index = new Map();
    for (const e of resolution.entities) {
      if (e.entityType !== "proposal") continue;
      const key = proposalKeyOf(e.label);
      if (!index.has(key)) index.set(key, e.id);
    }
    proposalIndexes.set(resolution, index);
  }
  return index;
}

/** The proposal already named by a phrase of the same key words, if any. */
export function knownProposal(label: string, resolution: Resolution): number | undefined {
  return label ? proposalIndex(resolution).get(proposalKeyOf(label)) : undefined;
}

/** The entity of a proposal named by a phrase, merged with an existing one of the same key words. */
export function proposalEntity(label: string, resolution: Resolution): number {
  const index = proposalIndex(resolution);
  const key = proposalKeyOf(label);
  const existing = label ? index.get(key) : undefined;
  if (existing !== undefined) {
    resolution.entities[existing].mentions++;
    return existing;
  }
  const id = resolution.entities.length;
  resolution.entities.push({ id, label, entityType: "proposal", aliases: [label], mentions: 1, roles: [] });
  index.set(key, id);
  return id;
}

/** Head forms of the words of each document's proposal labels, kept up to date as proposals are added. */
const labelWords = new WeakMap<Resolution, { words: Set<string>; read: number }>();

/** Whether a word of some proposal's label has the head form `word`: most nouns name no proposal, which is then known at once. */
export function inProposalLabel(word: string, resolution: Resolution): boolean {
  let index = labelWords.get(resolution);
  if (!index) labelWords.set(resolution, (index = { words: new Set(), read: 0 }));
  const { entities } = resolution;
  for (; index.read < entities.length; index.read++) {
    if (entities[index.read].entityType === "proposal") for (const w of entities[index.read].label.split(" ")) index.words.add(headForm(w));
  }
  return index.words.has(word);
}
