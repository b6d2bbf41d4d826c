// Reads GraphML (ours, networkx, igraph, yEd) into a NewsGraph. Pure JavaScript over saxes.
import { GraphFileError, ReadWarnings } from "../graph/json.js";
import type { NewsGraph } from "../graph/types.js";
import { GraphBuilder, type ReadEdge } from "./graph-builder.js";
import { applyDefaults, knownType, readTyped, splitList } from "./typed-values.js";
import { attribute, attributeName, parseXml, requiredAttribute, XmlContentError } from "./xml-read.js";

type Domain = "node" | "edge" | "graph";
interface Key { name: string; type: string; list: boolean; fallback?: string }
interface Open { kind: Domain; id?: string; source: string; target: string; attributes: Record<string, unknown>; line: number }

/** Parses GraphML text (a string or its chunks); throws GraphFileError naming the file and line, returns grouped warnings. */
export function readGraphml(text: string | Iterable<string>, file = "graph.graphml"): { graph: NewsGraph; warnings: string[] } {
  const warnings = new ReadWarnings(file);
  const builder = new GraphBuilder(warnings);
  const keys: Record<Domain, Map<string, Key>> = { node: new Map(), edge: new Map(), graph: new Map() };
  const open: Open[] = [];
  let depth = 0, sawGraph = false;
  let key: Key | undefined;
  let content = "", collecting = false, dataKey: Key | undefined, dataChildren = false;
  let graphAttributes: Record<string, unknown> = {};

  parseXml(text, file, {
    open(tag, line) {
      depth++;
      if (collecting && tag.local !== "default") dataChildren = true;
      if (depth === 1) {
        if (tag.local !== "graphml") throw new XmlContentError(`expected <graphml> as the root element, found <${tag.name}>: not a GraphML file`);
        return;
      }
      const top = open[open.length - 1];
      switch (tag.local) {
        case "key": {
          const id = requiredAttribute(tag, "id");
          const domain = attribute(tag, "for") ?? "all";
          const type = attribute(tag, "attr.type") ?? "string";
          if (!knownType(type)) warnings.add("key-type", `line ${line}: key '${id}' has unknown attr.type '${type}' (read as text)`);
          key = { name: attributeName(attribute(tag, "attr.name") ?? id, warnings), type: knownType(type) ? type : "string", list: attribute(tag, "attr.list") !== undefined };
          // yEd's graphics keys hold XML, not values.
          if (attribute(tag, "yfiles.type") !== undefined) break;
          for (const d of domain === "all" ? (["node", "edge", "graph"] as const) : [domain]) if (d in keys) keys[d as Domain].set(id, key);
          break;
        }
        case "default":
          content = "";
          collecting = true;
          break;
        case "graph":
          if (!sawGraph && attribute(tag, "edgedefault") === "undirected") warnings.add("undirected", "undirected edges are read as directed (source -> target)");
          if (sawGraph) warnings.add("nested", `line ${line}: nested graphs are read as one graph`);
          sawGraph = true;
          if (!top) open.push({ kind: "graph", source: "", target: "", attributes: {}, line });
          break;
        case "node":
          open.push({ kind: "node", id: requiredAttribute(tag, "id"), source: "", target: "", attributes: {}, line });
          break;
        case "edge":
          if (attribute(tag, "directed") === "false") warnings.add("undirected", "undirected edges are read as directed (source -> target)");
          open.push({ kind: "edge", id: attribute(tag, "id"), source: requiredAttribute(tag, "source"), target: requiredAttribute(tag, "target"), attributes: {}, line });
          break;
        case "data": {
          const id = requiredAttribute(tag, "key");
          if (!top) break;
          dataKey = keys[top.kind].get(id);
          if (!dataKey) warnings.add(`undeclared-${top.kind}-${id}`, `line ${line}: ${top.kind} data key '${id}' is not declared by a <key> (values ignored)`);
          content = "";
          collecting = true;
          dataChildren = false;
          break;
        }
      }
    },
    close(tag) {
      depth--;
      switch (tag.local) {
        case "default":
          if (key) key.fallback = content;
          collecting = false;
          break;
        case "key":
          key = undefined;
          break;
        case "data": {
          const top = open[open.length - 1];
          collecting = false;
          if (!top || !dataKey || dataChildren) break;
          const value = dataKey.list ? splitList(content) : readTyped(content, dataKey.type);
          if (value === undefined) warnings.add(`value-${top.kind}-${dataKey.name}`, `line ${top.line}: value '${content.trim()}' of ${top.kind} key '${dataKey.name}' is not a valid ${dataKey.type} (ignored)`);
          else top.attributes[dataKey.name] = value;
          break;
        }
        case "node":
        case "edge":
        case "graph": {
          const element = open[open.length - 1];
          if (!element || element.kind !== tag.local) break;
          open.pop();
          applyDefaults(element.attributes, keys[element.kind]);
          if (element.kind === "node") builder.node(element.id!, element.attributes, element.line);
          else if (element.kind === "edge") builder.edge(element as ReadEdge);
          else graphAttributes = element.attributes;
          break;
        }
      }
    },
    text(value) {
      if (collecting) content += value;
    },
  });
  if (!sawGraph) throw new GraphFileError(`${file}: no <graph> element in the <graphml> file`);
  return { graph: builder.build(documentsOf(graphAttributes, warnings)), warnings: warnings.list() };
}

/** Our GraphML carries the documents table as JSON in the graph-level `documents` key. */
function documentsOf(attributes: Record<string, unknown>, warnings: ReadWarnings): Record<string, unknown> {
  if (typeof attributes.documents !== "string") return attributes;
  try {
    return { ...attributes, documents: JSON.parse(attributes.documents) };
  } catch {
    warnings.add("documents-json", "graph documents is not valid JSON (dropped)");
    const { documents: _, ...rest } = attributes;
    return rest;
  }
}
