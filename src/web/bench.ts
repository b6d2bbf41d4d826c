// The renderer benchmark (bench.html): a synthetic graph of ?nodes= / ?edges= (10k / 50k by default)
// drawn with the explorer's own renderer, then scripted pans, zooms, hovers and selections, timing
// every frame. Results go to the page and to `window.benchResult`.
import { syntheticGraph } from "../export/index.js";
import { buildDisplayGraph } from "./appearance.js";
import { seedPositions } from "./layout.js";
import { closedNeighbourhood, createRenderer, emptyView, repaint } from "./renderer.js";
import "./style.css";

interface Phase {
  phase: string;
  frames: number;
  meanMs: number;
  p95Ms: number;
  maxMs: number;
}

const params = new URLSearchParams(location.search);
const count = (name: string, fallback: number) => Math.max(1, Math.floor(Number(params.get(name)) || fallback));
const nodes = count("nodes", 10_000);
const edges = count("edges", 50_000);
const seed = count("seed", 1);
/** ?frames= caps the frames per phase: a quick correctness run under software rendering. */
const maxFrames = count("frames", Infinity);
const status = document.getElementById("bench-status")!;
const report = document.getElementById("bench-report")!;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Runs `step(i)` once per animation frame for `frames` frames and times the gaps between frames. */
async function measure(phase: string, wanted: number, step: (i: number) => void): Promise<Phase> {
  const frames = Math.min(wanted, maxFrames);
  const times: number[] = [];
  let last = await frame();
  for (let i = 0; i < frames; i++) {
    step(i);
    const now = await frame();
    times.push(now - last);
    last = now;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    phase,
    frames,
    meanMs: round(times.reduce((s, t) => s + t, 0) / times.length),
    p95Ms: round(sorted[Math.floor(sorted.length * 0.95)] ?? 0),
    maxMs: round(sorted[sorted.length - 1] ?? 0),
  };
}

async function run(): Promise<void> {
  const started = performance.now();
  const graph = syntheticGraph({ nodes, edges, seed });
  const display = buildDisplayGraph(graph);
  seedPositions(display, seed);
  const built = performance.now();
  const view = emptyView();
  const renderer = createRenderer(display, document.getElementById("sigma")!, view);
  const firstRender = performance.now();
  status.textContent = `${display.order} entities, ${display.size} relations · building ${Math.round(built - started)} ms · first render ${Math.round(firstRender - built)} ms`;

  const camera = renderer.getCamera();
  const keys = display.nodes();
  const phases: Phase[] = [];
  phases.push(await measure("idle", 60, () => renderer.refresh({ skipIndexation: true, partialGraph: { nodes: [], edges: [] } })));
  // Animated moves, as a user's pan and zoom: large graphs hide edges and labels meanwhile.
  phases.push(await measure("animated pan", 90, (i) => i === 0 && void camera.animate({ x: 0.8, y: 0.6 }, { duration: 1400 })));
  phases.push(await measure("animated zoom", 90, (i) => i === 0 && void camera.animate({ ratio: 0.2 }, { duration: 1400 })));
  phases.push(await measure("zoom by steps (full redraw)", 60, (i) => camera.setState({ ratio: 1 / (1 + 0.9 * Math.sin(i / 20)) })));
  camera.setState({ x: 0.5, y: 0.5, ratio: 1 });
  phases.push(
    await measure("hover (reducers, no re-indexing)", 120, (i) => {
      const node = keys[(i * 7919) % keys.length]!;
      view.hovered = node;
      view.hoveredNeighbours = closedNeighbourhood(display, node);
      repaint(renderer, display);
    }),
  );
  view.hovered = null;
  phases.push(
    await measure("select (reducers, no re-indexing)", 60, (i) => {
      const node = keys[(i * 104729) % keys.length]!;
      view.selected = node;
      view.selectedNeighbours = closedNeighbourhood(display, node);
      repaint(renderer, display);
    }),
  );
  const result = { nodes: display.order, edges: display.size, buildMs: Math.round(built - started), firstRenderMs: Math.round(firstRender - built), phases };
  (window as unknown as { benchResult: typeof result }).benchResult = result;
  const header = "phase".padEnd(44) + "frames".padStart(7) + "mean ms".padStart(9) + "p95 ms".padStart(8) + "max ms".padStart(8);
  report.textContent = [
    `${result.nodes} nodes, ${result.edges} edges (seed ${seed}); graph + display built in ${result.buildMs} ms, first render ${result.firstRenderMs} ms`,
    header,
    ...phases.map((p) => p.phase.padEnd(44) + String(p.frames).padStart(7) + String(p.meanMs).padStart(9) + String(p.p95Ms).padStart(8) + String(p.maxMs).padStart(8)),
  ].join("\n");
  status.textContent += " · done";
}

run().catch((error: Error) => {
  status.textContent = `Benchmark failed: ${error.message}`;
});
