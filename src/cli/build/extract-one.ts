import { extract } from "../../pipeline/extract.js";
import type { Extraction, InputDocument } from "../../pipeline/types.js";

/** A document's extraction, or why extraction failed (one document's failure does not stop a corpus). */
export type Outcome = { extraction: Extraction } | { failure: string };

export function extractOutcome(doc: InputDocument): Outcome {
  try {
    return { extraction: extract(doc) };
  } catch (error) {
    return { failure: `extraction failed (${error instanceof Error ? error.message.split("\n")[0] : String(error)})` };
  }
}
