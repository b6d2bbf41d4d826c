import { rmSync } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import { dirname, basename, join } from "node:path";
import { UsageError } from "./errors.js";

/** Temporary files and folders being written now, removed if the process is interrupted. */
const pending = new Set<string>();

/** Removes the temporary outputs of writes still under way (synchronous: called as the process ends on a signal). */
export function removePendingOutputs(): void {
  for (const path of pending) rmSync(path, { recursive: true, force: true });
  pending.clear();
}

/** Fails with a clear message when the folder an output goes into does not exist. */
export async function assertOutputDir(path: string): Promise<void> {
  const dir = dirname(path);
  const info = await stat(dir).catch(() => null);
  if (!info || !info.isDirectory()) throw new UsageError(`output directory does not exist: ${dir}`);
}

/**
 * Writes a file atomically: chunks go to a temporary file beside the target, renamed over it only
 * when everything was written, so a failed run never leaves a half-written or clobbered output.
 */
export async function writeAtomic(path: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  await assertOutputDir(path);
  if ((await stat(path).catch(() => null))?.isDirectory()) throw new UsageError(`output is a directory, not a file: ${path}`);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  pending.add(tmp);
  const handle = await open(tmp, "w");
  try {
    for await (const chunk of chunks) await handle.write(chunk);
    await handle.close();
    await rename(tmp, path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw error;
  } finally {
    pending.delete(tmp);
  }
}

/**
 * Writes a folder of files atomically: built in a temporary sibling folder, then moved into place.
 * An existing folder is replaced only after the new one is complete.
 */
export async function writeFolderAtomic(path: string, files: Record<string, Iterable<string> | AsyncIterable<string>>): Promise<void> {
  await assertOutputDir(path);
  const existing = await stat(path).catch(() => null);
  if (existing && !existing.isDirectory()) throw new UsageError(`output is a file, not a folder: ${path}`);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmpdir`);
  await rm(tmp, { recursive: true, force: true });
  pending.add(tmp);
  await mkdir(tmp);
  try {
    for (const [name, chunks] of Object.entries(files)) await writeAtomic(join(tmp, name), chunks);
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    pending.delete(tmp);
    throw error;
  }
  // Two renames: the old folder is set aside (and put back on failure), never deleted before the new one is in place.
  const old = join(dirname(path), `.${basename(path)}.${process.pid}.old`);
  if (existing) await rename(path, old);
  try {
    await rename(tmp, path);
  } catch (error) {
    if (existing) await rename(old, path);
    await rm(tmp, { recursive: true, force: true });
    throw error;
  } finally {
    pending.delete(tmp);
  }
  if (existing) await rm(old, { recursive: true, force: true });
}
