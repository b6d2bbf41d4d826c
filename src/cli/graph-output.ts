// Where `build` and `merge` write their graph: --out FILE (atomically) or stdout, as graphology JSON or --format F.
import type { NewsGraph } from "../graph/types.js";
import { UsageError } from "./errors.js";
import { writeAtomic } from "./output.js";
import { FORMAT_NAMES, writeGraphFile } from "./write-graph.js";

export interface GraphOutput {
  out?: string;
  format?: string;
}

/** Checks --out and --format before any work is done. */
export function graphOutput(values: Record<string, unknown>): GraphOutput {
  const format = values.format as string | undefined;
  const out = values.out as string | undefined;
  if (format !== undefined && !FORMAT_NAMES.includes(format)) throw new UsageError(`unknown format '${format}' (expected one of ${FORMAT_NAMES.join(", ")})`);
  if (format !== undefined && out === undefined) throw new UsageError("--format needs --out");
  return { out, format };
}

export async function writeGraphOutput(graph: NewsGraph, { out, format }: GraphOutput): Promise<void> {
  if (format !== undefined) return writeGraphFile(graph, format, out!);
  const json = JSON.stringify(graph.export());
  if (out !== undefined) await writeAtomic(out, [json, "\n"]);
  else process.stdout.write(json + "\n");
}
