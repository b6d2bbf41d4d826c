// Reads GEXF 1.1, 1.2 and 1.3 (Gephi, networkx, graphology-gexf and our own files) into a NewsGraph.
// Pure JavaScript over saxes: runs in the browser too.
import { GraphFileError, ReadWarnings } from "../graph/json.js";
import type { NewsGraph } from "../graph/types.js";
import { GRAPH_ATTRIBUTES_MARK } from "./gexf-write.js";
import { GraphBuilder } from "./graph-builder.js";
import { applyDefaults, knownType, readTyped } from "./typed-values.js";
import { attribute, attributeName, parseXml, requiredAttribute, XmlContentError } from "./xml-read.js";

interface Declaration { name: string; type: string; fallback?: string }
interface Open { kind: "node" | "edge"; id?: string; source: string; target: string; attributes: Record<string, unknown>; line: number }

/** Parses GEXF text (a string or its chunks); throws GraphFileError naming the file and line, returns grouped warnings. */
export function readGexf(text: string | Iterable<string>, file = "graph.gexf"): { graph: NewsGraph; warnings: string[] } {
  const warnings = new ReadWarnings(file);
  const builder = new GraphBuilder(warnings);
  const declared = { node: new Map<string, Declaration>(), edge: new Map<string, Declaration>() };
  const open: Open[] = [];
  let depth = 0, sawGraph = false;
  let inClass: "node" | "edge" | "other" | undefined;
  let declaration: Declaration | undefined;
  let defaultText: string | undefined;
  let description: string | undefined;
  let graphAttributes: Record<string, unknown> = {};

  parseXml(text, file, {
    open(tag, line) {
      depth++;
      const name = tag.local;
      if (depth === 1) {
        if (name !== "gexf") throw new XmlContentError(`expected <gexf> as the root element, found <${tag.name}>: not a GEXF file`);
        if (!/gexf/i.test(tag.uri)) warnings.add("gexf-namespace", `the root element has no GEXF namespace (read anyway)`);
        return;
      }
      const top = open[open.length - 1];
      switch (name) {
        case "graph":
          sawGraph = true;
          if (attribute(tag, "defaultedgetype") === "undirected") warnings.add("undirected", "undirected edges are read as directed (source -> target)");
          break;
        case "attributes": {
          const kind = attribute(tag, "class");
          inClass = kind === "node" || kind === "edge" ? kind : "other";
          if (inClass === "other") warnings.add("attributes-class", `<attributes class="${kind ?? ""}"> is neither node nor edge (ignored)`);
          break;
        }
        case "attribute": {
          const id = requiredAttribute(tag, "id");
          const type = attribute(tag, "type") ?? "string";
          if (!knownType(type)) warnings.add("attribute-type", `attribute '${id}' has unknown type '${type}' (read as text)`);
          declaration = { name: attributeName(attribute(tag, "title") || id, warnings), type: knownType(type) ? type : "string" };
          if (inClass === "node" || inClass === "edge") declared[inClass].set(id, declaration);
          break;
        }
        case "default":
          defaultText = "";
          break;
        case "description":
          if (depth === 3) description = "";
          break;
        case "node": {
          if (top?.kind === "node") warnings.add("nested", "nested (hierarchical) nodes are read as plain nodes");
          const id = requiredAttribute(tag, "id");
          open.push({ kind: "node", id, source: "", target: "", attributes: labelled(attribute(tag, "label")), line });
          break;
        }
        case "edge": {
          const attributes: Record<string, unknown> = {};
          const relation = attribute(tag, "kind") ?? attribute(tag, "label");
          if (relation !== undefined) attributes.relation = relation;
          const weight = attribute(tag, "weight");
          if (weight !== undefined) {
            const value = readTyped(weight, "double");
            if (value === undefined) warnings.add("edge-weight-value", `line ${line}: edge weight '${weight}' is not a number (ignored)`);
            else attributes.weight = value;
          }
          if (attribute(tag, "type") === "undirected") warnings.add("undirected", "undirected edges are read as directed (source -> target)");
          open.push({ kind: "edge", id: attribute(tag, "id"), source: requiredAttribute(tag, "source"), target: requiredAttribute(tag, "target"), attributes, line });
          break;
        }
        case "attvalue": {
          if (!top) break;
          const key = attribute(tag, "for") ?? attribute(tag, "id");
          if (key === undefined) throw new XmlContentError("missing required attribute 'for'");
          const decl = declared[top.kind].get(key);
          if (!decl) {
            warnings.add(`undeclared-${top.kind}-${key}`, `line ${line}: ${top.kind} attribute '${key}' is not declared in <attributes class="${top.kind}"> (values ignored)`);
            break;
          }
          const raw = requiredAttribute(tag, "value");
          const value = readTyped(raw, decl.type);
          if (value === undefined) warnings.add(`value-${top.kind}-${key}`, `line ${line}: value '${raw}' of ${top.kind} attribute '${decl.name}' is not a valid ${decl.type} (ignored)`);
          else top.attributes[decl.name] = value;
          break;
        }
        case "position":
          // Positions come back as x/y, so a laid-out graph keeps its layout; colours and sizes are recomputed.
          if (top?.kind === "node") {
            const x = readTyped(attribute(tag, "x") ?? "", "double"), y = readTyped(attribute(tag, "y") ?? "", "double");
            if (typeof x === "number" && typeof y === "number") Object.assign(top.attributes, { x, y });
          }
          break;
      }
    },
    close(tag) {
      depth--;
      switch (tag.local) {
        case "attributes": inClass = undefined; break;
        case "attribute": declaration = undefined; break;
        case "default":
          if (declaration) declaration.fallback = defaultText;
          defaultText = undefined;
          break;
        case "description":
          if (description !== undefined) graphAttributes = graphAttributesIn(description, warnings);
          description = undefined;
          break;
        case "node":
        case "edge": {
          const element = open.pop()!;
          applyDefaults(element.attributes, declared[element.kind]);
          if (element.kind === "node") builder.node(element.id!, element.attributes, element.line);
          else builder.edge(element);
          break;
        }
      }
    },
    text(value) {
      if (defaultText !== undefined) defaultText += value;
      if (description !== undefined) description += value;
    },
  });
  if (!sawGraph) throw new GraphFileError(`${file}: no <graph> element in the <gexf> file`);
  return { graph: builder.build(graphAttributes), warnings: warnings.list() };
}

/** The graph attributes our files carry on the <meta><description>'s last line (see writeGexf); other descriptions carry none. */
function graphAttributesIn(description: string, warnings: ReadWarnings): Record<string, unknown> {
  const line = description.split("\n").findLast((l) => l.startsWith(GRAPH_ATTRIBUTES_MARK));
  if (line === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(line.slice(GRAPH_ATTRIBUTES_MARK.length));
  } catch {
    warnings.add("graph-attributes", "the graph attributes in <meta><description> are not valid JSON (ignored)");
    return {};
  }
  if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  warnings.add("graph-attributes", "the graph attributes in <meta><description> are not a JSON object (ignored)");
  return {};
}

const labelled = (label: string | undefined): Record<string, unknown> => (label === undefined ? {} : { label });
