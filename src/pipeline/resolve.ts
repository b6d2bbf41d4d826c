// Stage 5: mentions -> entities of one document. Surnames join full names, titles used alone join
// their holders, pronouns join the most recent compatible antecedent, proposals merge by key words.
import type { EntityType } from "../graph/types.js";
import actors from "../lexicon/actors.json" with { type: "json" };
import proposals from "../lexicon/proposals.json" with { type: "json" };
import { ARTICLES, isBareDefinite, POINTING_DETERMINERS, proposalKey } from "./proposals.js";
import type { DocEntity, Mention, Sentence, Token } from "./types.js";

export interface Resolution {
  entities: DocEntity[];
  /** For each mention, the ids of the entities it names: none, one, or several for "they". */
  entitiesOf: number[][];
  /** Entities named only by a demonym modifier ("Palestinian homes"): kept only when a claim uses them. */
  weak: Set<number>;
}

const ACTOR_TYPES = new Set<EntityType>(["state", "organisation"]);
const ORGANISATION_HEADS = new Set(actors.organisationHeads);
const ARMED_HEADS = new Set(actors.armedHeads);
const BLOC_WORDS = new Set(actors.blocWords);
const NATIONAL_BODY_WORDS = new Set(actors.nationalBodyWords);
/** A plural noun of people or firms in a name: "Beef Producers Council", "Metal Workers' Union" are no blocs of states. */
const AGENTS = /^\p{Lu}\p{Ll}+(?:er|or)s'?$/u;
const SIDE_WORDS = new Set(actors.sideWords);
const PUBLIC_DESCRIPTIONS = new Set(actors.publicDescriptions);
const PUBLIC_BODY_HEADS = new Set(actors.publicBodyHeads);
/** A public body's name ends in a head such as "Commission" or "Authority", or in one before "of": "Competition Authority of Kenya". */
const isPublicBody = (label: string) => label.split(/\s+/).some((w) => PUBLIC_BODY_HEADS.has(w));
export const DEAL_HEADS = new Set(actors.dealHeads);
/** Words opening a relative clause after a comma. */
const RELATIVES = new Set(["which", "who", "whose"]);
/** Tags of the words of a common noun phrase that names a thing ("The new contract"). */
const THING_WORDS = new Set(["DET", "ADJ", "NOUN", "NUM"]);
const ANAPHORS = new Set(actors.proposalAnaphors);
const MEETINGS = new Set(actors.meetingHeads);
/** Frames of a proposal, folded as keys are ("proposals" -> "proposal"). */
const FRAMES = new Set(proposalKey(proposals.frames.join(" ")));
/** Nouns of a change to a measure by the verb that makes it ("extension": "extend"). */
const CHANGE_NOUNS = new Map(Object.entries(proposals.changeNouns));
/** Change heads of one direction folded to one ("rise", "hike": "increase"), for changes named with what they change. */
const SAME_CHANGES = new Map(Object.entries(proposals.sameChanges as Record<string, string>));
const foldChange = (word: string) => SAME_CHANGES.get(word) ?? word;
/** An acronym as a label writes it: "VAT", "GST". */
const ACRONYM = /^[A-Z]{2,6}$/;
const OTHER_MEASURES = new Set(proposals.otherMeasures);
/** Nouns of the instrument that puts a measure in force ("decree", "order"), and the verbs that enact one. */
const INSTRUMENTS = new Set(proposals.instruments);
const ENACTMENTS = new Set(proposals.enactments);
/** Words before a verb that put its act off, only proposed or intended ("to impose", "would extend"). */
const PENDING = new Set(["to", "would", "will", "could", "may", "might", "should", "must", "can"]);
/** Words between an enacting verb and its measure: "extended a state of emergency", "cut its tariff". */
const OBJECT_OPENING_TAGS = new Set(["DET", "PRON", "ADJ", "NUM"]);
const PLACING_TAGS = new Set(["ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM"]);
/** Subjects that point back to what was named before ("This is the best deal"). */
const RESTATING_SUBJECTS = new Set(["this", "it", "that"]);
/** Marks before a clause's first word: a quote's opening, a comma, a colon. */
const CLAUSE_OPENERS = new Set(['"', "“", ",", ":", ";"]);

/**
 * Entities by type and canonical name in any case. A name is looked up as written before it is lower-cased,
 * and kept both ways: most names are written one way throughout a text.
 */
class EntityNames {
  private readonly byType = new Map<EntityType, Map<string, DocEntity>>();
  get(type: EntityType, canonical: string): DocEntity | undefined {
    const names = this.byType.get(type);
    return names?.get(canonical) ?? names?.get(canonical.toLowerCase());
  }
  set(type: EntityType, canonical: string, entity: DocEntity): void {
    let names = this.byType.get(type);
    if (!names) this.byType.set(type, (names = new Map()));
    names.set(canonical.toLowerCase(), entity);
    names.set(canonical, entity);
  }
}

/** Whether a mention's text differs from its alias: "the" opens it, or blanks other than one space separate its words. */
const UNLIKE_ALIAS = /^the\s|[^\S ]|\s\s/i;
const aliasOf = (text: string) => (UNLIKE_ALIAS.test(text) ? text.replace(/^the\s+/i, "").replace(/\s+/g, " ") : text);

/** Groups mentions into entities. `sentences` gives the words around lone surnames. */
export function resolve(mentions: Mention[], sentences: Sentence[]): Resolution {
  const entities: DocEntity[] = [];
  const byName = new EntityNames();
  const entityOf = new Array<number>(mentions.length).fill(-1);
  const pronounsOf = new Map<number, number[]>();
  const weak = new Set<number>();
  const proposalKeys = new Map<number, { key: readonly string[]; head: string }>();
  /** Proposal entities by head, in the order of proposalKeys (their ids'): each proposal mention looks up its own head. */
  const proposalsWithHead = new Map<string, number[]>();
  const keyProposal = (id: number, key: readonly string[], head: string) => {
    const before = proposalKeys.get(id);
    proposalKeys.set(id, { key, head });
    if (before?.head === head) return;
    if (before) {
      const old = proposalsWithHead.get(before.head)!;
      old.splice(old.indexOf(id), 1);
    }
    const ids = proposalsWithHead.get(head) ?? proposalsWithHead.set(head, []).get(head)!;
    let at = ids.length;
    while (at > 0 && ids[at - 1] > id) at--;
    ids.splice(at, 0, id);
  };

  const entityFor = (type: EntityType, canonical: string): DocEntity => {
    let entity = byName.get(type, canonical);
    if (!entity) {
      entity = { id: entities.length, label: canonical, entityType: type, aliases: [], mentions: 0, roles: [] };
      entities.push(entity);
      byName.set(type, canonical, entity);
    }
    return entity;
  };
  const attach = (m: number, entity: DocEntity, alias = true) => {
    entityOf[m] = entity.id;
    entity.mentions++;
    const text = aliasOf(mentions[m].text);
    if (alias && text && !entity.aliases.includes(text)) entity.aliases.push(text);
    if (mentions[m].role && !entity.roles.includes(mentions[m].role!)) entity.roles.push(mentions[m].role!);
  };

  // Full names of people, so that a lone surname or given name can find its owner anywhere in the text.
  // Each word of a full name points to the names it is part of, in the order they are first mentioned.
  const namesWithPart = new Map<string, string[]>();
  const fullNames = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "person" || !m.canonical.includes(" ") || fullNames.has(m.canonical)) continue;
    fullNames.add(m.canonical);
    for (const part of new Set(m.canonical.split(/\s+/).map(namePart))) {
      const names = namesWithPart.get(part) ?? namesWithPart.set(part, []).get(part)!;
      if (!names.includes(m.canonical)) names.push(m.canonical);
    }
  }
  /** The full name a lone word belongs to: one it ends (a surname) before one it merely appears in. */
  const ownerOfPart = (word: string) => {
    const part = namePart(word);
    const names = namesWithPart.get(part);
    return names && (names.find((n) => namePart(n.split(/\s+/).at(-1)!) === part) ?? names[0]);
  };

  // Lone words that act somewhere in the text, and so name a person wherever they stand; and those the text gives a
  // title or role somewhere ("Mr Modi", "Modi, the prime minister") or describes as someone ("Somchai, who leads the
  // party", "Modi said he would").
  const loneActors = new Set<string>();
  const titledLone = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "person" || m.canonical.includes(" ")) continue;
    const sentence = sentences[m.sentence];
    if (looksLikeLonePerson(m, sentence)) loneActors.add(m.canonical);
    if (m.role || m.titleFirst !== undefined || describedAsSomeone(m, sentence)) titledLone.add(m.canonical);
  }

  mentions.forEach((m, i) => {
    // A title's affiliation is an entity of the text even when named only by a demonym ("Georgian President X"),
    // and so is the state a national body is named by ("Japan's trade ministry said", "the Ethiopian foreign ministry").
    if (m.affiliation && (m.kind === "person" || m.kind === "title" || m.body)) entityFor(m.affiliation.entityType, m.affiliation.canonical);
    switch (m.kind) {
      case "person": {
        if (!m.canonical.includes(" ")) {
          const owner = ownerOfPart(m.canonical);
          if (owner) return attach(i, entityFor("person", owner));
          const state = stateEndingWith(m.canonical);
          if (state) return attach(i, state);
          // "Mr Modi", "Dr Haddad": a courtesy title says a lone word is a person; so does acting, here or where the
          // text names it again ("an inquiry into Tessaly ... Tessaly said").
          if (!m.role && m.titleFirst === undefined && !loneActors.has(m.canonical)) return;
          // "Sanofi said", "Norvatek rejected the bid": news gives a person a first name or a title at least once; a lone
          // word that acts with neither anywhere in the text is a firm's or a body's name.
          if (!titledLone.has(m.canonical)) return attach(i, entityFor("organisation", m.canonical));
        }
        // A surname of several words: "Van Damme" after "Pieter Van Damme".
        // "Bin Salman", "Van der Berg" at the start of a sentence: the particle capitalised.
        const ending = ` ${m.canonical.toLowerCase()}`;
        const fuller = namesWithPart.get(namePart(m.canonical.split(/\s+/).at(-1)!))?.find((n) => n.toLowerCase().endsWith(ending));
        if (fuller) return attach(i, entityFor("person", fuller));
        return attach(i, entityFor("person", m.canonical));
      }
      case "state": case "organisation": case "place": {
        // "in Congo" after "the Democratic Republic of Congo": the state's short name, no place of its own.
        const state = m.kind === "place" && !m.modifier && !m.canonical.includes(" ") && !byName.get("place", m.canonical) ? stateEndingWith(m.canonical) : undefined;
        if (state) return attach(i, state);
        const known = byName.get(m.kind, m.canonical) !== undefined;
        const entity = entityFor(m.kind, m.canonical);
        if (m.modifier) {
          if (!known) weak.add(entity.id);
          entityOf[i] = entity.id;
          return;
        }
        weak.delete(entity.id);
        return attach(i, entity);
      }
      case "proposal": {
        const written = m.key ?? proposalKey(m.canonical);
        // "the closure plan", "a truce proposal": a frame ending a compound proposes what comes before it.
        const framed = written.length > 1 && FRAMES.has(written.at(-1)!) && (m.head ?? written.at(-1)) === written.at(-1);
        const key = spelledOut(framed ? written.slice(0, -1) : written, m.canonical);
        const head = framed ? key.at(-1)! : m.head ?? key.at(-1) ?? "";
        const target = apposedProposal(m, i) ?? similarProposal(key, head, i) ?? changedMeasure(m, key, i) ?? comparedMeasure(m, key, head, i) ?? specifiedBefore(m, key, head) ?? enactedMeasure(m, key, head, i) ?? (isAnaphor(m, key) || restated(m) ? salientProposal(head, i) : undefined) ?? modifiedBefore(m, key, framed);
        const entity = target ?? entityFor("proposal", m.canonical);
        if (!target) keyProposal(entity.id, key, head);
        return attach(i, entity);
      }
      case "title": {
        // A title with no named holder speaks for what it belongs to: "Taiwan's vice foreign minister visited".
        const holder = titleHolder(m, i) ?? (m.affiliation ? entityFor(m.affiliation.entityType, m.affiliation.canonical) : undefined);
        if (holder) attach(i, holder, false);
        return;
      }
      case "pronoun": {
        pronounsOf.set(i, antecedentsOf(m, i));
        return;
      }
    }
  });
  // "the union's demand" in a lede that names the union only in the next sentence: the body named after it.
  for (const [i, found] of pronounsOf) if (!found.length && (mentions[i].describes === "named" || mentions[i].describes === "part")) pronounsOf.set(i, organisationNamedAfter(mentions[i], i));
  // "The official creditor committee, co-chaired by France and China, said": a body the text describes by modifiers
  // of its own and never names is an organisation of its own, named by the description.
  // Not a description that points to a named body elsewhere ("the prisons agency, SNAI,").
  const named = new Set([...pronounsOf].filter(([, found]) => found.length).map(([i]) => describedAs(mentions[i])));
  const bodies: { at: number; word: string; entity: number }[] = []; // bodies of their own that descriptions made
  for (const [i, found] of pronounsOf) {
    const label = found.length ? undefined : describedBody(mentions[i]);
    if (!label || named.has(label)) continue;
    const entity = entityFor("organisation", label);
    // Named with its state ("Croatia's football federation"), the body is not aliased by the description alone, which
    // another state's body may share.
    attach(i, entity, label === describedAs(mentions[i]));
    pronounsOf.set(i, [entity.id]);
    bodies.push({ at: i, word: mentions[i].canonical, entity: entity.id });
  }
  // "Croatia's football federation ... The federation's president": a later bare description is the latest such body.
  for (const [i, found] of pronounsOf) {
    const body = bodies.findLast((b) => b.at < i && b.word === mentions[i].canonical);
    if (!found.length && mentions[i].describes === "named" && body) pronounsOf.set(i, [body.entity]);
  }
  const entitiesOf = mentions.map((_, i) => pronounsOf.get(i) ?? (entityOf[i] >= 0 ? [entityOf[i]] : []));
  return { entities, entitiesOf, weak };

  /** The one state named so far whose name ends in a lone word ("Congo" after "Democratic Republic of Congo"), if only one does. */
  function stateEndingWith(word: string): DocEntity | undefined {
    const ending = (name: string) => name.split(/\s+/).at(-1) === word;
    const states = entities.filter((e) => e.entityType === "state" && (ending(e.label) || e.aliases.some(ending)));
    return states.length === 1 ? states[0] : undefined;
  }

  /**
   * An earlier proposal this one repeats: the same head with the same key words, or with fewer or more
   * of them ("unconditional ceasefire", "full and unconditional ceasefire"); a bare head ("the ceasefire")
   * names the most mentioned proposal with that head, the latest on ties.
   */
  function similarProposal(key: readonly string[], head: string, before: number): DocEntity | undefined {
    const sameHead = proposalsWithHead.get(head) ?? [];
    const contains = (a: readonly string[], b: readonly string[]) => b.every((w) => a.includes(foldChange(w)));
    const folded = key.map(foldChange);
    const related = (id: number) => {
      const other = proposalKeys.get(id)!.key.map(foldChange);
      return key.length > 1 && other.length > 1 && (contains(other, folded) || contains(folded, other));
    };
    // "a VAT rise" after "an increase in value-added tax": a change named with what it changes, in other words.
    const sameChange = key.length > 1 ? [...proposalsWithHead].filter(([other]) => other !== head && foldChange(other) === foldChange(head)).flatMap(([, ids]) => ids) : [];
    const pool = key.length === 1 ? sameHead : [...sameHead, ...sameChange].filter(related);
    let best: DocEntity | undefined;
    for (const id of pool) {
      const e = entities[id];
      if (!best || e.mentions > best.mentions || (e.mentions === best.mentions && lastMention(id, before) > lastMention(best.id, before))) best = e;
    }
    return best;
  }

  /**
   * "an increase in value-added tax ... the VAT rise": an acronym of the label stands for the words of a proposal named
   * before whose first letters spell it, so that the two keys share them.
   */
  function spelledOut(key: readonly string[], label: string): readonly string[] {
    const acronyms = label.split(/\s+/).filter((w) => ACRONYM.test(w)).map((w) => w.toLowerCase());
    if (!acronyms.length) return key;
    return key.flatMap((word) => (acronyms.includes(word) ? spelling(word) ?? [word] : [word]));
  }

  /** The words of a proposal named before whose first letters spell `acronym` in a row ("value added tax" for "vat"). */
  function spelling(acronym: string): string[] | undefined {
    for (const { key } of proposalKeys.values()) {
      for (let i = 0; i + acronym.length <= key.length; i++) {
        const run = key.slice(i, i + acronym.length);
        if (run.map((w) => w[0]).join("") === acronym) return run;
      }
    }
    return undefined;
  }

  /**
   * "a currency swap line ... the swap": a bare definite noun no proposal has for its head yet points back to the
   * one earlier proposal that has it among its words; so does it before a frame ("a rise in fuel duty ... the duty plan").
   */
  function modifiedBefore(m: Mention, key: readonly string[], framed: boolean): DocEntity | undefined {
    if (key.length !== 1 || m.last - m.first !== (framed ? 2 : 1) || !POINTING_DETERMINERS.has(sentences[m.sentence].tokens[m.first - 1]?.norm ?? "")) return undefined;
    let withWord: number | undefined;
    for (const [id, p] of proposalKeys) {
      if (!p.key.includes(key[0])) continue;
      if (withWord !== undefined) return undefined; // two proposals have it: none is meant
      withWord = id;
    }
    return withWord === undefined ? undefined : entities[withWord];
  }

  /**
   * "signed the accord, a pact under which ...", "backed the truce, a plan to ...": a proposal in apposition to the
   * proposal right before it names the same measure; not a list of them ("a truce, a prisoner swap and talks") nor
   * one it says is another ("the accord, a rival plan", otherMeasures; "the truce, the second phase of the plan"
   * names no proposal right after the comma).
   */
  function apposedProposal(m: Mention, at: number): DocEntity | undefined {
    const tokens = sentences[m.sentence].tokens;
    const comma = ARTICLES.has(tokens[m.first - 1]?.norm ?? "") ? m.first - 2 : m.first - 1;
    if (tokens[comma]?.text !== "," || listed(m, at + 1) || tokens.slice(m.first, m.last).some((t) => OTHER_MEASURES.has(t.norm))) return undefined;
    // The proposal the apposition follows, past a phrase that places it ("the ceasefire in Gaza, a deal brokered by ...").
    let j = at - 1;
    while (j >= 0 && mentions[j].sentence === m.sentence && mentions[j].kind !== "proposal") j--;
    const before = mentions[j];
    if (before?.kind !== "proposal" || before.sentence !== m.sentence || entityOf[j] < 0 || (before.last < comma && !placing(tokens, before.last, comma))) return undefined;
    const joined = (k: number) => [",", "and", "or"].includes(tokens[k]?.norm ?? "");
    return joined(before.first - 1) || joined(before.first - 2) ? undefined : entities[entityOf[j]];
  }

  /** Whether tokens [from, to) are a phrase of a preposition and its nouns: "in Gaza", "with Peru over the river". */
  function placing(tokens: Token[], from: number, to: number): boolean {
    return tokens[from].pos === "ADP" && to - from <= 6 && tokens.slice(from, to).every((t) => PLACING_TAGS.has(t.pos));
  }

  /** Whether proposal mention `m` goes on in a list: "and", "or", or a comma and the next proposal mention (after `at`). */
  function listed(m: Mention, at: number): boolean {
    const tokens = sentences[m.sentence].tokens;
    const comma = tokens[m.last]?.text === ",";
    const k = comma ? m.last + 1 : m.last;
    // "a pay rise, a shorter week, as well as a pension reform": "as well as" goes on as "and" does.
    if (tokens[k]?.norm === "and" || tokens[k]?.norm === "or" || (tokens[k]?.norm === "as" && tokens[k + 1]?.norm === "well" && tokens[k + 2]?.norm === "as")) return true;
    if (!comma) return false;
    // Past the mentions inside this one ("NATO" in "a ban on NATO membership").
    let n = at;
    while (n < mentions.length && mentions[n].sentence === m.sentence && mentions[n].first < m.last) n++;
    const next = mentions[n];
    return next?.kind === "proposal" && next.sentence === m.sentence && next.first - k <= 1;
  }

  /**
   * "rejected the higher quota" after "will raise its quota for sugar": "the" and a comparative before a head is the
   * measure with that head named before, as changed (not "a larger quota", a measure asked for of its own).
   */
  function comparedMeasure(m: Mention, key: readonly string[], head: string, before: number): DocEntity | undefined {
    const tokens = sentences[m.sentence].tokens;
    const adjective = tokens[m.first];
    const comparative = adjective.pos === "ADJ" && adjective.norm.endsWith("er") && adjective.lemma !== adjective.norm;
    if (key.length !== 2 || m.last - m.first !== 2 || !comparative || tokens[m.first - 1]?.norm !== "the") return undefined;
    return similarProposal([head], head, before);
  }

  /**
   * "the agreement ... approval of the bondholder deal": "the" before a head with modifiers (no complement) is the one proposal named before
   * with that head when that one was named bare, the words saying more of it (not when two such proposals were named).
   */
  function specifiedBefore(m: Mention, key: readonly string[], head: string): DocEntity | undefined {
    const sameHead = proposalsWithHead.get(head) ?? [];
    if (key.length < 2 || key.at(-1) !== head || sameHead.length !== 1 || proposalKeys.get(sameHead[0])!.key.length !== 1) return undefined;
    return sentences[m.sentence].tokens[m.first - 1]?.norm === "the" ? entities[sameHead[0]] : undefined;
  }

  /**
   * '"This is the most ambitious agreement we have signed"': a measure named after "this", "it" or "that" and a form of
   * "be" opening a clause says what the measure named before is; it is no measure of its own.
   */
  function restated(m: Mention): boolean {
    const tokens = sentences[m.sentence].tokens;
    let k = m.first - 1;
    while (k > 0 && (tokens[k].pos === "DET" || tokens[k].pos === "ADV")) k--;
    const subject = tokens[k - 1];
    const opens = k - 2 < 0 || CLAUSE_OPENERS.has(tokens[k - 2].text);
    return tokens[k]?.lemma === "be" && RESTATING_SUBJECTS.has(subject?.norm ?? "") && opens;
  }

  /**
   * "extended a state of emergency ... the judges would review the new decree": "the" before an instrument noun
   * (`instruments`) no measure named before has among its words is the latest measure an enacting verb acted on;
   * the decree is how that measure was put in force, no measure of its own.
   */
  function enactedMeasure(m: Mention, key: readonly string[], head: string, before: number): DocEntity | undefined {
    const tokens = sentences[m.sentence].tokens;
    const described = tokens.slice(m.first, m.last).every((t) => t.pos === "ADJ" || t.pos === "NOUN");
    if (!INSTRUMENTS.has(head) || key.at(-1) !== head || !described || !POINTING_DETERMINERS.has(tokens[m.first - 1]?.norm ?? "")) return undefined;
    if ([...proposalKeys.values()].some((p) => p.key.includes(head))) return undefined;
    for (let j = before - 1; j >= 0; j--) {
      if (mentions[j].kind === "proposal" && entityOf[j] >= 0 && enacted(mentions[j])) return entities[entityOf[j]];
    }
    return undefined;
  }

  /** Whether a proposal mention is the object of an enacting verb done, not one to be done ("to extend", "would cut"). */
  function enacted(o: Mention): boolean {
    const tokens = sentences[o.sentence].tokens;
    let k = o.first - 1;
    while (k >= 0 && OBJECT_OPENING_TAGS.has(tokens[k].pos)) k--;
    const verb = tokens[k];
    const pending = PENDING.has(tokens[k - 1]?.norm ?? "");
    return verb?.pos === "VERB" && ENACTMENTS.has(verb.lemma) && !pending;
  }

  /** "the deal", "this measure": a bare definite proposal noun that points back to a proposal named before. */
  function isAnaphor(m: Mention, key: readonly string[]): boolean {
    return ANAPHORS.has(m.head ?? key[0]) && bareDefinite(m, key);
  }

  /**
   * "welcomed the extension" after "agreed to extend their ceasefire": a bare change noun is the measure its verb
   * changed before, the first proposal from that verb on in its sentence (the latest such verb).
   */
  function changedMeasure(m: Mention, key: readonly string[], before: number): DocEntity | undefined {
    const verb = CHANGE_NOUNS.get(m.head ?? key[0]);
    if (!verb || !bareDefinite(m, key)) return undefined;
    for (let j = before - 1; j >= 0; j--) {
      const o = mentions[j];
      if (o.kind !== "proposal" || entityOf[j] < 0 || entityOf[j] === entityOf[before]) continue;
      const tokens = sentences[o.sentence].tokens;
      let k = o.last - 1;
      while (k >= 0 && tokens[k].lemma !== verb) k--;
      // No other proposal between the verb and this one: scanned only once the verb is found.
      if (k >= 0 && tokens[k].pos === "VERB" && !mentions.some((p, q) => q < j && p.sentence === o.sentence && p.kind === "proposal" && p.first > k)) return entities[entityOf[j]];
    }
    return undefined;
  }

  /** A one-word proposal after "the", "this" or "that" that no participle defines. */
  function bareDefinite(m: Mention, key: readonly string[]): boolean {
    return key.length === 1 && isBareDefinite(sentences[m.sentence].tokens, m.first, m.last);
  }

  /** The proposal mentioned most before mention `before` (the latest on ties), one with the word in its key first. */
  function salientProposal(word: string, before: number): DocEntity | undefined {
    const withWord = [...proposalKeys.entries()].filter(([, p]) => p.key.includes(word)).map(([id]) => id);
    // Talks and meetings are where deals are made, not deals; and "the deal" is no tariff or bill.
    const measures = [...proposalKeys.entries()].filter(([, p]) => !MEETINGS.has(p.head) && (word !== "agreement" || DEAL_HEADS.has(p.head))).map(([id]) => id);
    let best: DocEntity | undefined;
    for (const id of withWord.length ? withWord : measures) {
      const e = entities[id];
      if (!best || e.mentions > best.mentions || (e.mentions === best.mentions && lastMention(id, before) > lastMention(best.id, before))) best = e;
    }
    return best;
  }

  function lastMention(entity: number, before: number): number {
    for (let j = before - 1; j >= 0; j--) if (entityOf[j] === entity) return j;
    return -1;
  }

  function titleHolder(m: Mention, at: number): DocEntity | undefined {
    const title = m.canonical;
    const fits = (e: DocEntity) => e.entityType === "person" && e.roles.some((r) => r.toLowerCase().endsWith(title)) &&
      (!m.affiliation || mentions.some((o, j) => entityOf[j] === e.id && o.affiliation?.canonical === m.affiliation!.canonical));
    for (let j = at - 1; j >= 0; j--) if (entityOf[j] >= 0 && fits(entities[entityOf[j]])) return entities[entityOf[j]];
    // A holder named only later in the text; not of a title in the plural ("the region's leaders vowed to ...").
    if (plural(m)) return undefined;
    for (let j = at + 1; j < mentions.length; j++) {
      const o = mentions[j];
      if (o.kind === "person" && o.role?.toLowerCase().endsWith(title) && (!m.affiliation || o.affiliation?.canonical === m.affiliation.canonical)) return entityFor("person", ownerOfPart(o.canonical) ?? o.canonical);
    }
    return undefined;
  }

  /** The most recent compatible antecedent; for "they", a coordination ("Russia and Ukraine") when there is one. */
  function antecedentsOf(m: Mention, at: number): number[] {
    // "it is important to ...": no antecedent; "it is willing to ..." has one.
    const tokens = sentences[m.sentence].tokens;
    if (m.pronoun === "organisation") return describedOrganisation(m, at);
    const expletive = m.canonical === "it" && tokens[m.last]?.lemma === "be" && tokens[m.last + 1]?.pos === "ADJ" && !["willing", "ready", "prepared", "able", "determined", "committed", "open"].includes(tokens[m.last + 1].norm);
    if (expletive) return [];
    const fits = (j: number): number[] | undefined => {
      const e = pronounsOf.get(j)?.length === 1 ? pronounsOf.get(j)![0] : entityOf[j];
      if (e === undefined || e < 0 || mentions[j].modifier) return undefined;
      const type = entities[e].entityType;
      if (m.pronoun === "person" && type === "person") return [e];
      // "it" may be "the Irish government", never "Russian negotiators".
      if (m.pronoun === "thing" && ACTOR_TYPES.has(type) && !(mentions[j].collective && plural(mentions[j]))) return [e];
      if (m.pronoun === "plural" && (ACTOR_TYPES.has(type) || mentions[j].collective)) return coordination(j);
      // "Abiy and Afwerki met. They agreed ...": people count only two or more together.
      if (m.pronoun === "plural" && type === "person" && coordination(j).length > 1) return coordination(j);
      return undefined;
    };
    // "it announced ... to the United States, and it put ...": a pronoun said again in its sentence means what it did first.
    for (let j = at - 1; j >= 0 && mentions[j].sentence === m.sentence; j--) {
      if (mentions[j].kind === "pronoun" && mentions[j].canonical === m.canonical && pronounsOf.get(j)?.length) return pronounsOf.get(j)!;
    }
    // The latest candidate in the pronoun's own sentence; in earlier sentences, the first (the subject, mostly).
    for (let j = at - 1; j >= 0 && mentions[j].sentence === m.sentence; j--) {
      if (inClosedRelative(mentions[j], m.first)) continue;
      const found = fits(j);
      if (found) return found;
    }
    for (let s = m.sentence - 1; s >= Math.max(0, m.sentence - 2); s--) {
      // Mentions come in text order: the sentence's ones sit just before those of the sentences after it.
      const inSentence: number[] = [];
      for (let j = at - 1; j >= 0 && mentions[j].sentence >= s; j--) if (mentions[j].sentence === s) inSentence.unshift(j);
      // "They" after "Egypt and Sudan rejected the plan of Ethiopia": a coordination or a plural group, the first.
      if (m.pronoun === "plural") {
        const found = inSentence.map(fits);
        let n = found.findIndex((f, k) => (f?.length ?? 0) > 1 || (f && pluralGroup(mentions[inSentence[k]])));
        // The whole coordination: "A, B and C" ends at C.
        while (n >= 0 && (found[n + 1]?.length ?? 0) > found[n]!.length && found[n]!.every((e) => found[n + 1]!.includes(e))) n++;
        if (n >= 0) return found[n]!;
      }
      // "It" after "Nordwerk, which employs 62,000 people in Germany, said ...": the sentence's subject, the
      // last candidate before its first verb, over a later non-subject mention.
      if (m.pronoun === "thing") {
        const verb = sentences[s].tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
        for (let n = inSentence.length - 1; n >= 0; n--) {
          const found = mentions[inSentence[n]].last <= verb ? fits(inSentence[n]) : undefined;
          if (found) return found;
        }
        // "The contract was signed by X and Y. It gives ...": after a sentence whose subject is a thing, "it" is that thing.
        if (s === m.sentence - 1 && thingSubject(sentences[s].tokens, verb)) return [];
      }
      // People: the subject of an earlier sentence; groups and things: its last, where coordinations end.
      if (m.pronoun !== "person") inSentence.reverse();
      for (const j of inSentence) {
        const found = fits(j);
        if (found) return found;
      }
    }
    return [];
  }

  /** Whether the words before a sentence's first verb `verb` are a common noun phrase: "The contract", "The new rules". */
  function thingSubject(tokens: Token[], verb: number): boolean {
    const words = tokens.slice(0, verb);
    return tokens[0]?.pos === "DET" && words.some((t) => t.pos === "NOUN") && words.every((t) => THING_WORDS.has(t.pos));
  }

  /**
   * Whether a mention sits in a relative clause between commas that closes before token `before`:
   * "Nordwerk, which employs 62,000 people in Germany, said it ...": "it" is never Germany.
   */
  function inClosedRelative(o: Mention, before: number): boolean {
    const tokens = sentences[o.sentence].tokens;
    let open = o.first - 1;
    while (open > 0 && tokens[open].text !== "," && !RELATIVES.has(tokens[open].norm)) open--;
    if (open <= 0 || !RELATIVES.has(tokens[open].norm) || tokens[open - 1].text !== ",") return false;
    for (let k = o.last; k < before; k++) if (tokens[k].text === ",") return true;
    return false;
  }

  /**
   * The organisation "the union" or "the company" points back to: of those with the word in their names, the
   * story's main one (the most mentioned, the first named on ties: a lead's body is the one a bare word means, a
   * second body of the word is named in full); for a generic word or a part, else the latest organisation whose
   * name has no organisation word.
   */
  function describedOrganisation(m: Mention, at: number): number[] {
    const word = descriptionWord(m);
    let latest: number | undefined;
    let withWord: number | undefined;
    let calledSo: number | undefined;
    const speakers = speakerBody(m, at);
    const side = sideWords(m);
    // "the regulator" is a public body ("the Data Protection Commission"), never the company it fined.
    const publicBody = PUBLIC_DESCRIPTIONS.has(m.canonical);
    const subject = m.first === 0 ? subjectBefore(m.sentence) : undefined;
    if (subject !== undefined && (word.test(entities[subject].label) || entities[subject].aliases.some((a) => word.test(a)))) return [subject];
    for (let j = at - 1; j >= 0; j--) {
      // "the company" again: what it meant last time, unless a person of another body says it.
      if (speakers === undefined && mentions[j].describes && mentions[j].canonical === m.canonical && pronounsOf.get(j)?.length) return pronounsOf.get(j)!;
      const e = entityOf[j];
      if (e < 0 || entities[e].entityType !== "organisation") continue;
      const label = entities[e].label;
      // "the rebels": the latest organisation named like an armed group, or called one where it was named ("the M23 rebel group").
      if (m.describes === "armed") {
        if (label.split(/\s+/).some((w) => ARMED_HEADS.has(w)) || calledBy(j, m)) return [e];
        continue;
      }
      const called = calledBy(j, m);
      if ((word.test(label) || entities[e].aliases.some((a) => word.test(a)) || called || (publicBody && isPublicBody(label))) && onSide(m, side, e)) {
        if (withWord === undefined || entities[e].mentions >= entities[withWord].mentions) withWord = e;
        if (called && (calledSo === undefined || entities[e].mentions >= entities[calledSo].mentions)) calledSo = e;
        continue;
      }
      // "the company" is never "the National Union of Mineworkers" nor "NATO": only a name with no organisation word in it.
      // "the bloc" after "the European Union", "ASEAN": a bloc's name may have an organisation word, or be an acronym.
      if (withWord === undefined && m.canonical === "bloc" && blocOfStates(e)) return [e];
      // Nor "police" or "protesters": a group named by a common noun is no company or bloc. The name is read only
      // while no latest organisation is found: walking back, the first found is the latest.
      if (latest === undefined && !publicBody && /^\p{Lu}/u.test(label) && label !== label.toUpperCase() && !label.split(/\s+/).some((w) => ORGANISATION_HEADS.has(w))) latest = e;
    }
    // "the farmers' union Rural Solidarity ... the union": a body the text called by the noun outranks one whose name
    // only has it ("the European Union").
    if (calledSo !== undefined) return [calledSo];
    if (withWord !== undefined) return [withWord];
    // "the board", "the management" with no body named by the word: the company whose part they are.
    if ((m.describes === "generic" || m.describes === "part") && latest !== undefined) return [latest];
    return speakers !== undefined ? [speakers] : [];
  }

  /**
   * "Acme Bank, the largest lender, said ... The bank's chief, X": the organisation that is the subject of sentence
   * `sentence - 1` (its first mention, before its first verb), which a description opening the next sentence means
   * before the story's main body of the word.
   */
  function subjectBefore(sentence: number): number | undefined {
    const tokens = sentences[sentence - 1]?.tokens;
    if (!tokens) return undefined;
    const verb = tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
    const first = mentions.findIndex((o) => o.sentence === sentence - 1);
    if (first < 0 || mentions[first].first > verb) return undefined;
    const e = entityOf[first];
    return e >= 0 && entities[e].entityType === "organisation" ? e : undefined;
  }

  /**
   * Whether organisation `e` may be what "the bloc" points back to: a body the text names states as members of
   * ("the East African Community, which groups Kenya, ..."), an acronym ("ASEAN"), or a name with a bloc word
   * that is neither one state's own body ("Canadian Beef Producers Council", "National Security Council") nor
   * a body of people or firms ("Rice Growers Council").
   */
  function blocOfStates(e: number): boolean {
    const { label } = entities[e];
    const tied = (tie: Mention["affiliation"]) => tie?.canonical === label && tie.relation === "member_of";
    if (mentions.some((o) => o.kind === "state" && (tied(o.affiliation) || tied(o.alsoAffiliation)))) return true;
    if (label === label.toUpperCase()) return true;
    const words = label.split(/\s+/);
    if (!words.some((w) => BLOC_WORDS.has(w)) || words.some((w) => NATIONAL_BODY_WORDS.has(w) || AGENTS.test(w))) return false;
    return !mentions.some((o, j) => entityOf[j] === e && o.affiliation?.entityType === "state");
  }

  /**
   * "M23 spokesman X said the group would ...", "A senior Hamas official, X, said the movement had ...": a description
   * opening what a person of an organisation said is that organisation.
   */
  function speakerBody(m: Mention, at: number): number | undefined {
    const tokens = sentences[m.sentence].tokens;
    let k = m.first - 1;
    if (tokens[k]?.norm === "that") k--;
    if (tokens[k]?.lemma !== "say") return undefined;
    for (let j = at - 1; j >= 0 && mentions[j].sentence === m.sentence; j--) {
      const { kind, affiliation } = mentions[j];
      if (kind === "person" && affiliation?.entityType === "organisation") return byName.get("organisation", affiliation.canonical)?.id;
    }
    return undefined;
  }

  /**
   * Whether the text called the organisation of mention `j` by description `m`'s noun where it named it: right
   * before or after the name ("carmaker Nordwerk", "Germany's IG Metall union", "the M23 rebel group" for "the
   * rebels") or in an apposition ("Renamo, the main opposition party,").
   */
  function calledBy(j: number, m: Mention): boolean {
    const o = mentions[j];
    const tokens = sentences[o.sentence].tokens;
    const words = m.canonical.split(" ");
    const head = sentences[m.sentence].tokens[m.last - 1].lemma;
    const reads = (from: number) => words.every((w, k) => tokens[from + k]?.norm === w) || (words.length === 1 && tokens[from]?.lemma === head);
    if (reads(o.last) || reads(o.first - words.length)) return true;
    const apposed = (d: Mention | undefined) => !!d?.describes && d.sentence === o.sentence && d.canonical === m.canonical;
    return (tokens[o.last]?.text === "," && apposed(mentions[j + 1]) && mentions[j + 1].first === o.last + 1) ||
      (tokens[o.first - 1]?.text === "," && apposed(mentions[j - 1]) && mentions[j - 1].last === o.first - 1);
  }

  /**
   * The first organisation named after mention `at` with a description's word in its name, in the next sentence at
   * most; else, for a superlative ("Japan's largest labour federation ... Rengo, which represents ..."), the body whose
   * name alone, with no organisation word, opens the next sentence and a relative clause that introduces it.
   */
  function organisationNamedAfter(m: Mention, at: number): number[] {
    const word = descriptionWord(m);
    const side = sideWords(m);
    for (let j = at + 1; j < mentions.length && mentions[j].sentence <= m.sentence + 1; j++) {
      const e = entityOf[j];
      if (e >= 0 && entities[e].entityType === "organisation" && word.test(entities[e].label) && onSide(m, side, e)) return [e];
    }
    // Only a superlative looks on to the next sentence's opening name.
    if (!sentences[m.sentence].tokens.slice(m.first, m.last).some((t) => t.pos === "ADJ" && /est$/.test(t.norm))) return [];
    const opener = mentions.findIndex((o, j) => j > at && o.sentence === m.sentence + 1);
    const tokens = sentences[m.sentence + 1]?.tokens ?? [];
    const introduced = opener >= 0 && mentions[opener].first === 0 && tokens[mentions[opener].last]?.text === "," && RELATIVES.has(tokens[mentions[opener].last + 1]?.norm ?? "");
    const e = introduced ? entityOf[opener] : -1;
    return e >= 0 && entities[e].entityType === "organisation" && !entities[e].label.split(/\s+/).some((w) => ORGANISATION_HEADS.has(w)) ? [e] : [];
  }

  /** "the official creditor committee": the words of a definite description of a named kind of body after "the", when
   * lower-case nouns and adjectives modify its head (no side word, superlative or possessive: those point to a named body). */
  function describedBody(m: Mention): string | undefined {
    if (m.kind !== "pronoun" || m.describes !== "named") return undefined;
    const tokens = sentences[m.sentence].tokens;
    // "Croatia's football federation": after a state's possessive, the body is the state's, named with it.
    const owner = tokens[m.first - 1]?.norm === "'s" ? mentions.find((o) => o.sentence === m.sentence && o.last === m.first - 1 && o.kind === "state") : undefined;
    const from = owner ? m.first : m.first + 1;
    if ((!owner && tokens[m.first]?.norm !== "the") || m.last - from < 2) return undefined;
    // "the steering committee of bondholders": its members after "of".
    const head = tokens[m.last - 2]?.norm === "of" ? m.last - 3 : m.last - 1;
    const modifiers = tokens.slice(from, head);
    const own = modifiers.every((t) => ["NOUN", "ADJ"].includes(t.pos) && t.text === t.norm && !SIDE_WORDS.has(t.norm) && !/est$/.test(t.norm));
    if (!own) return undefined;
    const description = tokens.slice(from, m.last).map((t) => t.norm).join(" ");
    return owner ? `${owner.text}'s ${description}` : description;
  }

  /** The side words among a description's modifiers ("opposition" in "the main opposition party"). */
  function sideWords(m: Mention): string[] {
    return sentences[m.sentence].tokens.slice(m.first, m.last - 1).map((t) => t.norm).filter((w) => SIDE_WORDS.has(w));
  }

  /**
   * Whether entity `e` is on the side a description's modifiers name (`own`, its sideWords): "the main opposition party"
   * is a party the text names in a sentence with "opposition" ("Opposition leader X of the Y Party"), not the one a
   * prime minister leads. Asked once per earlier mention of a body: the side words are read once per description.
   */
  function onSide(m: Mention, own: string[], e: number): boolean {
    if (!own.length) return true;
    return mentions.some((o, j) => entityOf[j] === e && sentences[o.sentence].tokens.some((t, k) => own.includes(t.norm) && (o.sentence !== m.sentence || k < m.first || k >= m.last)));
  }

  /** Whether a mention ends in a plural noun: "Russian negotiators". */
  function plural(o: Mention): boolean {
    const last = sentences[o.sentence].tokens[o.last - 1];
    return last.lemma !== last.norm;
  }

  /** An organisation named by a plural noun of people: "West African leaders", "protesters". */
  function pluralGroup(o: Mention): boolean {
    const last = sentences[o.sentence].tokens[o.last - 1];
    return o.kind === "organisation" && last.text === last.norm && last.norm.endsWith("s");
  }

  /** The entities of a coordination ending at mention j: "Russia and Ukraine", "Hungarian and Romanian officials". */
  function coordination(j: number): number[] {
    const group = [entityOf[j]];
    const tokens = sentences[mentions[j].sentence].tokens;
    for (let k = j - 1; k >= 0 && mentions[k].sentence === mentions[j].sentence; k--) {
      // "the socialist FGTB, the Christian union CSC and the liberal CGSLB": a determiner and modifiers may follow the link.
      const gap = tokens.slice(mentions[k].last, mentions[k + 1].first);
      let link = gap.length;
      while (link > 0 && ["DET", "ADJ", "NOUN", "PROPN"].includes(gap[link - 1].pos) && gap.length - link < 4) link--;
      const between = gap.slice(0, link).map((t) => t.norm).join(" ");
      if (!/^(and|,|, and|as well as|or)$/.test(between) || entityOf[k] < 0) break;
      // A coordination is of one kind: actors, or people.
      const kind = (e: number) => (entities[e].entityType === "person" ? "person" : ACTOR_TYPES.has(entities[e].entityType) ? "actor" : undefined);
      if (!kind(entityOf[k]) || kind(entityOf[k]) !== kind(entityOf[j])) break;
      group.unshift(entityOf[k]);
    }
    return [...new Set(group)];
  }
}

/** A description's word, as a whole word of a name in any case: "the union" in "Korean Metal Workers' Union". */
/** A description's words as the text has them, lower-case and without "the": "the prisons agency" as "prisons agency". */
const describedAs = (m: Mention) => m.text.toLowerCase().replace(/^the\s+/, "");

const descriptionWord = (m: Mention) => new RegExp(`\\b${m.canonical}\\b`, "i");

/** A word of a person's name as lone mentions of it are matched: any case, and without an Arabic article ("al-Tayeb" is "Tayeb"). */
const namePart = (word: string) => word.toLowerCase().replace(/^(?:al|el|ad|ar|as|ash|at|az|an)[-‐]/, "");

/** A person's pronouns, which say a lone name just before them is someone's ("Trump said he would"). */
const PERSONAL = new Set(["he", "she", "his", "her", "him"]);

/**
 * Whether what follows a mention says it is someone: a relative clause of people ("X, who leads the party") or a
 * person's pronoun before any other name ("X said he would", "X and his allies").
 */
function describedAsSomeone(m: Mention, sentence: Sentence): boolean {
  const { tokens } = sentence;
  if (tokens[m.last]?.text === "," && tokens[m.last + 1]?.norm === "who") return true;
  for (let k = m.last; k < Math.min(tokens.length, m.last + 8) && tokens[k].pos !== "PROPN"; k++) if (PERSONAL.has(tokens[k].norm)) return true;
  return false;
}

/** A lone capitalised word is a person's name when it acts: a verb, "said", or an apposition follows. */
function looksLikeLonePerson(m: Mention, sentence: Sentence): boolean {
  let k = m.last;
  while (sentence.tokens[k]?.pos === "ADV") k++; // "Rojas again rejected"
  const next = sentence.tokens[k];
  const after = sentence.tokens[k + 1];
  if (!next) return false;
  if (next.pos === "VERB" || next.pos === "AUX") return m.first > 0 || next.pos === "VERB";
  return next.text === "," && (after?.norm === "who" || after?.norm === "the" || after?.norm === "a");
}
