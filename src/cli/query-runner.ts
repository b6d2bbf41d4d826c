// Queries of `query` and `repl` run in a worker thread with a heap limit (--max-memory). A runaway query
// (`MATCH p=(a)-[*]-(b) RETURN p` on a dense graph) grows its result or its aggregates until memory runs
// out, and out of memory V8 aborts the whole process with a native stack trace; in a worker, only the worker
// ends, and the user gets one line naming the limit.
import { getHeapStatistics } from "node:v8";
import { Worker } from "node:worker_threads";
import type { RowFormat } from "../query/format.js";
import { EXIT, UsageError } from "./errors.js";

export interface QueryRequest {
  id: number;
  text: string;
  params: Record<string, unknown>;
  timeoutMs?: number;
  maxRows?: number;
  format: RowFormat;
}

/** The answer to a query, or to the loading of the graph (with its size). */
export type Answer = { output: string; order?: number; size?: number } | { error: string; exitCode: number };

/** Id 0 answers the loading of the graph; a warning may come at any time. */
export type QueryReply = { warning: string } | ({ id: number } & Answer);

/** The default --max-memory: the heap V8 gives this process, so a worker can do what the process could. */
export const defaultMaxMemoryMb = () => Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);

export class QueryRunner {
  private next = 1;
  private readonly waiting = new Map<number, (answer: Answer) => void>();
  private ended = false;
  /** Nodes and relationships of the graph loaded. */
  order = 0;
  size = 0;

  private constructor(private readonly worker: Worker, private readonly maxMemoryMb: number) {}

  /** Loads the graph file in a new worker; warnings go to `warn`, a file that cannot be read is a UsageError. */
  static async open(path: string, maxMemoryMb: number, warn: (message: string) => void): Promise<QueryRunner> {
    const worker = new Worker(new URL("./query-worker.js", import.meta.url), {
      workerData: path,
      resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
      stdout: false,
      stderr: false,
    });
    const runner = new QueryRunner(worker, maxMemoryMb);
    const loaded = runner.answer(0);
    worker.on("message", (reply: QueryReply) => {
      if ("warning" in reply) warn(reply.warning);
      else runner.settle(reply.id, reply);
    });
    worker.on("error", (error: NodeJS.ErrnoException) => runner.fail(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? undefined : error.message));
    worker.on("exit", () => runner.fail("the query thread stopped"));
    const answer = await loaded;
    if ("error" in answer) {
      await runner.close();
      throw new UsageError(answer.error, answer.exitCode);
    }
    runner.order = answer.order ?? 0;
    runner.size = answer.size ?? 0;
    return runner;
  }

  /** The query's rows as text in `format`; a query error or the memory limit is a UsageError (exit 1). */
  async run(request: Omit<QueryRequest, "id">): Promise<string> {
    if (this.ended) throw new UsageError(`the graph is no longer loaded (a query passed the --max-memory limit of ${this.maxMemoryMb} MB)`, EXIT.failure);
    const id = this.next++;
    const answered = this.answer(id);
    this.worker.postMessage({ ...request, id });
    const answer = await answered;
    if ("error" in answer) throw new UsageError(answer.error, answer.exitCode);
    return answer.output;
  }

  /** Whether the worker still holds the graph (it does not once a query passed the memory limit). */
  get alive(): boolean {
    return !this.ended;
  }

  async close(): Promise<void> {
    this.ended = true;
    await this.worker.terminate();
  }

  private answer(id: number): Promise<Answer> {
    return new Promise((resolve) => this.waiting.set(id, resolve));
  }

  private settle(id: number, answer: Answer): void {
    this.waiting.get(id)?.(answer);
    this.waiting.delete(id);
  }

  /** The worker is gone, out of memory (`why` undefined) or otherwise: every question still open gets why. */
  private fail(why?: string): void {
    this.ended = true;
    const limit = `needed more memory than the --max-memory limit of ${this.maxMemoryMb} MB`;
    for (const [id, resolve] of this.waiting) {
      const error = why ?? (id === 0 ? `loading the graph ${limit}` : `query ${limit} (narrow the query, or add LIMIT or --max-rows)`);
      resolve({ error, exitCode: EXIT.failure });
    }
    this.waiting.clear();
  }
}
