import { findFormat, FORMATS, type ExportOptions } from "../export/index.js";
import type { NewsGraph } from "../graph/types.js";
import { UsageError } from "./errors.js";
import { writeAtomic, writeFolderAtomic } from "./output.js";

/** Names of the --format values, for help texts. */
export const FORMAT_NAMES = FORMATS.map((f) => f.name);

/**
 * Writes `graph` in `format` to `outPath` (a file, or a folder for csv and neo4j), atomically: a failed
 * run leaves any existing output untouched. Used by `export` and by `build --format`.
 */
export async function writeGraphFile(graph: NewsGraph, format: string, outPath: string, options: ExportOptions = {}): Promise<void> {
  const found = findFormat(format);
  if (!found) throw new UsageError(`unknown format '${format}' (expected one of ${FORMAT_NAMES.join(", ")})`);
  if (found.output === "folder") await writeFolderAtomic(outPath, found.write(graph));
  else await writeAtomic(outPath, found.write(graph, options));
}
