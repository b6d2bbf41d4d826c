#!/usr/bin/env node
// openCypher TCK harness: runs the tier-1 feature files from ../shared/tck/features (unchanged) against the
// compiled engine in lib/query. Gherkin is parsed here; each scenario gets a fresh graph built with CREATE.
// Usage: node scripts/tck.mjs [--verbose] [--filter TEXT] [--json] [--no-skip (also run the skip list)] [--tier2]
// The last line is always `tck tier1: N passed, N failed, N skipped`.
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { MultiDirectedGraph } from "graphology";
import { compile, queryRaw } from "../lib/query/index.js";
import { Graph } from "../lib/query/graph-view.js";
import { CypherFloat, NodeRef, RelRef, PathValue, fromJs } from "../lib/query/values.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const FEATURES = join(root, "../shared/tck/features");
export const TIER1 = [
  "clauses/match", "clauses/match-where", "clauses/return", "clauses/return-orderby", "clauses/return-skip-limit",
  "clauses/with", "clauses/with-orderBy", "clauses/with-skip-limit", "clauses/with-where", "clauses/unwind", "clauses/create",
  "expressions/aggregation", "expressions/graph", "expressions/path", "expressions/literals", "expressions/comparison",
  "expressions/boolean", "expressions/null", "expressions/string", "expressions/list", "expressions/mathematical",
  "expressions/precedence",
];
// Tier 2 of the issue (run with --tier2; not part of the tier-1 count).
export const TIER2 = [
  "clauses/union", "expressions/conditional", "expressions/quantifier", "expressions/existentialSubqueries", "expressions/map",
  "expressions/pattern", "expressions/typeConversion", "useCases/countingSubgraphMatches",
];
const SKIPS = new Map(JSON.parse(readFileSync(join(root, "src/query/tck-skip.json"), "utf8")).map((s) => [s.scenario, s.reason]));

// ---------- Gherkin
function parseFeature(text, file) {
  const lines = text.split("\n");
  const scenarios = [];
  let feature = "";
  const background = { steps: [] };
  let cur = null;
  let i = 0;
  const docString = () => {
    const out = [];
    i++;
    while (!lines[i].trim().startsWith('"""')) out.push(lines[i++]);
    const indent = Math.min(...out.filter((l) => l.trim()).map((l) => l.match(/^\s*/)[0].length));
    return out.map((l) => l.slice(indent)).join("\n");
  };
  const table = () => {
    const rows = [];
    while (i + 1 < lines.length && lines[i + 1].trim().startsWith("|")) rows.push(splitRow(lines[++i].trim()));
    return rows;
  };
  for (; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith("#")) continue;
    let m;
    if ((m = /^Feature:\s*(.*)$/.exec(line))) feature = m[1];
    else if (/^Background:/.test(line)) cur = background;
    else if ((m = /^Scenario( Outline)?:\s*(.*)$/.exec(line))) {
      cur = { feature, file, name: m[2], steps: [...background.steps], examples: [] };
      scenarios.push(cur);
    } else if (/^Examples:/.test(line)) cur.examples.push(table());
    else if ((m = /^(Given|When|Then|And|But)\s+(.*)$/.exec(line))) {
      const step = { text: m[2] };
      if (lines[i + 1]?.trim().startsWith('"""')) {
        i++;
        step.doc = docString();
      } else if (lines[i + 1]?.trim().startsWith("|")) step.table = table();
      cur.steps.push(step);
    }
  }
  // Expand outlines: one scenario per example row.
  return scenarios.flatMap((s) => {
    if (!s.examples.length) return [{ ...s, id: `${s.feature} ${s.name}` }];
    const out = [];
    for (const ex of s.examples) {
      const [head, ...rows] = ex;
      rows.forEach((row) => {
        const sub = (t) => t && t.replace(/<([^>\s]+)>/g, (all, k) => (head.includes(k) ? row[head.indexOf(k)] : all));
        out.push({
          ...s,
          id: `${s.feature} ${s.name} #${out.length + 1}`,
          steps: s.steps.map((st) => ({ text: sub(st.text), doc: sub(st.doc), table: st.table?.map((r) => r.map(sub)) })),
        });
      });
    }
    return out;
  });
}

function splitRow(line) {
  // | a | 'x|y' | -> cells; pipes inside quotes are data, \| is an escaped pipe.
  const cells = [];
  let cur = "";
  let quote = null;
  for (let i = 1; i < line.length; i++) {
    const c = line[i];
    // Gherkin cell escapes: \| is a pipe, \\ a backslash.
    if (c === "\\" && (line[i + 1] === "|" || line[i + 1] === "\\")) { cur += line[++i]; continue; }
    if (quote) {
      if (c === "\\") { cur += c + line[++i]; continue; }
      if (c === quote) quote = null;
      cur += c;
    } else if (c === "'" || c === '"') { quote = c; cur += c; }
    else if (c === "|") { cells.push(cur.trim()); cur = ""; }
    else cur += c;
  }
  return cells;
}

// ---------- expected values: the TCK's Cypher-like literal syntax, parsed into canonical strings
function parseValue(src) {
  let i = 0;
  const ws = () => { while (/\s/.test(src[i] ?? "")) i++; };
  const name = () => {
    ws();
    if (src[i] === "`") { const e = src.indexOf("`", i + 1); const n = src.slice(i + 1, e); i = e + 1; return n; }
    const m = /^[\p{L}_][\p{L}\p{N}_]*/u.exec(src.slice(i));
    i += m[0].length;
    return m[0];
  };
  const props = () => {
    ws();
    if (src[i] !== "{") return { map: {} };
    return value();
  };
  const value = () => {
    ws();
    const c = src[i];
    if (c === "[") {
      i++; ws();
      if (src[i] === ":") { // relationship
        i++;
        const type = name(); const p = props(); ws(); i++; // ]
        return { rel: type, props: p };
      }
      const items = [];
      ws();
      if (src[i] === "]") { i++; return items; }
      for (;;) { items.push(value()); ws(); if (src[i] === ",") { i++; continue; } i++; return items; }
    }
    if (c === "{") {
      i++; const m = {}; ws();
      if (src[i] === "}") { i++; return { map: m }; }
      for (;;) { const k = name(); ws(); i++; m[k] = value(); ws(); if (src[i] === ",") { i++; continue; } i++; return { map: m }; }
    }
    if (c === "(") return node();
    if (c === "<") { // path
      i++;
      const nodes = [node()];
      const rels = [];
      for (;;) {
        ws();
        if (src[i] === ">") { i++; return { path: { nodes, rels } }; }
        const left = src[i] === "<"; if (left) i++;
        i++; // -
        const r = value();
        i++; // -
        const right = src[i] === ">"; if (right) i++;
        const n = node();
        rels.push({ ...r, back: left });
        nodes.push(n);
      }
    }
    if (c === "'" || c === '"') {
      const q = c; i++; let s = "";
      while (src[i] !== q) { if (src[i] === "\\") { const e = src[++i]; s += e === "n" ? "\n" : e === "t" ? "\t" : e; i++; } else s += src[i++]; }
      i++;
      return s;
    }
    const m = /^(-?(?:\d+\.\d*(?:[eE][-+]?\d+)?|\d*\.\d+(?:[eE][-+]?\d+)?|\d+[eE][-+]?\d+)|-?Infinity|NaN)/.exec(src.slice(i));
    if (m) { i += m[0].length; return { float: Number(m[0]) }; }
    const n = /^-?\d+/.exec(src.slice(i));
    if (n) { i += n[0].length; return { int: Number(n[0]) }; }
    const w = name();
    if (w === "null") return null;
    if (w === "true") return true;
    if (w === "false") return false;
    throw new Error(`cannot parse expected value ${src}`);
  };
  const node = () => {
    ws(); i++; // (
    const labels = [];
    ws();
    while (src[i] === ":") { i++; labels.push(name()); ws(); }
    const p = props(); ws(); i++; // )
    return { node: labels, props: p };
  };
  const v = value();
  return v;
}

const fmtFloat = (x) => (Number.isNaN(x) ? "NaN" : `F${Number(x.toPrecision(12))}`);
function canonExpected(v, unordered) {
  if (v === null) return "null";
  if (typeof v === "boolean" || typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) { const xs = v.map((x) => canonExpected(x, unordered)); if (unordered) xs.sort(); return `[${xs.join(",")}]`; }
  if ("int" in v) return `I${v.int}`;
  if ("float" in v) return fmtFloat(v.float);
  if ("map" in v) return `{${Object.keys(v.map).sort().map((k) => `${k}:${canonExpected(v.map[k], unordered)}`).join(",")}}`;
  if ("node" in v) return `(${[...v.node].sort().join(":")} ${canonExpected(v.props, unordered)})`;
  if ("rel" in v) return `[${v.rel} ${canonExpected(v.props, unordered)}]`;
  if ("path" in v) return `<${v.path.nodes.map((n, k) => (k ? (v.path.rels[k - 1].back ? "<" : "") + canonExpected(v.path.rels[k - 1], unordered) + (v.path.rels[k - 1].back ? "" : ">") : "") + canonExpected(n, unordered)).join("")}>`;
  throw new Error("unknown expected value");
}
function canonActual(g, v, unordered) {
  if (v === null || v === undefined) return "null";
  if (typeof v === "boolean" || typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number") return `I${v}`;
  if (v instanceof CypherFloat) return fmtFloat(v.v);
  if (Array.isArray(v)) { const xs = v.map((x) => canonActual(g, x, unordered)); if (unordered) xs.sort(); return `[${xs.join(",")}]`; }
  if (v instanceof NodeRef) return `(${g.labels(v.key).sort().join(":")} ${canonProps(g, g.nodeProperties(v.key), unordered)})`;
  if (v instanceof RelRef) return `[${g.relType(v.key)} ${canonProps(g, g.relProperties(v.key), unordered)}]`;
  if (v instanceof PathValue) {
    let s = canonActual(g, new NodeRef(v.nodes[0]), unordered);
    v.rels.forEach((r, k) => {
      const back = g.graph.source(r) !== v.nodes[k] || (g.graph.source(r) === g.graph.target(r) ? false : false);
      s += (back ? "<" : "") + canonActual(g, new RelRef(r), unordered) + (back ? "" : ">") + canonActual(g, new NodeRef(v.nodes[k + 1]), unordered);
    });
    return `<${s}>`;
  }
  return `{${Object.keys(v).sort().map((k) => `${k}:${canonActual(g, v[k], unordered)}`).join(",")}}`;
}
const canonProps = (g, p, unordered) => canonActual(g, fromJs(p), unordered);

// ---------- running scenarios
function stats(g) {
  const labels = new Set();
  let props = 0;
  g.graph.forEachNode((k) => { g.labels(k).forEach((l) => labels.add(l)); props += Object.keys(g.nodeProperties(k)).length; });
  g.graph.forEachEdge((k) => { props += Object.keys(g.relProperties(k)).length; });
  return { nodes: g.graph.order, relationships: g.graph.size, labels, properties: props };
}

const ERROR_TYPES = { CypherSyntaxError: "SyntaxError", CypherTypeError: "TypeError", CypherArgumentError: "ArgumentError" };
function errorType(e) {
  if (e.code === "ProcedureNotFound") return "ProcedureError";
  if (e.code === "MissingParameter") return "ParameterMissing";
  return ERROR_TYPES[e.name] ?? e.name;
}

function runScenario(s) {
  const graph = new MultiDirectedGraph();
  const g = new Graph(graph);
  let params = {};
  let result = null;
  let error = null;
  let phase = null;
  let before = null;
  for (const step of s.steps) {
    const t = step.text;
    if (/^(an empty graph|any graph)$/.test(t)) continue;
    if (/^the .* graph$/.test(t)) return { status: "fail", why: `named graph not available: ${t}` };
    if (t === "having executed:") { [...queryRaw(graph, step.doc)]; continue; }
    if (t === "parameters are:") {
      params = Object.fromEntries(step.table.map(([k, v]) => [k, toJs(parseValue(v))]));
      continue;
    }
    if (t === "executing query:" || t === "executing control query:") {
      before = stats(g);
      try {
        phase = "compile";
        compile(step.doc);
        phase = "runtime";
        result = [...queryRaw(graph, step.doc, params)];
      } catch (e) {
        if (!e || !e.name?.startsWith?.("Cypher")) return { status: "fail", why: `internal error: ${e?.stack ?? e}` };
        error = e;
      }
      continue;
    }
    let m;
    if ((m = /^the result should be(?:, in (any order|order))?(?:,? \((ignoring element order for lists)\))?:$/.exec(t)) || t === "the result should be empty") {
      if (error) return { status: "fail", why: `unexpected error ${error.name} ${error.code}: ${error.message}` };
      const rows = t === "the result should be empty" ? [] : step.table.slice(1);
      const head = t === "the result should be empty" ? [] : step.table[0];
      const unordered = m?.[2] !== undefined;
      const exp = rows.map((r) => r.map((c) => canonExpected(parseValue(c), unordered)).join(" | "));
      for (const row of result) {
        const keys = Object.keys(row);
        if (head.length && (keys.length !== head.length || !head.every((h) => keys.includes(h))))
          return { status: "fail", why: `columns ${JSON.stringify(keys)} != ${JSON.stringify(head)}` };
      }
      const act = result.map((row) => head.map((h) => canonActual(g, row[h], unordered)).join(" | "));
      const inOrder = m?.[1] === "order";
      const a = inOrder ? act : [...act].sort();
      const b = inOrder ? exp : [...exp].sort();
      if (a.length !== b.length || a.some((x, k) => x !== b[k])) return { status: "fail", why: `rows\n  got:      ${a.join("\n            ")}\n  expected: ${b.join("\n            ")}` };
      continue;
    }
    if ((m = /^an? (\w+) should be raised at (compile time|runtime|any time): (.*)$/.exec(t))) {
      if (!error) return { status: "fail", why: `expected ${m[1]} ${m[3]}, got ${result?.length} rows` };
      if (errorType(error) !== m[1]) return { status: "fail", why: `expected ${m[1]} ${m[3]}, got ${error.name} ${error.code}: ${error.message}` };
      if (m[2] === "compile time" && phase !== "compile") return { status: "fail", why: `expected ${m[1]} at compile time, raised at run time: ${error.message}` };
      continue;
    }
    if (t === "no side effects" || t === "the side effects should be:") {
      if (error) return { status: "fail", why: `unexpected error ${error.name}: ${error.message}` };
      const after = stats(g);
      const want = Object.fromEntries((step.table ?? []).map(([k, v]) => [k, Number(v)]));
      const got = {
        "+nodes": Math.max(0, after.nodes - before.nodes), "-nodes": Math.max(0, before.nodes - after.nodes),
        "+relationships": Math.max(0, after.relationships - before.relationships), "-relationships": Math.max(0, before.relationships - after.relationships),
        "+labels": [...after.labels].filter((l) => !before.labels.has(l)).length, "-labels": [...before.labels].filter((l) => !after.labels.has(l)).length,
        "+properties": Math.max(0, after.properties - before.properties), "-properties": Math.max(0, before.properties - after.properties),
      };
      for (const k of Object.keys(got)) if ((want[k] ?? 0) !== got[k]) return { status: "fail", why: `side effect ${k}: got ${got[k]}, expected ${want[k] ?? 0}` };
      continue;
    }
    if (/^there exists a procedure/.test(t)) return { status: "fail", why: "test procedures are not supported" };
    return { status: "fail", why: `unknown step: ${t}` };
  }
  return { status: "pass" };
}

function toJs(v) {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(toJs);
  if ("int" in v) return v.int;
  if ("float" in v) return new CypherFloat(v.float);
  if ("map" in v) return Object.fromEntries(Object.entries(v.map).map(([k, x]) => [k, toJs(x)]));
  throw new Error("graph values cannot be parameters");
}

function listFeatures(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? listFeatures(join(dir, d.name)) : d.name.endsWith(".feature") ? [join(dir, d.name)] : [])).sort();
}

export function runTck({ filter, verbose, noSkip, groups = TIER1, log = console.log } = {}) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const failures = [];
  for (const group of groups) {
    for (const file of listFeatures(join(FEATURES, group))) {
      for (const s of parseFeature(readFileSync(file, "utf8"), file)) {
        if (filter && !s.id.includes(filter)) continue;
        if (SKIPS.has(s.id) && !noSkip) { counts.skipped++; continue; }
        let r;
        try { r = runScenario(s); } catch (e) { r = { status: "fail", why: `harness error: ${e.stack}` }; }
        if (r.status === "pass") counts.passed++;
        else { counts.failed++; failures.push({ id: s.id, why: r.why }); if (verbose) log(`FAIL ${s.id}\n  ${r.why}`); }
      }
    }
  }
  return { ...counts, failures };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const filter = args.includes("--filter") ? args[args.indexOf("--filter") + 1] : undefined;
  process.emitWarning = () => undefined;
  const options = { filter, verbose: args.includes("--verbose"), noSkip: args.includes("--no-skip") };
  if (args.includes("--tier2")) {
    const t2 = runTck({ ...options, groups: TIER2 });
    console.log(`tck tier2: ${t2.passed} passed, ${t2.failed} failed, ${t2.skipped} skipped`);
  }
  const r = runTck(options);
  if (args.includes("--json")) console.log(JSON.stringify(r.failures, null, 1));
  console.log(`tck tier1: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
}
