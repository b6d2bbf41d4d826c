// Proposals named by the relations stage, merged by key words with those the document already names.
import lexicon from "../../lexicon/proposals.json" with { type: "json" };
import { actNouns, namesActOf } from "../nominal.js";
import { COMPLEMENT_PREPOSITIONS, FRAMES, headForm, KEY_STOPWORDS } from "../proposals.js";
import type { Resolution } from "../resolve.js";
import type { DocEntity } from "../types.js";

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

/** The act a frame's infinitive names ("plan to build dam": "build dam"), which a verb phrase may name alone, or "". */
function framedAct(label: string): string {
  const at = label.indexOf(" to ");
  return at > 0 && FRAMES.has(label.slice(0, at)) ? label.slice(at + 4) : "";
}

/** A label without its capitalised words, the names a verb phrase's label leaves out. */
const unnamed = (label: string) => label.split(" ").filter((w) => w === w.toLowerCase()).join(" ");

/** Each document's proposals by key words, built once and kept up to date as proposals are added. */
const proposalIndexes = new WeakMap<Resolution, Map<string, number>>();

function proposalIndex(resolution: Resolution): Map<string, number> {
  let index = proposalIndexes.get(resolution);
  if (!index) {
    index = new Map();
    for (const e of resolution.entities) {
      if (e.entityType !== "proposal") continue;
      // A verb phrase names the act without the names in it ("replace departing troops" for "plan to replace departing AU troops").
      const act = framedAct(e.label);
      for (const label of [e.label, act, unnamed(act)]) {
        const key = label && proposalKeyOf(label);
        if (key && !index.has(key)) index.set(key, e.id);
      }
    }
    proposalIndexes.set(resolution, index);
  }
  return index;
}

/** The proposal already named by a phrase of the same key words, if any. */
export function knownProposal(label: string, resolution: Resolution): number | undefined {
  return label ? proposalIndex(resolution).get(proposalKeyOf(label)) : undefined;
}

/** Acts that name a kind of measure ("halt fighting": "ceasefire"). */
const KIND_PHRASES = new Map(Object.entries(lexicon.kindPhrases));

/**
 * The entity of a proposal named by a phrase, merged with an existing one of the same key words; an act that names a
 * kind of measure ("halt fighting") is the measure of that kind named before ("the ceasefire"), if there is one.
 */
export function proposalEntity(label: string, resolution: Resolution): number {
  const kind = KIND_PHRASES.get(label);
  const ofKind = kind === undefined ? undefined : objectProposal(kind, resolution);
  if (ofKind !== undefined) return mentionedAs(ofKind, label, resolution);
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

/** The last word of a label's first phrase, its head ("ban on coffee": "ban", "rise in prices": "rise"). */
const headOf = (words: string[]) => {
  const end = words.findIndex((w) => COMPLEMENT_PREPOSITIONS.has(w) || w === "in");
  return words[(end < 0 ? words.length : end) - 1];
};

/**
 * The proposal named before whose head phrase is an act's object ("the text" of "accept the text" is the
 * "compromise text"): a label or alias with the object's head and all of its words; the most mentioned, the first on ties.
 */
function objectProposal(object: string, resolution: Resolution): number | undefined {
  const words = object.split(" ").map(headForm);
  const head = headOf(words);
  if (!head) return undefined;
  let best: DocEntity | undefined;
  for (const e of resolution.entities) {
    if (e.entityType !== "proposal" || (best && e.mentions <= best.mentions)) continue;
    const names = [e.label, ...e.aliases].map((name) => name.toLowerCase().split(" ").map(headForm));
    if (names.some((name) => headOf(name) === head && words.every((w) => name.includes(w)))) best = e;
  }
  return best?.id;
}

/** Proposal `id` named also by `label` (an alias, and the key the label's phrases are found by): `id`. */
export function nameProposal(id: number, label: string, resolution: Resolution): number {
  const entity = resolution.entities[id];
  if (!entity.aliases.includes(label)) {
    entity.aliases.push(label);
    indexAlias(resolution, id, label);
  }
  proposalIndex(resolution).set(proposalKeyOf(label), id);
  return id;
}

/** Proposal `id` mentioned once more, by `label` (nameProposal): `id`. */
export function mentionedAs(id: number, label: string, resolution: Resolution): number {
  resolution.entities[id].mentions++;
  return nameProposal(id, label, resolution);
}

/** The entity of an act that takes a measure on ("accept the compromise text"): the measure, named by the act too (nameProposal). */
export function actEntity(verb: string, object: string, resolution: Resolution): number {
  const label = `${verb} ${object}`;
  const measure = knownProposal(label, resolution) ?? objectProposal(object, resolution);
  return measure === undefined ? proposalEntity(label, resolution) : mentionedAs(measure, label, resolution);
}

/** Content words in loose forms: head forms, and an adjective in -al as its noun ("regional": "region"). */
const looseForms = (words: string[]) => words.filter((w) => !KEY_STOPWORDS.has(w)).map((w) => headForm(w).replace(/(?<=\w{5})al$/, ""));

/** A verb phrase's verb, its first word ("postpone" of "postpone election"). */
const verbOf = (act: string) => {
  const space = act.indexOf(" ");
  return space < 0 ? act : act.slice(0, space);
};

/** Each noun phrase's head in its head form ("the postponement of the vote": "postponement"), remembered: every act asks it of every name. */
const headForms = new Map<string, string>();
function nounHeadForm(noun: string): string {
  let form = headForms.get(noun);
  if (form === undefined) {
    if (headForms.size >= 10_000) headForms.clear(); // bounded over a long corpus
    const head = headOf(noun.toLowerCase().split(" "));
    form = head ? headForm(head) : "";
    headForms.set(noun, form);
  }
  return form;
}

/**
 * Whether a verb phrase (its verb's lemma first) and a noun phrase name one act ("postpone election" and
 * "postponement", "meet presidents of regions" and "meeting with regional presidents"): the noun's head is a noun
 * of the verb's act, and its other words are all among the verb's object, or hold all of them. A bare noun
 * ("the postponement") says nothing of the object, so it must name that act alone: not the verb itself nor its -ing
 * form, which other senses of the verb share ("strike a deal" is no strike, "meet demands" no meeting).
 */
function nameSameAct(act: string, noun: string): boolean {
  const form = nounHeadForm(noun);
  const verb = verbOf(act);
  if (!form || !namesActOf(form, verb)) return false;
  const object = act.split(" ").slice(1);
  const words = noun.toLowerCase().split(" ");
  const head = headOf(words);
  const objectForms = looseForms(object);
  const others = looseForms(words.filter((w) => w !== head));
  if (!others.length) return form !== verb && !form.endsWith("ing");
  return others.every((w) => objectForms.includes(w)) || (objectForms.length > 0 && objectForms.every((w) => others.includes(w)));
}

/**
 * The one measure named before that an act of `verb` (a lemma) on an object of head `objectHead` (a head form, or "")
 * names again: one with a noun of the verb's act among its words ("withdrawal plan" for "until Israel withdrew from the
 * land") or with the object's head as its own ("wider ban" for "unless it extended the ban"), not one of `except`; none
 * when two could be meant.
 */
export function measureNamedByAct(verb: string, objectHead: string, resolution: Resolution, except: ReadonlySet<number>): number | undefined {
  const nouns = actNouns(verb);
  return oneAct(proposalNames(resolution, except), (name) => {
    const words = name.toLowerCase().split(" ").map(headForm);
    return words.some((w) => w !== verb && !w.endsWith("ing") && nouns.has(w)) || (objectHead !== "" && headOf(words) === objectHead);
  });
}

/** The document's proposal names (labels and aliases) with their entities, but those of `except`. */
function* proposalNames(resolution: Resolution, except: ReadonlySet<number>): Iterable<[string, number]> {
  for (const e of resolution.entities) if (e.entityType === "proposal" && !except.has(e.id)) for (const name of [e.label, ...e.aliases]) yield [name, e.id];
}

/** Each document's proposals named by verb phrases, by label. */
const actLabels = new WeakMap<Resolution, Map<string, number>>();
const actsOf = (resolution: Resolution) => {
  let acts = actLabels.get(resolution);
  if (!acts) actLabels.set(resolution, (acts = new Map()));
  return acts;
};

/** The one entity of `candidates` with a name that names the act (`sameAct`), none when two measures could be meant. */
function oneAct(candidates: Iterable<[string, number]>, sameAct: (name: string) => boolean): number | undefined {
  const found = new Set<number>();
  for (const [name, id] of candidates) if (sameAct(name)) found.add(id);
  return found.size === 1 ? [...found][0] : undefined;
}

/** A document's proposal names (labels and aliases) by their head's form (nounHeadForm), and how many of its entities are in. */
interface NamesByHead {
  byHead: Map<string, [string, number][]>;
  /** Entities indexed: those added since are indexed at the next ask, an alias added to one indexed as it is added (nameProposal). */
  read: number;
}
const namesByHead = new WeakMap<Resolution, NamesByHead>();

/** Indexes proposal name `name` of entity `id` by its head. */
function indexName(index: NamesByHead, name: string, id: number) {
  const form = nounHeadForm(name);
  const named = index.byHead.get(form);
  if (named) named.push([name, id]);
  else index.byHead.set(form, [[name, id]]);
}

/** Indexes an alias just added to proposal `id`, if its entity is indexed already (later ones are indexed whole). */
function indexAlias(resolution: Resolution, id: number, alias: string) {
  const index = namesByHead.get(resolution);
  if (index && id < index.read) indexName(index, alias, id);
}

/** The document's proposal names whose head is one of `heads`, with their entities; entities added since the last call are indexed first. */
function proposalNamesWithHead(resolution: Resolution, heads: ReadonlySet<string>): [string, number][] {
  let index = namesByHead.get(resolution);
  if (!index) namesByHead.set(resolution, (index = { byHead: new Map(), read: 0 }));
  const { entities } = resolution;
  for (; index.read < entities.length; index.read++) {
    const e = entities[index.read];
    if (e.entityType !== "proposal") continue;
    indexName(index, e.label, e.id);
    for (const alias of e.aliases) indexName(index, alias, e.id);
  }
  const names: [string, number][] = [];
  for (const head of heads) names.push(...(index.byHead.get(head) ?? []));
  return names;
}

/** `label`'s entity: a known proposal by key, else `joined` named by it too, else a proposal of its own. */
function joinedEntity(label: string, joined: number | undefined, resolution: Resolution): number {
  return joined === undefined || knownProposal(label, resolution) !== undefined ? proposalEntity(label, resolution) : mentionedAs(joined, label, resolution);
}

/** The entity of an act a verb phrase names ("postpone election", its verb's lemma first): the measure a noun phrase named as it ("the postponement"), or a proposal of its own. */
export function verbActEntity(label: string, resolution: Resolution): number {
  const names = proposalNamesWithHead(resolution, actNouns(verbOf(label)));
  const id = joinedEntity(label, oneAct(names, (name) => nameSameAct(label, name)), resolution);
  actsOf(resolution).set(label, id);
  return id;
}

/**
 * The entity of a measure a plain noun phrase names ("the postponement"): the act a verb phrase named as it before
 * ("postpone election"), or the one measure asked for before with the word a frame of asking follows (askedBefore), or a
 * proposal of its own.
 */
export function nounMeasureEntity(label: string, resolution: Resolution): number {
  return joinedEntity(label, oneAct(actsOf(resolution), (act) => nameSameAct(act, label)) ?? askedBefore(label, resolution), resolution);
}

/** Frames of asking ("demand", "request"). */
const ASKING_FRAMES = new Set(lexicon.askingFrames);

/**
 * "demanded that the royalties go to Potosí ... rejected the royalty demand": the proposal named before with the word a
 * frame of asking follows, the one whose name holds the words of every other that has it ("royalties go Potosí", not
 * the "royalties" it names); none when two measures could be meant.
 */
function askedBefore(label: string, resolution: Resolution): number | undefined {
  const [word, frame, ...rest] = label.toLowerCase().split(" ");
  if (rest.length || !ASKING_FRAMES.has(frame ?? "")) return undefined;
  const form = headForm(word);
  const withWord = resolution.entities.filter((e) => e.entityType === "proposal" && wordsOf(e.label).has(form));
  return withWord.find((e) => withWord.every((other) => [...wordsOf(other.label)].every((w) => wordsOf(e.label).has(w))))?.id;
}
const wordsOf = (label: string) => new Set(label.toLowerCase().split(" ").map(headForm));
