/**
 * Joins many small pieces into chunks of about `size` characters, so a writer can yield one piece per
 * node or edge while the file system sees a few large writes (one await per chunk, not per edge).
 */
export function* chunked(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  let buffer = "";
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= size) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}
