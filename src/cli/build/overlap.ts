// Documents shared by graphs being merged. A graph holds each document's extraction already merged into its
// nodes and edges, so a merge cannot take one document's part back out: the same document in two graphs
// would count its mentions twice, and two texts under one id would share that id's evidence offsets.
import type { NewsGraph } from "../../graph/types.js";
import { EXIT, UsageError } from "../errors.js";

/** Document id -> its content hash and the graph file it came from. */
export class DocumentOwners {
  private readonly owners = new Map<string, { hash?: string; file: string }>();

  /**
   * Checks `graph` (read from `file`) against the graphs before it and records its documents. Returns false
   * when all its documents are already merged (the graph adds nothing), with a warning; throws when a
   * document id comes with other content.
   */
  admit(file: string, graph: NewsGraph, warn: (message: string) => void): boolean {
    const documents = graph.getAttribute("documents") ?? [];
    const shared = documents.filter((d) => this.owners.has(d.id));
    for (const doc of shared) {
      const owner = this.owners.get(doc.id)!;
      if (owner.hash !== doc.hash) {
        throw new UsageError(`${file}: document '${doc.id}' is also in ${owner.file}, with other content (rebuild them with distinct document ids)`, EXIT.failure);
      }
    }
    const first = shared[0] && `'${shared[0].id}' of ${this.owners.get(shared[0].id)!.file}`;
    if (shared.length && shared.length === documents.length) {
      warn(`${file}: its ${documents.length} document(s) are all in the graphs before it, e.g. ${first} (skipped)`);
      return false;
    }
    if (shared.length) warn(`${file}: ${shared.length} of its ${documents.length} documents are in the graphs before it, e.g. ${first}: their mentions are counted twice (merge graphs of distinct documents)`);
    for (const doc of documents) if (!this.owners.has(doc.id)) this.owners.set(doc.id, { hash: doc.hash, file });
    return true;
  }
}
