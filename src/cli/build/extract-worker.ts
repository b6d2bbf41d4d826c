// A worker thread of the extraction pool: documents in, outcomes out, tagged with the id they came with.
import { parentPort } from "node:worker_threads";
import type { InputDocument } from "../../pipeline/types.js";
import { extractOutcome } from "./extract-one.js";

parentPort!.on("message", ({ id, doc }: { id: number; doc: InputDocument }) => {
  parentPort!.postMessage({ id, outcome: extractOutcome(doc) });
});
