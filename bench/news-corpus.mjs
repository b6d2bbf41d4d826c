// A synthetic corpus of English news-style articles, made offline and deterministically (seeded) for the
// corpus benchmark. It is NOT real news: sentences come from templates written like wire copy, filled with
// real state, capital, demonym and organisation names from src/lexicon and a cast of invented people, so
// that the same actors recur across articles as they do in an archive. Each article is ~300 words.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { seededRandom } from "../lib/export/random.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const lexicon = (name) => JSON.parse(readFileSync(join(root, "src/lexicon", `${name}.json`), "utf8"));

const FIRST = ["Anna", "Mikhail", "Sofia", "Ahmed", "Li", "Maria", "James", "Elena", "Omar", "Hana", "Pedro", "Ingrid", "Kofi", "Yusuf", "Marta", "Arjun", "Leila", "Tomas", "Nadia", "Victor", "Amara", "Jonas", "Fatima", "Pavel", "Grace", "Ravi", "Olga", "Samuel", "Aisha", "Marco"];
const LAST = ["Kovalenko", "Haddad", "Moreau", "Okafor", "Tanaka", "Lindqvist", "Petrov", "Castillo", "Mensah", "Rahimi", "Novak", "Schneider", "Brennan", "Alvarez", "Demir", "Sato", "Kowalski", "Nasser", "Fischer", "Banda", "Ivanova", "Costa", "Mahmoud", "Larsen", "Chen", "Osei", "Romano", "Hakimi", "Vargas", "Weber"];
const TITLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Finance Minister", "Interior Minister", "Trade Minister"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MEASURES = ["ceasefire", "prisoner exchange", "peace plan", "trade deal", "arms embargo", "humanitarian corridor", "grain deal", "border agreement", "security pact", "withdrawal of troops"];

const EVENTS = [
  (a) => `${a.title1} ${a.person1} of ${a.state1} met ${a.title2} ${a.person2} of ${a.state2} in ${a.capital1} on ${a.day}.`,
  (a) => `${a.state1} rejected a proposal by ${a.state2} for a ${a.measure}, calling it a trap.`,
  (a) => `${a.org} accused ${a.state1} of violating the ${a.measure} agreed last month.`,
  (a) => `The ${a.demonym1} government imposed sanctions on ${a.state2} on ${a.day}, according to state media.`,
  (a) => `${a.person1}, the ${a.demonym1} ${a.title1.toLowerCase()}, called for an immediate ${a.measure}.`,
  (a) => `${a.state1} and ${a.state2} agreed to resume talks on a ${a.measure} next month.`,
  (a) => `Officials in ${a.capital2} said ${a.org} would send aid to ${a.state1} before the winter.`,
  (a) => `${a.state2} threatened to retaliate if ${a.state1} deployed more troops near the border.`,
  (a) => `${a.person2} criticised ${a.state1} for blocking the ${a.measure}, a spokesperson for the ministry said.`,
  (a) => `${a.state1} supported the ${a.measure} proposed by ${a.org}, diplomats in ${a.capital2} said.`,
  (a) => `Protesters gathered outside the ${a.demonym2} embassy in ${a.capital1} on ${a.day}.`,
  (a) => `${a.org} demanded that ${a.state2} release the detained journalists.`,
  (a) => `${a.state1} proposed a ${a.measure}, and ${a.person2} said ${a.state2} would study it.`,
  (a) => `Troops from ${a.state2} attacked positions held by ${a.state1} near ${a.capital1} overnight.`,
];
const FILLER = [
  "Analysts said the talks were unlikely to produce a breakthrough before the end of the year.",
  "Prices of fuel and food have risen sharply since the start of the crisis, and many families have left the region.",
  "The meeting lasted more than four hours, and both sides described it as frank but constructive.",
  "Neither side gave details of the documents exchanged during the session.",
  "Several hundred people have been killed in the fighting since the spring, according to aid workers.",
  "Markets in the region fell on the news before recovering later in the day.",
  "The negotiations are expected to continue next week at a venue yet to be announced.",
  "Local residents described long queues at checkpoints and shortages of medicine in hospitals.",
  "Observers noted that the tone of the statements had softened compared with earlier rounds.",
  "The dispute has strained relations between the neighbours for more than a decade.",
];

/** The article generator: `article(i)` is the i-th article, the same on every run. */
export function newsCorpus(seed = 7) {
  const states = lexicon("states").filter((s) => s.capital && s.demonyms?.adjective?.length);
  const orgs = lexicon("organisations").filter((o) => o.kind === "intergovernmental" || o.kind === "ngo").map((o) => o.name);
  const rng = seededRandom(seed);
  const pick = (list) => list[Math.floor(rng() * list.length)];
  // A cast of people, each with a state and a title, recurring across articles.
  const cast = Array.from({ length: 400 }, () => ({ name: `${pick(FIRST)} ${pick(LAST)}`, state: pick(states), title: pick(TITLES) }));
  const castOf = (state) => cast.filter((p) => p.state === state);
  const person = (state) => castOf(state)[0] ?? { name: `${pick(FIRST)} ${pick(LAST)}`, state, title: pick(TITLES) };

  return function article(i) {
    // Stories cluster around a few states, as coverage does.
    const state1 = rng() < 0.5 ? states[Math.floor(rng() * 20)] : pick(states);
    let state2 = pick(states);
    if (state2 === state1) state2 = states[(states.indexOf(state1) + 1) % states.length];
    const p1 = person(state1), p2 = person(state2);
    const a = {
      state1: state1.name, state2: state2.name, capital1: state1.capital, capital2: state2.capital,
      demonym1: state1.demonyms.adjective[0], demonym2: state2.demonyms.adjective[0],
      person1: p1.name, title1: p1.title, person2: p2.name, title2: p2.title,
      org: pick(orgs), measure: pick(MEASURES), day: pick(DAYS),
    };
    // Each template at most once per article, in a shuffled order.
    const pool = [...EVENTS.map((event) => event(a)), ...FILLER];
    for (let k = pool.length - 1; k > 0; k--) {
      const j = Math.floor(rng() * (k + 1));
      [pool[k], pool[j]] = [pool[j], pool[k]];
    }
    const sentences = [];
    let words = 0;
    for (const sentence of pool) {
      if (words >= 290) break;
      sentences.push(sentence);
      words += sentence.split(/\s+/).length;
    }
    const paragraphs = [];
    for (let s = 0; s < sentences.length; s += 3) paragraphs.push(sentences.slice(s, s + 3).join(" "));
    return { id: `synthetic-${i + 1}`, title: `${a.state1} and ${a.state2}: ${a.measure} talks`, date: `2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`, text: paragraphs.join("\n\n") };
  };
}

/** The sample article of data/articles, as a JSONL record. */
export function sampleArticle() {
  return { id: "istanbul-talks", title: "Istanbul talks", text: readFileSync(join(root, "data/articles/istanbul-talks.txt"), "utf8") };
}
