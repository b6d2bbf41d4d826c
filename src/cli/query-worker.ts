// A worker thread that loads one graph file and answers queries on it (see query-runner.ts): run here, under
// a heap limit, a query that would fill memory ends this thread, not the process.
import { parentPort, workerData } from "node:worker_threads";
import { formatRows } from "../query/format.js";
import { query } from "../query/index.js";
import { describeError, UsageError } from "./errors.js";
import { loadGraph } from "./load-graph.js";
import type { QueryReply, QueryRequest } from "./query-runner.js";

const reply = (message: QueryReply) => parentPort!.postMessage(message);
const warn = (message: string) => reply({ warning: message });
/** A result longer than a JavaScript string can hold fails as "Invalid string length": said plainly. */
const tooLong = (error: unknown) => error instanceof RangeError && /string length/i.test(error.message);
const failure = (id: number, error: unknown): QueryReply => ({
  id,
  error: tooLong(error) ? "the result is too long to print as text (add LIMIT or --max-rows)" : describeError(error),
  exitCode: error instanceof UsageError ? error.exitCode : 1,
});

try {
  const graph = await loadGraph(workerData as string, warn);
  parentPort!.on("message", ({ id, text, params, timeoutMs, maxRows, format }: QueryRequest) => {
    try {
      reply({ id, output: formatRows(query(graph, text, params, { timeoutMs, maxRows, onWarning: warn }), format) });
    } catch (error) {
      reply(failure(id, error));
    }
  });
  reply({ id: 0, output: "", order: graph.order, size: graph.size });
} catch (error) {
  reply(failure(0, error));
}
