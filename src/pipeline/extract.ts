// The pipeline: a chain of stages, each a pure function from one value to the next.
import type { DocumentRecord } from "../graph/types.js";
import { clean } from "./clean.js";
import { defaultGazetteer } from "./default-gazetteer.js";
import type { Gazetteer } from "./gazetteer.js";
import { mentions } from "./mentions.js";
import { isActedOn, isBareDefinite, isNamedDocument, proposalKey } from "./proposals.js";
import { relations } from "./relations.js";
import { resolve, type Resolution } from "./resolve.js";
import { tokenize } from "./tokenize.js";
import type { DocEntity, Extraction, InputDocument, Mention, Sentence } from "./types.js";

/** A label of one lower-case word: a crowd or force named by a common noun ("critics", "police"). */
const CROWD = /^\p{Ll}+$/u;

export interface ExtractOptions {
  gazetteer?: Gazetteer;
}

/** A stable short hash of a text (FNV-1a, 32 bits, hex), to recognise a document already in a graph. */
export function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** Reads one document: its entities and the claims between them, each with its evidence. */
export function extract(input: InputDocument | string, options: ExtractOptions = {}): Extraction {
  const doc: InputDocument = typeof input === "string" ? { id: "doc", text: input } : input;
  const gazetteer = options.gazetteer ?? defaultGazetteer();
  const cleaned = clean(doc);
  const sentences = tokenize(cleaned);
  const found = mentions(sentences, cleaned.text, { gazetteer });
  const resolution = resolve(found, sentences);
  const claims = relations(sentences, found, resolution, { doc: doc.id, input: doc.text });
  let words = 0;
  for (const s of sentences) for (const t of s.tokens) if (t.pos !== "PUNCT") words++;
  const record: DocumentRecord = { id: doc.id, hash: contentHash(doc.text), words };
  const title = cleaned.title ?? doc.title;
  if (title) record.title = title;
  if (doc.date) record.date = doc.date;
  if (doc.url) record.url = doc.url;
  if (doc.path) record.path = doc.path;
  // Proposals, and states named only by an adjective, count only when a claim uses them, unless named like a treaty;
  // so do crowds and forces named by one common noun ("critics", "police"): an actor only when they act.
  const used = new Set<number>();
  for (const c of claims) used.add(c.source).add(c.target);
  const kept = resolution.entities.filter((e) => (e.entityType === "proposal" ? isNamedDocument(e.label) : !resolution.weak.has(e.id) && !(e.entityType === "organisation" && CROWD.test(e.label))) || used.has(e.id));
  const entities = [...kept, ...actedOnMeasures(kept, found, resolution, sentences)].sort((a, b) => a.id - b.id);
  return { doc: record, entities, claims };
}

/**
 * Proposals no claim uses that are still measures of the text: the object of an act on a measure ("would hold local
 * elections", "lifted its customs duties"), sharing no key word with a proposal kept, which they would only repeat;
 * not a bare definite noun ("withdraw the bill"), which points back to a measure named before by another name.
 */
function actedOnMeasures(kept: DocEntity[], found: Mention[], resolution: Resolution, sentences: Sentence[]): DocEntity[] {
  const keptIds = new Set(kept.map((e) => e.id));
  const objects = new Set<number>();
  found.forEach((m, i) => {
    const tokens = sentences[m.sentence].tokens;
    if (m.kind === "proposal" && isActedOn(tokens, m.first) && !isBareDefinite(tokens, m.first, m.last)) for (const id of resolution.entitiesOf[i] ?? []) objects.add(id);
  });
  const acted = resolution.entities.filter((e) => e.entityType === "proposal" && !keptIds.has(e.id) && objects.has(e.id));
  // Most documents have no such measure: the key words of the proposals kept are read only for those that do.
  if (!acted.length) return acted;
  const keptWords = new Set(kept.filter((e) => e.entityType === "proposal").flatMap((e) => proposalKey(e.label)));
  return acted.filter((e) => !proposalKey(e.label).some((w) => keptWords.has(w)));
}
