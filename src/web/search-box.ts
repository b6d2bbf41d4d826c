// The search field: results as you type, arrow keys to move, Enter to select and fly to the entity.
import { h, replace } from "./dom.js";
import type { SearchHit, SearchIndex } from "./search.js";

export class SearchBox {
  private hits: SearchHit[] = [];
  private active = -1;
  private open = false;
  index: SearchIndex | null = null;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLElement,
    private readonly onPick: (node: string) => void,
    private readonly onType: (text: string) => void,
    /** Colour of a hit's entity type, for the dot before its name. */
    private readonly colorOf: (node: string) => string,
  ) {
    input.addEventListener("input", () => {
      this.update();
      this.onType(input.value);
    });
    input.addEventListener("keydown", (event) => this.key(event));
    input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    input.addEventListener("focus", () => this.update());
  }

  set value(text: string) {
    this.input.value = text;
  }

  private update(): void {
    this.open = this.input.value.trim() !== "";
    this.hits = this.index?.search(this.input.value, 12) ?? [];
    this.active = this.hits.length ? 0 : -1;
    this.render();
  }

  private key(event: KeyboardEvent): void {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!this.hits.length) return this.update();
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.render();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (!this.hits.length) this.update();
      const hit = this.hits[Math.max(0, this.active)];
      if (hit) this.pick(hit);
    } else if (event.key === "Escape") {
      this.close();
      this.input.blur();
    }
  }

  private pick(hit: SearchHit): void {
    this.close();
    this.onPick(hit.node);
  }

  private close(): void {
    this.open = false;
    this.hits = [];
    this.active = -1;
    this.render();
  }

  private render(): void {
    this.list.hidden = !this.open;
    this.input.setAttribute("aria-expanded", String(!this.list.hidden));
    if (this.list.hidden) return replace(this.list);
    if (!this.hits.length) return replace(this.list, h("li", { class: "empty" }, "No matching entity"));
    replace(
      this.list,
      ...this.hits.map((hit, i) => {
        const item = h(
          "li",
          {
            class: i === this.active ? "active" : "",
            attrs: { role: "option", "aria-selected": String(i === this.active), id: `search-hit-${i}` },
            // mousedown, not click: the input's blur would close the list first.
            on: { mousedown: (event) => (event.preventDefault(), this.pick(hit)) },
          },
          h("span", { class: "swatch", attrs: { style: `background:${this.colorOf(hit.node)}` } }),
          h("span", { class: "hit-label" }, hit.label),
          hit.via ? h("span", { class: "hit-via" }, `also “${hit.via}”`) : null,
        );
        return item;
      }),
    );
    if (this.active >= 0) this.input.setAttribute("aria-activedescendant", `search-hit-${this.active}`);
  }
}
