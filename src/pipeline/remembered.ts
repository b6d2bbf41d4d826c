// Answers of pure look-ups that documents ask again and again (the same titles, the same bodies), remembered.

/** Answers remembered at most; past it they are forgotten, so a long run's memory stays bounded. */
const REMEMBERED = 10_000;

/** `read`, remembering its answer for each key (`read` must be pure: its answer hangs on the key alone). */
export function remembered<T>(read: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    if (known.size >= REMEMBERED) known.clear();
    const answer = read(key);
    known.set(key, answer);
    return answer;
  };
}
