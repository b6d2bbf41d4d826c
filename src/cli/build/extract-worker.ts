// A worker thread of the extraction pool: batches of documents in, their outcomes out, tagged with the batch.
import { parentPort } from "node:worker_threads";
import type { InputDocument } from "../../pipeline/types.js";
import { extractOutcome, type Outcome } from "./extract-one.js";

export interface WorkerRequest {
  batch: number;
  docs: InputDocument[];
}

/** `ready` once the NLP model and gazetteer are loaded: until then the calling thread extracts alone. */
export type WorkerReply = { ready: true } | { batch: number; outcomes: Outcome[] };

const reply = (message: WorkerReply) => parentPort!.postMessage(message);

parentPort!.on("message", ({ batch, docs }: WorkerRequest) => reply({ batch, outcomes: docs.map(extractOutcome) }));
// The first extraction loads the model: done before any document is sent, so none waits on it.
extractOutcome({ id: "warm-up", text: "The minister met the President of France in Paris on Monday." });
reply({ ready: true });
