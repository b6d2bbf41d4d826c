// Extraction over worker threads, with results handed back in input order: whatever the number of
// workers and however their timings interleave, the merge sees the same sequence, so the graph is the same.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { InputDocument } from "../../pipeline/types.js";
import { extractOutcome, type Outcome } from "./extract-one.js";

/** Default number of extraction workers: one per core. */
export const defaultJobs = () => availableParallelism();

/** Documents in flight per worker: enough to keep workers busy, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 8;

type Settled<T> = { item: T; outcome?: Outcome } | { error: Error };

/**
 * Yields each item with the extraction of its document (items without one pass through), in input order.
 * jobs <= 1 extracts on the calling thread; otherwise `jobs` workers extract while the caller merges.
 */
export async function* extractInOrder<T>(items: AsyncIterable<T>, docOf: (item: T) => InputDocument | undefined, jobs: number): AsyncGenerator<{ item: T; outcome?: Outcome }> {
  if (jobs <= 1) {
    for await (const item of items) {
      const doc = docOf(item);
      yield doc ? { item, outcome: extractOutcome(doc) } : { item };
    }
    return;
  }
  const pool = new WorkerPool(jobs);
  try {
    const queue: Promise<Settled<T>>[] = [];
    const next = async () => {
      const settled = await queue.shift()!;
      if ("error" in settled) throw settled.error;
      return settled;
    };
    for await (const item of items) {
      const doc = docOf(item);
      queue.push(doc ? pool.extract(doc).then((outcome) => ({ item, outcome }), (error: Error) => ({ error })) : Promise.resolve({ item }));
      while (queue.length >= jobs * IN_FLIGHT_PER_WORKER) yield await next();
    }
    while (queue.length) yield await next();
  } finally {
    await pool.close();
  }
}

class WorkerPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly waiting = new Map<number, { resolve: (o: Outcome) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private closing = false;
  private failed?: Error;

  constructor(private readonly size: number) {}

  /** A worker is started when every running one already has work, so a small batch starts few threads. */
  private spawn() {
    const worker = new Worker(new URL("./extract-worker.js", import.meta.url));
    const slot = { worker, busy: 0 };
    worker.on("message", ({ id, outcome }: { id: number; outcome: Outcome }) => {
      slot.busy--;
      this.waiting.get(id)?.resolve(outcome);
      this.waiting.delete(id);
    });
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) => {
      if (!this.closing) this.fail(new Error(`an extraction worker stopped (exit code ${code})`));
    });
    this.workers.push(slot);
    return slot;
  }

  /** Sends the document to the least busy worker. */
  extract(doc: InputDocument): Promise<Outcome> {
    if (this.failed) return Promise.reject(this.failed);
    const idle = this.workers.length ? this.workers.reduce((a, b) => (b.busy < a.busy ? b : a)) : undefined;
    const slot = idle && (idle.busy === 0 || this.workers.length === this.size) ? idle : this.spawn();
    const id = this.nextId++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      slot.worker.postMessage({ id, doc });
    });
  }

  private fail(error: Error) {
    this.failed ??= error;
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }

  async close() {
    this.closing = true;
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
