// Nodes by the string value of one property, so that a pattern anchored on `(n {label: $x})` or
// `WHERE n.label = $x` looks its node up instead of reading every node. Built on first use per property,
// dropped whenever graphology reports a change to the nodes or their attributes (attribute objects changed
// in place, behind graphology's back, are not seen: graphology itself reports nothing then).
import type { AnyGraph } from "./graph-view.js";

const NODE_EVENTS = ["nodeAdded", "nodeDropped", "nodeAttributesUpdated", "eachNodeAttributesUpdated", "cleared"] as const;
const NONE: readonly string[] = [];

export class PropertyIndex {
  private readonly byName = new Map<string, Map<string, string[]>>();
  private listening = false;
  /** `read` is the property as Cypher sees it (hidden attributes read as undefined). */
  constructor(
    private readonly graph: AnyGraph,
    private readonly read: (key: string, name: string) => unknown,
  ) {}

  /** The nodes whose property `name` is the string `value`, in graph order. */
  nodes(name: string, value: string): readonly string[] {
    let index = this.byName.get(name);
    if (!index) {
      this.listen();
      index = new Map();
      for (const key of this.graph.nodes()) {
        const v = this.read(key, name);
        if (typeof v !== "string") continue;
        const list = index.get(v);
        if (list) list.push(key);
        else index.set(v, [key]);
      }
      this.byName.set(name, index);
    }
    return index.get(value) ?? NONE;
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    const drop = () => this.byName.clear();
    for (const event of NODE_EVENTS) this.graph.on(event, drop);
  }
}
