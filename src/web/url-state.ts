// View state <-> URL query string. Short, readable parameter names; defaults are left out so links stay short.
// Decoding never trusts the URL: unknown or malformed values fall back to the defaults.
import { defaultState, withChanges, type EgoDepth, type ViewState } from "./state.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Parameters the explorer owns; any other parameter in the URL (e.g. `graph`) is kept untouched. */
const OWN = ["sel", "hide", "hiderel", "deg", "from", "to", "ego", "lcc", "q", "cypher", "cam"];

const list = (value: string | null): string[] => (value ? value.split(",").filter(Boolean) : []);
const round = (n: number): string => String(Math.round(n * 10000) / 10000);

/** Writes `state` into `params` (a copy), leaving parameters the explorer does not own as they were. */
export function encodeState(state: ViewState, params = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const name of OWN) out.delete(name);
  if (state.selected !== null) out.set("sel", state.selected);
  if (state.hiddenTypes.length) out.set("hide", state.hiddenTypes.join(","));
  if (state.hiddenRelations.length) out.set("hiderel", state.hiddenRelations.join(","));
  if (state.minDegree > 0) out.set("deg", String(state.minDegree));
  if (state.dateFrom) out.set("from", state.dateFrom);
  if (state.dateTo) out.set("to", state.dateTo);
  if (state.ego > 0) out.set("ego", String(state.ego));
  if (state.largestComponent) out.set("lcc", "1");
  if (state.search) out.set("q", state.search);
  if (state.query) out.set("cypher", state.query);
  if (state.camera) out.set("cam", [state.camera.x, state.camera.y, state.camera.ratio].map(round).join(","));
  return out;
}

export function decodeState(params: URLSearchParams): ViewState {
  const state = defaultState();
  const degree = Number(params.get("deg"));
  const ego = Number(params.get("ego"));
  const camera = list(params.get("cam")).map(Number);
  const date = (name: string): string | null => {
    const value = params.get(name);
    return value && DATE.test(value) ? value : null;
  };
  return withChanges(state, {
    selected: params.get("sel") || null,
    hiddenTypes: list(params.get("hide")),
    hiddenRelations: list(params.get("hiderel")),
    minDegree: Number.isInteger(degree) && degree > 0 ? degree : 0,
    dateFrom: date("from"),
    dateTo: date("to"),
    ego: ([1, 2, 3].includes(ego) ? ego : 0) as EgoDepth,
    largestComponent: params.get("lcc") === "1",
    search: params.get("q") ?? "",
    query: params.get("cypher") ?? "",
    camera:
      camera.length === 3 && camera.every(Number.isFinite) && camera[2]! > 0
        ? { x: camera[0]!, y: camera[1]!, ratio: camera[2]! }
        : null,
  });
}
