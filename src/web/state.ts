// The explorer's view state: everything a shared link or an undo step restores.
// Plain data only, so it can be compared, encoded into the URL and kept in the undo stack.

export type EgoDepth = 0 | 1 | 2 | 3;

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  /** Key of the selected node. */
  selected: string | null;
  /** Entity types switched off in the legend (sorted). */
  hiddenTypes: string[];
  /** Relations switched off (sorted). */
  hiddenRelations: string[];
  minDegree: number;
  /** Inclusive ISO dates (YYYY-MM-DD) bounding the documents whose evidence is shown. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Show only the selection's neighbourhood up to this depth; 0 = off. */
  ego: EgoDepth;
  largestComponent: boolean;
  search: string;
  query: string;
  camera: CameraView | null;
}

export const DEFAULT_STATE: ViewState = Object.freeze({
  selected: null,
  hiddenTypes: [],
  hiddenRelations: [],
  minDegree: 0,
  dateFrom: null,
  dateTo: null,
  ego: 0,
  largestComponent: false,
  search: "",
  query: "",
  camera: null,
}) as ViewState;

export const defaultState = (): ViewState => ({ ...DEFAULT_STATE, hiddenTypes: [], hiddenRelations: [] });

/** Adds or removes `value` from a sorted set kept as an array. */
export function toggled(values: readonly string[], value: string): string[] {
  const set = new Set(values);
  if (set.has(value)) set.delete(value);
  else set.add(value);
  return [...set].sort();
}

/** Returns a new state with `patch` applied; sets are kept sorted so equal views compare equal. */
export function withChanges(state: ViewState, patch: Partial<ViewState>): ViewState {
  const next = { ...state, ...patch };
  next.hiddenTypes = [...new Set(next.hiddenTypes)].sort();
  next.hiddenRelations = [...new Set(next.hiddenRelations)].sort();
  return next;
}

/** True when two states differ in what the undo stack tracks (everything but camera and typed search text). */
export function differsForUndo(a: ViewState, b: ViewState): boolean {
  return undoKey(a) !== undoKey(b);
}

const undoKey = (s: ViewState): string =>
  JSON.stringify([s.selected, s.hiddenTypes, s.hiddenRelations, s.minDegree, s.dateFrom, s.dateTo, s.ego, s.largestComponent, s.query]);
