// Node ids that graphology's multi graphs cannot hold, and the keys a file's such ids are read under.

/**
 * The names of Object.prototype's properties ("toString", "constructor", "hasOwnProperty", "__proto__",
 * ...). graphology 0.26 multi graphs keep each node's adjacency in a plain object: an edge to node
 * "toString" finds Object.prototype.toString there as if it were an earlier edge and links itself onto
 * that function, and an edge to "__proto__" replaces the adjacency object's prototype and gives every
 * object in the process a `previous` property. Either way the node's neighbours can no longer be walked.
 */
const UNSAFE_IDS = new Set(Object.getOwnPropertyNames(Object.prototype));

export const isUnsafeNodeId = (id: string): boolean => UNSAFE_IDS.has(id);

/**
 * The graph keys of a file's node ids (`ids`: all of them): each unsafe id gets itself plus "_" (more if
 * that is another id of the file), so no two ids share a key, and a warning says so. Other ids are their
 * own keys.
 */
export function nodeKeys(ids: Iterable<string>, warnings: { add(kind: string, message: string): void }): (id: string) => string {
  const all = [...ids];
  const unsafe = all.filter(isUnsafeNodeId);
  if (!unsafe.length) return (id) => id;
  const taken = new Set(all);
  const keys = new Map<string, string>();
  for (const id of unsafe) {
    if (keys.has(id)) continue;
    let key = `${id}_`;
    while (taken.has(key)) key += "_";
    taken.add(key);
    keys.set(id, key);
    warnings.add(`node-id-${id}`, `node id '${id}' is read as '${key}' (graphology graphs cannot hold node ids named like JavaScript object properties)`);
  }
  return (id) => keys.get(id) ?? id;
}
