// Extraction on the calling thread and `jobs - 1` worker threads, with results handed back in input order:
// whatever the number of threads and however their timings interleave, the merge sees the same sequence,
// so the graph is the same.
//
// The calling thread extracts too: it merges (a fraction of extraction's cost) and extracts whenever the next
// result to merge is not back yet. So `--jobs N` keeps N threads busy on N cores, instead of N extracting
// workers and a merging thread fighting over them, and the documents it extracts are never copied.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { InputDocument } from "../../pipeline/types.js";
import { extractOutcome, type Outcome } from "./extract-one.js";
import type { WorkerReply, WorkerRequest } from "./extract-worker.js";

/** Default number of extracting threads: one per core. */
export const defaultJobs = () => availableParallelism();

/** Items read ahead of the merge, per extracting thread: enough that no thread waits for work. */
const AHEAD_PER_THREAD = 16;
/** Document text read ahead of the merge, at most (but always one item per thread): bounds memory with long documents. */
const AHEAD_CHARS = 32 << 20;
/** Documents per message to a worker: fewer, larger messages cost less than one per document. */
const BATCH_DOCS = 4;
/** Batches a worker holds: one it extracts, one waiting, so it never idles on a round trip. */
const BATCHES_PER_WORKER = 2;

/** An item read and not yet handed back; `outcome` is set once its document is extracted. */
interface Slot<T> {
  item: T;
  doc?: InputDocument;
  outcome?: Outcome;
}

/**
 * Yields each item with the extraction of its document (items without one pass through), in input order.
 * `jobs` threads extract: the calling thread, and `jobs - 1` workers once they are ready.
 */
export async function* extractInOrder<T>(items: AsyncIterable<T>, docOf: (item: T) => InputDocument | undefined, jobs: number): AsyncGenerator<{ item: T; outcome?: Outcome }> {
  const ahead: Slot<T>[] = [];
  const unassigned: Slot<T>[] = [];
  const source = items[Symbol.asyncIterator]();
  const pool = new WorkerPool(Math.max(0, jobs - 1));
  let chars = 0, exhausted = false;
  try {
    for (;;) {
      while (!exhausted && ahead.length < jobs * AHEAD_PER_THREAD && (chars < AHEAD_CHARS || ahead.length < jobs)) {
        const next = await source.next();
        if (next.done) exhausted = true;
        else {
          const slot: Slot<T> = { item: next.value, doc: docOf(next.value) };
          ahead.push(slot);
          if (slot.doc) unassigned.push(slot), (chars += slot.doc.text.length);
        }
      }
      // Workers start once there is more than one document, and get work once their model is loaded.
      if (unassigned.length > 1) pool.start();
      pool.feed(unassigned);
      const head = ahead[0];
      if (!head) return;
      if (!head.doc || head.outcome) {
        ahead.shift();
        if (head.doc) chars -= head.doc.text.length;
        yield { item: head.item, outcome: head.outcome };
        continue;
      }
      const local = unassigned.shift();
      if (local) {
        local.outcome = extractOutcome(local.doc!);
        // Lets the workers' replies in (they arrive as events) before deciding what to do next.
        if (pool.started) await new Promise(setImmediate);
      } else await pool.reply();
    }
  } finally {
    await pool.close();
  }
}

/** Extraction workers, each with its batches in flight. */
class WorkerPool {
  private readonly workers: { worker: Worker; ready: boolean; batches: Map<number, Slot<unknown>[]> }[] = [];
  private nextBatch = 0;
  private closing = false;
  private failed?: Error;
  private wake?: () => void;

  constructor(private readonly size: number) {}

  get started(): boolean {
    return this.workers.length > 0;
  }

  start(): void {
    while (this.workers.length < this.size) this.spawn();
  }

  private spawn() {
    const worker = new Worker(new URL("./extract-worker.js", import.meta.url));
    const slot = { worker, ready: false, batches: new Map<number, Slot<unknown>[]>() };
    worker.on("message", (reply: WorkerReply) => {
      if ("ready" in reply) slot.ready = true;
      else {
        const batch = slot.batches.get(reply.batch)!;
        slot.batches.delete(reply.batch);
        batch.forEach((s, i) => (s.outcome = reply.outcomes[i]));
      }
      this.notify();
    });
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) => {
      if (!this.closing) this.fail(new Error(`an extraction worker stopped (exit code ${code})`));
    });
    this.workers.push(slot);
  }

  /** Hands the earliest unassigned documents, a batch at a time, to ready workers with room. */
  feed(unassigned: Slot<unknown>[]): void {
    if (this.failed) throw this.failed;
    for (const slot of this.workers) {
      while (slot.ready && slot.batches.size < BATCHES_PER_WORKER && unassigned.length) {
        const batch = unassigned.splice(0, BATCH_DOCS);
        const id = this.nextBatch++;
        slot.batches.set(id, batch);
        slot.worker.postMessage({ batch: id, docs: batch.map((s) => s.doc!) } satisfies WorkerRequest);
      }
    }
  }

  /** Resolves at the next message from a worker (a batch done, or a worker ready); rejects if one failed. */
  reply(): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve) => (this.wake = resolve));
  }

  private notify() {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private fail(error: Error) {
    this.failed ??= error;
    this.notify();
  }

  async close() {
    this.closing = true;
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
