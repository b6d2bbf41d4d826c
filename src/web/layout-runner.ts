// ForceAtlas2 in a web worker, with start/stop and an automatic stop once nodes barely move.
import supervisorModule from "graphology-layout-forceatlas2/worker.js";
import type { DisplayGraph } from "./appearance.js";
import { fa2Settings } from "./layout.js";

// CommonJS: the bundler hands over module.exports, which TypeScript (NodeNext) types as a namespace.
const FA2LayoutSupervisor = supervisorModule as unknown as typeof supervisorModule.default;
type FA2LayoutSupervisor = InstanceType<typeof FA2LayoutSupervisor>;

/** Poll period and thresholds of the convergence check. */
const POLL_MS = 250;
/** Converged when the mean move per poll is below this share of the layout's extent... */
const STILL = 0.0015;
/** ...on this many polls in a row. */
const STILL_POLLS = 3;
/** Upper bound on a run, so a layout that oscillates still ends. */
const MAX_RUN_MS = 20_000;

export class LayoutRunner {
  private supervisor: FA2LayoutSupervisor | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly graph: DisplayGraph,
    /** Called when a run ends, by the user or by convergence. */
    private readonly onStop: (converged: boolean) => void,
  ) {}

  get running(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  start(): void {
    if (this.running) return;
    this.supervisor ??= new FA2LayoutSupervisor(this.graph, { settings: fa2Settings(this.graph), getEdgeWeight: "weight" });
    this.supervisor.start();
    const started = Date.now();
    let previous = this.snapshot();
    let still = 0;
    this.timer = setInterval(() => {
      const current = this.snapshot();
      still = meanMove(previous, current) < STILL * extent(current) ? still + 1 : 0;
      previous = current;
      if (still >= STILL_POLLS) this.finish(true);
      else if (Date.now() - started > MAX_RUN_MS) this.finish(true);
    }, POLL_MS);
  }

  stop(): void {
    if (this.running) this.finish(false);
  }

  kill(): void {
    if (this.timer) clearInterval(this.timer);
    this.supervisor?.kill();
    this.supervisor = null;
  }

  private finish(converged: boolean): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.supervisor?.stop();
    this.onStop(converged);
  }

  private snapshot(): Float64Array {
    const xy = new Float64Array(this.graph.order * 2);
    let i = 0;
    this.graph.forEachNode((_node, attrs) => {
      xy[i++] = attrs.x;
      xy[i++] = attrs.y;
    });
    return xy;
  }
}

function meanMove(a: Float64Array, b: Float64Array): number {
  let total = 0;
  for (let i = 0; i < a.length; i += 2) total += Math.hypot(a[i]! - b[i]!, a[i + 1]! - b[i + 1]!);
  return a.length ? total / (a.length / 2) : 0;
}

function extent(xy: Float64Array): number {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < xy.length; i += 2) {
    minX = Math.min(minX, xy[i]!);
    maxX = Math.max(maxX, xy[i]!);
    minY = Math.min(minY, xy[i + 1]!);
    maxY = Math.max(maxY, xy[i + 1]!);
  }
  return Math.max(maxX - minX, maxY - minY, 1e-9);
}
