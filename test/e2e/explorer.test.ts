// End-to-end: the explorer in headless chromium against vite's dev server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { buildArticlesGraph, OUTPUT, ROOT, startHarness, waitForGraph, type Harness } from "./harness.js";

const FIXTURE = "/?graph=/test/e2e/fixtures/hostile.json";
let h: Harness;

beforeAll(async () => {
  buildArticlesGraph();
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const shown = (page: Page) => page.locator("#shown").textContent();
const legendItem = (page: Page, value: string) => page.getByTestId("legend").locator(`button[data-value="${value}"]`);
const shot = (page: Page, name: string) => page.screenshot({ path: `${OUTPUT}/${name}.png` });

describe("explorer", () => {
  it("loads the built graph of data/articles and draws it", async () => {
    const page = await h.open("/");
    const status = await waitForGraph(page);
    const graph = JSON.parse(readFileSync(`${ROOT}/public/graph.json`, "utf8"));
    expect(status).toBe(`${graph.nodes.length} entities, ${graph.edges.length} relations`);
    expect(await page.locator("#sigma canvas").count()).toBeGreaterThan(2);
    await page.waitForTimeout(500);
    await shot(page, "load");
    await page.context().close();
  });

  it("filters by entity type from the legend, with counts", async () => {
    const page = await h.open(FIXTURE);
    expect(await waitForGraph(page)).toBe("8 entities, 8 relations");
    expect(await legendItem(page, "state").textContent()).toBe("state3");
    expect(await shown(page)).toBe("8 of 8 entities, 8 of 8 relations shown");
    await legendItem(page, "proposal").click();
    expect(await shown(page)).toBe("7 of 8 entities, 6 of 8 relations shown");
    expect(await legendItem(page, "proposal").getAttribute("aria-pressed")).toBe("false");
    expect(new URL(page.url()).searchParams.get("hide")).toBe("proposal");
    await shot(page, "legend-filter");
    await page.context().close();
  });

  it("filters by minimum degree, date range, neighbourhood and largest component", async () => {
    const page = await h.open(FIXTURE);
    await waitForGraph(page);
    await page.locator("#min-degree").fill("2");
    await page.locator("#min-degree").dispatchEvent("change");
    expect(await shown(page)).toBe("4 of 8 entities, 4 of 8 relations shown");
    await page.locator("#reset-filters").click();
    await page.locator("#date-from").fill("2025-07-01");
    expect(await shown(page)).toBe("3 of 8 entities, 2 of 8 relations shown");
    await page.locator("#reset-filters").click();
    await page.locator("#largest-component").check();
    expect(await shown(page)).toBe("5 of 8 entities, 6 of 8 relations shown");
    await page.locator("#largest-component").uncheck();
    await page.getByTestId("search").fill("zelensky");
    await page.getByTestId("search").press("Enter");
    await page.locator("#ego-depth").selectOption("1");
    expect(await shown(page)).toBe("2 of 8 entities, 1 of 8 relations shown");
    await page.locator("#ego-depth").selectOption("2");
    expect(await shown(page)).toBe("4 of 8 entities, 5 of 8 relations shown");
    expect(new URL(page.url()).searchParams.get("ego")).toBe("2");
    await page.context().close();
  });

  it("searches accent-insensitively and opens the panel with highlighted evidence", async () => {
    const page = await h.open(FIXTURE);
    await waitForGraph(page);
    const search = page.getByTestId("search");
    await search.fill("ERDOGAN");
    await expect.poll(() => page.locator("#search-results li").first().textContent()).toContain("Recep Tayyip Erdoğan");
    await search.press("Enter");
    const panel = page.getByTestId("entity-panel");
    await panel.waitFor({ state: "visible" });
    expect(await panel.locator("h2").textContent()).toBe("Recep Tayyip Erdoğan");
    expect(await panel.textContent()).toContain("Erdoğan hosted and mediated the talks with Russia.");
    expect(await panel.locator("mark").allTextContents()).toEqual(["Erdoğan", "Russia"]);
    const link = panel.locator(".source a");
    expect(await link.textContent()).toBe("<b>Talks</b> in Istanbul");
    expect(await link.getAttribute("href")).toBe("https://example.org/istanbul");
    expect(await panel.locator(".source time").textContent()).toContain("2025-06-02");
    // Keyboard navigation: the second hit for "u" is selectable with the arrow key.
    await search.fill("ukr");
    await search.press("ArrowDown");
    await search.press("Enter");
    await expect.poll(() => panel.locator("h2").textContent()).toBe("Ukraine");
    await page.locator(".relation-link", { hasText: "Russia" }).first().click();
    expect(await page.locator(".relation.focused").count()).toBe(1);
    await page.waitForTimeout(800);
    await shot(page, "search-panel");
    await page.context().close();
  });

  it("restores selection, filters and query from the URL", async () => {
    const page = await h.open(`${FIXTURE}&sel=russia&hide=place&deg=1&cypher=${encodeURIComponent("MATCH (n:Person) RETURN n")}`);
    await waitForGraph(page);
    expect(await page.getByTestId("entity-panel").locator("h2").textContent()).toBe("Russia");
    expect(await legendItem(page, "place").getAttribute("aria-pressed")).toBe("false");
    expect(await page.locator("#min-degree-value").textContent()).toBe("1");
    expect(await page.getByTestId("query-input").inputValue()).toBe("MATCH (n:Person) RETURN n");
    expect(await page.locator("#query-result .summary").textContent()).toContain("2 rows");
    // Changes made in the page survive a reload.
    await legendItem(page, "person").click();
    await page.waitForTimeout(400);
    await page.reload();
    await waitForGraph(page);
    expect(await legendItem(page, "person").getAttribute("aria-pressed")).toBe("false");
    expect(await page.getByTestId("entity-panel").locator("h2").textContent()).toBe("Russia");
    await page.context().close();
  });

  it("restores the camera from the URL", async () => {
    const where = async (path: string) => {
      const page = await h.open(path);
      await waitForGraph(page);
      await page.waitForTimeout(300);
      const position = await page.evaluate(() =>
        (window as unknown as { newsgraph: { nodeViewportPosition(n: string): { x: number; y: number } } }).newsgraph.nodeViewportPosition("gaza"),
      );
      const cam = new URL(page.url()).searchParams.get("cam");
      await page.context().close();
      return { position: position!, cam };
    };
    const plain = await where(FIXTURE);
    const zoomed = await where(`${FIXTURE}&cam=0.3,0.6,0.5`);
    expect(zoomed.cam).toBe("0.3,0.6,0.5");
    expect(Math.hypot(zoomed.position.x - plain.position.x, zoomed.position.y - plain.position.y)).toBeGreaterThan(50);
    expect(await where(`${FIXTURE}&cam=0.3,0.6,0.5`)).toEqual(zoomed);
  });

  it("undoes and redoes filters and selection with the keyboard", async () => {
    const page = await h.open(FIXTURE);
    await waitForGraph(page);
    await legendItem(page, "state").click();
    await page.getByTestId("search").fill("gaza");
    await page.getByTestId("search").press("Enter");
    await page.getByTestId("entity-panel").waitFor({ state: "visible" });
    await page.getByTestId("entity-panel").locator("button.close").click();
    await page.getByTestId("entity-panel").waitFor({ state: "hidden" });
    await page.keyboard.press("Control+z");
    await expect.poll(() => page.getByTestId("entity-panel").locator("h2").textContent()).toBe("Gaza");
    await page.keyboard.press("Control+z");
    await page.getByTestId("entity-panel").waitFor({ state: "hidden" });
    expect(await shown(page)).toBe("5 of 8 entities, 1 of 8 relations shown");
    await page.keyboard.press("Control+z");
    expect(await shown(page)).toBe("8 of 8 entities, 8 of 8 relations shown");
    await page.keyboard.press("Control+Shift+z");
    expect(await shown(page)).toBe("5 of 8 entities, 1 of 8 relations shown");
    await page.context().close();
  });

  it("runs ForceAtlas2 in a worker until it converges, and undoes the run", async () => {
    const page = await h.open(FIXTURE);
    await waitForGraph(page);
    expect(await page.locator("#undo").isDisabled()).toBe(true);
    await page.locator("#layout-toggle").click();
    expect(await page.locator("#layout-toggle").textContent()).toBe("Stop layout");
    await expect.poll(() => page.locator("#layout-status").textContent(), { timeout: 40_000 }).toBe("Layout converged.");
    expect(await page.locator("#layout-toggle").textContent()).toBe("Run ForceAtlas2");
    expect(await page.locator("#undo").isDisabled()).toBe(false);
    await page.keyboard.press("Control+z");
    expect(await page.locator("#undo").isDisabled()).toBe(true);
    expect(await page.locator("#redo").isDisabled()).toBe(false);
    await page.context().close();
  });

  it("highlights on hover and pins a dragged node, undoably", async () => {
    const page = await h.open(FIXTURE);
    await waitForGraph(page);
    const position = () =>
      page.evaluate(() => (window as unknown as { newsgraph: { nodeViewportPosition(n: string): { x: number; y: number; pinned: boolean } } }).newsgraph.nodeViewportPosition("egypt"));
    const canvas = (await page.locator("#sigma").boundingBox())!;
    const start = (await position())!;
    expect(start.pinned).toBe(false);
    await page.mouse.move(canvas.x + start.x, canvas.y + start.y, { steps: 4 });
    await expect.poll(() => page.locator("#sigma").evaluate((el) => el.style.cursor)).toBe("pointer");
    await shot(page, "hover");
    await page.mouse.down();
    await page.mouse.move(canvas.x + start.x + 80, canvas.y + start.y + 60, { steps: 8 });
    await page.mouse.up();
    const end = (await position())!;
    expect(end.pinned).toBe(true);
    expect(Math.hypot(end.x - start.x - 80, end.y - start.y - 60)).toBeLessThan(5);
    expect(await page.getByTestId("entity-panel").isHidden()).toBe(true); // a drag is not a click
    await page.keyboard.press("Control+z");
    const back = (await position())!;
    expect(Math.hypot(back.x - start.x, back.y - start.y)).toBeLessThan(1);
    expect(back.pinned).toBe(false);
    await page.context().close();
  });

  it("runs a Cypher query and highlights and lists the result", async () => {
    const page = await h.open(FIXTURE);
    await waitForGraph(page);
    await page.getByTestId("query-input").fill("MATCH (a:State)-[r:REJECTED]->(p) RETURN a, r, p");
    await page.getByTestId("query-run").click();
    const result = page.locator("#query-result");
    await expect.poll(() => result.locator(".summary").textContent()).toBe("1 row · 2 entities, 1 relation highlighted");
    expect(await result.locator("td").allTextContents()).toEqual(["Russia", "(Russia)-[:REJECTED]->(unconditional ceasefire)", "unconditional ceasefire"]);
    await shot(page, "query");
    await page.getByTestId("query-input").fill("MATCH (n RETURN n");
    await page.getByTestId("query-run").click();
    await expect.poll(() => result.locator(".error").count()).toBe(1);
    await page.context().close();
  });

  it("exports GEXF, JSON and PNG downloads", async () => {
    const page = await h.open(FIXTURE);
    await waitForGraph(page);
    const save = async (button: string): Promise<Buffer> => {
      const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), page.locator(button).click()]);
      const path = `${OUTPUT}/${download.suggestedFilename()}`;
      await download.saveAs(path);
      return readFileSync(path);
    };
    const gexf = (await save("#export-gexf")).toString("utf8");
    expect(gexf).toMatch(/^<\?xml/);
    expect(gexf).toContain("&lt;img src=x");
    const json = JSON.parse((await save("#export-json")).toString("utf8"));
    expect(json.nodes).toHaveLength(8);
    const png = await save("#export-png");
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    await page.context().close();
  });

  it("keeps markup from graph files inert", async () => {
    const page = await h.open(FIXTURE);
    await waitForGraph(page);
    await page.getByTestId("search").fill("evil");
    await page.getByTestId("search").press("Enter");
    const panel = page.getByTestId("entity-panel");
    await panel.waitFor({ state: "visible" });
    expect(await panel.locator("h2").textContent()).toBe('<img src=x onerror="window.__pwned=1">Evil Corp');
    expect(await panel.textContent()).toContain("<script>window.__pwned=1</script>");
    expect(await page.locator("body img, body script:not([src])").count()).toBe(0);
    // The javascript: URL is shown as text, never as a link.
    expect(await panel.locator(".source a").count()).toBe(0);
    // And the page refuses inline script outright.
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__pwned = 1";
      document.body.appendChild(script);
    });
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    h.errors.length = 0; // the refused inline script above is reported as a CSP violation on purpose
    await shot(page, "markup-inert");
    await page.context().close();
  });

  it("builds the graph of a pasted article in the page, markup inert", async () => {
    const page = await h.open(FIXTURE);
    await waitForGraph(page);
    const article =
      "<script>window.__pwned=1</script>Russia rejected a proposal for an unconditional ceasefire on Monday. " +
      "Ukrainian President Volodymyr Zelensky accused Russia of stalling the talks in Istanbul. " +
      'Egypt proposed a two-day ceasefire in Gaza. <img src=x onerror="window.__pwned=1">';
    await page.getByTestId("article-input").fill(article);
    await page.getByTestId("build-button").click();
    await expect
      .poll(() => page.getByTestId("status").textContent(), { timeout: 60_000 })
      .not.toBe("8 entities, 8 relations");
    const status = (await page.getByTestId("status").textContent()) ?? "";
    expect(status).toMatch(/^\d+ entities, \d+ relations$/);
    expect(Number(status.split(" ")[0])).toBeGreaterThan(2);
    await page.getByTestId("search").fill("russia");
    await page.getByTestId("search").press("Enter");
    await expect.poll(() => page.getByTestId("entity-panel").locator("h2").textContent()).toBe("Russia");
    expect(await page.locator("body img").count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.waitForTimeout(500);
    await shot(page, "pasted-article");
    await page.context().close();
  });

  it("reports a readable error for a bad file, then loads a dropped GEXF", async () => {
    const page = await h.open(FIXTURE);
    await waitForGraph(page);
    await page.locator("#file-input").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"nodes": [') });
    await expect.poll(() => page.locator("#message").textContent()).toMatch(/^broken\.json: not valid JSON/);
    expect(await page.getByTestId("status").textContent()).toBe("8 entities, 8 relations");
    // A dropped file replaces the graph (and clears the URL state of the old one).
    const gexf = readFileSync(`${ROOT}/test/e2e/fixtures/two-states.gexf`, "utf8");
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "two-states.gexf", { type: "application/xml" }));
      document.getElementById("stage")!.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, gexf);
    await expect.poll(() => page.getByTestId("status").textContent()).toBe("2 entities, 1 relations");
    expect(await page.locator("#source").textContent()).toBe("two-states.gexf");
    expect(new URL(page.url()).search).toBe("");
    await page.context().close();
  });

  it("runs the renderer benchmark page and reports frame times", async () => {
    // Small and few frames: swiftshader takes seconds per frame at 10k/50k, so software rendering only checks
    // that the page works; the 10k/50k measurement is for a machine with a GPU (see src/web/README.md).
    const page = await h.open("/bench.html?nodes=400&edges=2000&frames=2");
    const result = await page.waitForFunction(() => (window as { benchResult?: unknown }).benchResult, undefined, { timeout: 120_000 });
    const { nodes, edges, phases } = (await result.jsonValue()) as { nodes: number; edges: number; phases: { phase: string; frames: number; meanMs: number }[] };
    expect(nodes).toBe(400);
    expect(edges).toBeGreaterThan(1900); // repeated source/relation/target triples merge into one edge
    expect(phases.map((p) => p.phase)).toContain("hover (reducers, no re-indexing)");
    expect(phases.every((p) => p.frames === 2 && p.meanMs > 0)).toBe(true);
    expect(await page.getByTestId("bench-report").textContent()).toMatch(/mean ms/);
    await shot(page, "bench");
    await page.context().close();
  }, 150_000);

  it("raised no page errors or CSP violations", () => {
    expect(h.errors).toEqual([]);
  });
});
