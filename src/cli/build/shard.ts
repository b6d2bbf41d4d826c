import { UsageError } from "../errors.js";
import type { UnitRange } from "../inputs.js";

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parses `--shard i/n` (1 <= i <= n). */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]), count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes i/n with 1 <= i <= n, got '${value}'`);
  return { index, count };
}

/**
 * The units of the i-th of n consecutive, near-equal slices of a corpus of `total` units. Slices are
 * consecutive so that merging the shards' graphs in order replays the corpus in order. The last slice is
 * open-ended, so nothing is lost if the corpus grew after it was counted.
 */
export function shardRange(shard: Shard, total: number): UnitRange {
  const from = Math.floor(((shard.index - 1) * total) / shard.count);
  const to = shard.index === shard.count ? Infinity : Math.floor((shard.index * total) / shard.count);
  return { from, to };
}
