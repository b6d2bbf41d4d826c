// The explorer: owns the loaded graph, the view state and its history, and keeps sigma, the panels,
// the URL and the controls in step with them.
import { MultiDirectedGraph } from "graphology";
import type Sigma from "sigma";
import { downloadAsPNG } from "@sigma/export-image";
import type { NewsGraph } from "../graph/types.js";
import { entityColor, writeGexf, writeJson } from "../export/index.js";
import { buildDisplayGraph, type DisplayGraph } from "./appearance.js";
import { download, replace } from "./dom.js";
import { computeVisibility, dateExtent, documentDates, filterKey, type Visibility } from "./filters.js";
import { applyPositions, readPositions, removeOverlaps, seedPositions, settleLayout, type Positions } from "./layout.js";
import { LayoutRunner } from "./layout-runner.js";
import { renderRelationLegend, renderTypeLegend } from "./legend.js";
import { renderPanel } from "./panel.js";
import { closedNeighbourhood, createRenderer, emptyView, repaint, type Renderer, type View } from "./renderer.js";
import { SearchBox } from "./search-box.js";
import { SearchIndex } from "./search.js";
import { defaultState, differsForUndo, toggled, withChanges, type EgoDepth, type ViewState } from "./state.js";
import { UndoStack } from "./undo.js";
import { encodeState } from "./url-state.js";
import { QueryBox, type RunQuery } from "./query-box.js";
import { query } from "../query/index.js";

/** What an undo step restores: the view and the node positions (layout runs and drags are undoable). */
interface Snapshot {
  state: ViewState;
  positions: Positions;
}

/** Queries that write run on a copy: the explorer shows the loaded graph as it is. */
const WRITE_CLAUSE = /\b(CREATE|MERGE|SET|DELETE|REMOVE)\b/i;
const runQuery: RunQuery = (graph, text) =>
  query(WRITE_CLAUSE.test(text) ? graph.copy() : graph, text, undefined, { timeoutMs: 5000, maxRows: 5000, onWarning: () => {} });

/** Graphs up to this many nodes are laid out before the first paint; larger ones start the worker. */
const SYNC_LAYOUT_MAX_NODES = 2000;

const byId = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id} in index.html`);
  return el as T;
};

export class Explorer {
  private graph: NewsGraph = new MultiDirectedGraph();
  private display: DisplayGraph = new MultiDirectedGraph();
  private renderer: Renderer | null = null;
  private layout: LayoutRunner | null = null;
  private view: View = emptyView();
  private state: ViewState = defaultState();
  private history = new UndoStack<Snapshot>();
  private positions: Positions = new Map();
  private visibility: Visibility = { nodes: new Set(), edges: new Set() };
  /** The filters `visibility` was computed for. */
  private filterKey: string | null = null;
  private layoutStart: Snapshot | null = null;
  private readonly search: SearchBox;
  private readonly query: QueryBox;
  private readonly el = {
    status: byId("status"),
    source: byId("source"),
    stage: byId("sigma"),
    panel: byId("entity-panel"),
    legend: byId("legend"),
    relations: byId("relation-filter"),
    shown: byId("shown"),
    degree: byId<HTMLInputElement>("min-degree"),
    degreeValue: byId("min-degree-value"),
    dateFrom: byId<HTMLInputElement>("date-from"),
    dateTo: byId<HTMLInputElement>("date-to"),
    ego: byId<HTMLSelectElement>("ego-depth"),
    largest: byId<HTMLInputElement>("largest-component"),
    layoutToggle: byId<HTMLButtonElement>("layout-toggle"),
    layoutStatus: byId("layout-status"),
    undo: byId<HTMLButtonElement>("undo"),
    redo: byId<HTMLButtonElement>("redo"),
    message: byId("message"),
  };

  constructor() {
    this.search = new SearchBox(
      byId<HTMLInputElement>("search"),
      byId("search-results"),
      (node) => this.select(node, { animate: true }),
      // Typed text only goes to the URL: nothing on screen depends on it until a hit is picked.
      (text) => {
        this.state = { ...this.state, search: text };
        this.writeUrl();
      },
      (node) => entityColor(this.graph.getNodeAttribute(node, "entityType")),
    );
    this.query = new QueryBox(byId<HTMLTextAreaElement>("query-input"), byId("query-run"), byId("query-result"), {
      run: (text) => this.setState({ query: text }),
      select: (node) => this.select(node, { animate: true }),
      labelOf: (node) => (this.graph.hasNode(node) ? String(this.graph.getNodeAttribute(node, "label") ?? node) : node),
    }, runQuery);
    this.bindControls();
  }

  /** Shows `graph`, restoring `state` (from the URL) when given. Loading is not undoable: history starts afresh. */
  load(graph: NewsGraph, source: string, state: ViewState = defaultState()): void {
    this.layout?.kill();
    this.renderer?.kill();
    this.graph = graph;
    this.display = buildDisplayGraph(graph);
    if (graph.order <= SYNC_LAYOUT_MAX_NODES) settleLayout(this.display, 1, graph.order > 500 ? 100 : 300);
    else seedPositions(this.display, 1);
    this.positions = readPositions(this.display);
    this.view = emptyView();
    this.filterKey = null;
    this.history = new UndoStack();
    this.state = withChanges(state, { selected: state.selected !== null && graph.hasNode(state.selected) ? state.selected : null });
    this.search.index = new SearchIndex(graph);
    this.search.value = this.state.search;
    this.query.reset();

    this.renderer = createRenderer(this.display, this.el.stage, this.view);
    this.layout = new LayoutRunner(this.display, (converged) => this.layoutStopped(converged));
    this.bindRenderer(this.renderer);
    if (this.state.camera) this.renderer.getCamera().setState(this.state.camera);

    replace(this.el.status, `${graph.order} entities, ${graph.size} relations`);
    replace(this.el.source, source);
    const extent = dateExtent(documentDates(graph.getAttribute("documents")));
    for (const input of [this.el.dateFrom, this.el.dateTo]) {
      input.min = extent?.[0] ?? "";
      input.max = extent?.[1] ?? "";
      input.disabled = extent === null;
    }
    let maxDegree = 0;
    graph.forEachNode((node) => (maxDegree = Math.max(maxDegree, graph.degree(node))));
    this.el.degree.max = String(Math.max(1, maxDegree));
    this.apply();
    if (graph.order > SYNC_LAYOUT_MAX_NODES) this.startLayout();
  }

  showMessage(text: string | null): void {
    this.el.message.hidden = text === null;
    replace(this.el.message, text ?? "");
  }

  /** Clears the shown graph and says why (e.g. no graph.json yet). */
  showEmpty(reason: string): void {
    replace(this.el.status, "No graph loaded");
    this.showMessage(reason);
  }

  setState(patch: Partial<ViewState>, record = true): void {
    const next = withChanges(this.state, patch);
    if (record && differsForUndo(this.state, next)) this.history.record(this.snapshot());
    this.state = next;
    this.apply();
  }

  select(node: string | null, options: { animate?: boolean } = {}): void {
    this.view.focusedEdge = null;
    this.setState({ selected: node });
    if (node !== null && options.animate && this.display.hasNode(node)) this.flyTo([...closedNeighbourhood(this.display, node)]);
  }

  undo(): void {
    const snapshot = this.history.undo(this.snapshot());
    if (snapshot) this.restore(snapshot);
  }

  redo(): void {
    const snapshot = this.history.redo(this.snapshot());
    if (snapshot) this.restore(snapshot);
  }

  /** Where `node` is drawn, in pixels from the graph canvas' top-left corner (for scripts and tests). */
  nodeViewportPosition(node: string): { x: number; y: number; pinned: boolean } | null {
    const data = this.renderer?.getNodeDisplayData(node);
    if (!this.renderer || !data) return null;
    return { ...this.renderer.framedGraphToViewport(data), pinned: this.display.getNodeAttribute(node, "fixed") === true };
  }

  private snapshot(): Snapshot {
    return { state: this.state, positions: this.positions };
  }

  private restore(snapshot: Snapshot): void {
    if (snapshot.positions !== this.positions) {
      this.layout?.stop();
      applyPositions(this.display, snapshot.positions);
      this.positions = snapshot.positions;
    }
    // Undo walks filters, selection, query and layout; the camera and the typed search stay where the user is.
    this.state = { ...snapshot.state, camera: this.state.camera, search: this.state.search };
    this.view.focusedEdge = null;
    this.apply();
  }

  /** Brings everything in line with `this.state`. */
  private apply(): void {
    const { graph, state, view } = this;
    // Filters change what is drawn (sigma re-indexes); selection and query only recolour (reducers, no re-indexing).
    const key = filterKey(state);
    const refilter = key !== this.filterKey;
    if (refilter) {
      this.filterKey = key;
      this.visibility = computeVisibility(graph, state);
      const all = this.visibility.nodes.size === graph.order && this.visibility.edges.size === graph.size;
      view.visibleNodes = all ? null : this.visibility.nodes;
      view.visibleEdges = all ? null : this.visibility.edges;
    }
    view.selected = state.selected;
    view.selectedNeighbours = state.selected !== null && graph.hasNode(state.selected) ? closedNeighbourhood(this.display, state.selected) : new Set();
    const results = this.query.show(state.query, graph);
    view.resultNodes = results?.nodes ?? null;
    view.resultEdges = results?.edges ?? null;
    if (refilter) this.renderer?.refresh();
    else if (this.renderer) repaint(this.renderer, this.display);

    renderTypeLegend(this.el.legend, graph, this.visibility.nodes, state.hiddenTypes, (t) =>
      this.setState({ hiddenTypes: toggled(this.state.hiddenTypes, t) }),
    );
    renderRelationLegend(this.el.relations, graph, this.visibility.edges, state.hiddenRelations, (r) =>
      this.setState({ hiddenRelations: toggled(this.state.hiddenRelations, r) }),
    );
    replace(
      this.el.shown,
      `${this.visibility.nodes.size} of ${graph.order} entities, ${this.visibility.edges.size} of ${graph.size} relations shown`,
    );
    this.el.degree.value = String(state.minDegree);
    replace(this.el.degreeValue, String(state.minDegree));
    this.el.dateFrom.value = state.dateFrom ?? "";
    this.el.dateTo.value = state.dateTo ?? "";
    this.el.ego.value = String(state.ego);
    this.el.ego.disabled = state.selected === null;
    this.el.largest.checked = state.largestComponent;
    this.renderPanel();
    this.el.undo.disabled = !this.history.canUndo;
    this.el.redo.disabled = !this.history.canRedo;
    this.writeUrl();
  }

  private renderPanel(): void {
    renderPanel(this.el.panel, this.graph, this.state.selected, this.view.focusedEdge, {
      focusEdge: (edge) => this.focusEdge(edge),
      select: (node) => this.select(node, { animate: true }),
      close: () => this.select(null),
    });
  }

  private focusEdge(edge: string): void {
    if (!this.display.hasEdge(edge)) return;
    this.view.focusedEdge = this.view.focusedEdge === edge ? null : edge;
    this.view.focusedEnds = new Set(this.display.extremities(edge));
    if (this.renderer) repaint(this.renderer, this.display);
    this.renderPanel();
    if (this.view.focusedEdge) this.flyTo(this.display.extremities(edge));
  }

  /** Animates the camera to centre `nodes` (a node and its neighbours, or a relation's ends), fitting them in view. */
  private flyTo(nodes: string[]): void {
    const renderer = this.renderer;
    if (!renderer) return;
    const points = nodes.map((n) => renderer.getNodeDisplayData(n)).filter((d) => d !== undefined);
    if (!points.length) return;
    const x = points.reduce((s, p) => s + p.x, 0) / points.length;
    const y = points.reduce((s, p) => s + p.y, 0) / points.length;
    // One node: keep the zoom unless zoomed far out; several: fit them with some context around.
    const camera = renderer.getCamera();
    const spread = Math.max(...points.map((p) => Math.hypot(p.x - x, p.y - y)));
    const ratio = points.length === 1 ? Math.min(camera.ratio, 0.6) : Math.min(1.1, Math.max(0.15, spread * 4));
    camera.animate({ x, y, ratio }, { duration: 600 });
  }

  private writeUrl(): void {
    const params = encodeState(this.state, new URLSearchParams(location.search)).toString();
    const url = params ? `${location.pathname}?${params}` : location.pathname;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, "", url);
  }

  private startLayout(): void {
    if (!this.layout || this.layout.running) return;
    this.layoutStart = this.snapshot();
    this.layout.start();
    this.el.layoutToggle.textContent = "Stop layout";
    replace(this.el.layoutStatus, "ForceAtlas2 running…");
  }

  private layoutStopped(converged: boolean): void {
    this.el.layoutToggle.textContent = "Run ForceAtlas2";
    replace(this.el.layoutStatus, converged ? "Layout converged." : "Layout stopped.");
    this.layoutChanged(this.layoutStart);
    this.layoutStart = null;
  }

  /** Records a finished layout change (run, noverlap, drag) as one undo step. */
  private layoutChanged(before: Snapshot | null): void {
    if (before) this.history.record(before);
    this.positions = readPositions(this.display);
    this.el.undo.disabled = !this.history.canUndo;
    this.el.redo.disabled = !this.history.canRedo;
  }

  private bindRenderer(renderer: Renderer): void {
    const view = this.view;
    renderer.on("enterNode", ({ node }) => {
      view.hovered = node;
      view.hoveredNeighbours = closedNeighbourhood(this.display, node);
      repaint(renderer, this.display);
      this.el.stage.style.cursor = "pointer";
    });
    renderer.on("leaveNode", () => {
      view.hovered = null;
      repaint(renderer, this.display);
      this.el.stage.style.cursor = "";
    });

    // Drag to pin: a dragged node keeps its place (FA2 skips `fixed` nodes) until the layout is reset.
    let dragged: string | null = null;
    let moved = false;
    let before: Snapshot | null = null;
    renderer.on("downNode", ({ node }) => {
      dragged = node;
      moved = false;
      before = this.snapshot();
      if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
    });
    renderer.on("moveBody", ({ event }) => {
      if (dragged === null) return;
      const position = renderer.viewportToGraph(event);
      this.display.mergeNodeAttributes(dragged, { x: position.x, y: position.y, fixed: true });
      moved = true;
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    const release = () => {
      if (dragged !== null && moved) this.layoutChanged(before);
      dragged = null;
    };
    renderer.on("upNode", release);
    renderer.on("upStage", release);
    renderer.on("clickNode", ({ node }) => {
      if (!moved) this.select(node);
    });
    renderer.on("clickStage", () => {
      if (this.view.focusedEdge || this.state.selected !== null) this.select(null);
    });

    let cameraTimer: ReturnType<typeof setTimeout> | undefined;
    renderer.getCamera().on("updated", (camera) => {
      clearTimeout(cameraTimer);
      cameraTimer = setTimeout(() => {
        this.state = { ...this.state, camera: { x: camera.x, y: camera.y, ratio: camera.ratio } };
        this.writeUrl();
      }, 250);
    });
  }

  private bindControls(): void {
    const { el } = this;
    el.degree.addEventListener("change", () => this.setState({ minDegree: Number(el.degree.value) || 0 }));
    el.degree.addEventListener("input", () => replace(el.degreeValue, el.degree.value));
    el.dateFrom.addEventListener("change", () => this.setState({ dateFrom: el.dateFrom.value || null }));
    el.dateTo.addEventListener("change", () => this.setState({ dateTo: el.dateTo.value || null }));
    el.ego.addEventListener("change", () => this.setState({ ego: Number(el.ego.value) as EgoDepth }));
    el.largest.addEventListener("change", () => this.setState({ largestComponent: el.largest.checked }));
    byId("reset-filters").addEventListener("click", () =>
      this.setState({ hiddenTypes: [], hiddenRelations: [], minDegree: 0, dateFrom: null, dateTo: null, ego: 0, largestComponent: false, query: "" }),
    );
    el.layoutToggle.addEventListener("click", () => (this.layout?.running ? this.layout.stop() : this.startLayout()));
    byId("layout-noverlap").addEventListener("click", () => {
      const before = this.snapshot();
      removeOverlaps(this.display);
      this.layoutChanged(before);
    });
    byId("layout-reset").addEventListener("click", () => {
      this.layout?.stop();
      const before = this.snapshot();
      this.display.forEachNode((node) => this.display.removeNodeAttribute(node, "fixed"));
      settleLayout(this.display, 1, this.display.order > 500 ? 100 : 300);
      this.layoutChanged(before);
      this.renderer?.getCamera().animatedReset({ duration: 400 });
    });
    el.undo.addEventListener("click", () => this.undo());
    el.redo.addEventListener("click", () => this.redo());
    byId("export-gexf").addEventListener("click", () => this.exportFile("gexf"));
    byId("export-json").addEventListener("click", () => this.exportFile("json"));
    byId("export-png").addEventListener("click", () => {
      if (this.renderer) void downloadAsPNG(this.renderer as unknown as Sigma, { fileName: "newsgraph", backgroundColor: "#ffffff" });
    });
    document.addEventListener("keydown", (event) => {
      const target = event.target as HTMLElement | null;
      const typing = target !== null && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !typing && event.key.toLowerCase() === "z") {
        event.preventDefault();
        if (event.shiftKey) this.redo();
        else this.undo();
      } else if (mod && !typing && event.key.toLowerCase() === "y") {
        event.preventDefault();
        this.redo();
      } else if (event.key === "Escape" && !typing && this.state.selected !== null) this.select(null);
      else if (event.key === "/" && !typing) {
        event.preventDefault();
        byId("search").focus();
      }
    });
  }

  /** GEXF or JSON of what is shown, with the positions on screen. */
  private exportFile(format: "gexf" | "json"): void {
    const shown: NewsGraph = new MultiDirectedGraph();
    shown.replaceAttributes({ ...this.graph.getAttributes() });
    this.visibility.nodes.forEach((node) => shown.addNode(node, { ...this.graph.getNodeAttributes(node) }));
    this.visibility.edges.forEach((edge) =>
      shown.addEdgeWithKey(edge, this.graph.source(edge), this.graph.target(edge), { ...this.graph.getEdgeAttributes(edge) }),
    );
    if (format === "gexf") {
      const positions = new Map<string, { x: number; y: number }>();
      shown.forEachNode((node) => positions.set(node, { x: this.display.getNodeAttribute(node, "x"), y: this.display.getNodeAttribute(node, "y") }));
      download("newsgraph.gexf", [...writeGexf(shown, { positions })], "application/gexf+xml");
    } else download("newsgraph.json", [...writeJson(shown)], "application/json");
  }
}
