// Progress of a corpus build on stderr: a self-rewriting line when stderr is a terminal, nothing otherwise.

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

const REDRAW_MS = 200;

const clock = (seconds: number) => {
  const s = Math.max(0, Math.round(seconds));
  return s >= 3600 ? `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}` : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

export const count = (n: number) => n.toLocaleString("en-US");

/** "1 document", "3,000 documents". */
export const counted = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

export class Progress {
  private done = 0;
  private words = 0;
  private readonly started = performance.now();
  private drawn = -Infinity;
  private shown = false;

  /** total: units expected, when known. */
  constructor(private readonly stream: ProgressStream, private readonly total?: number) {}

  /** One unit done (a document, skipped or not), with its words. */
  advance(words: number): void {
    this.done++;
    this.words += words;
    if (!this.stream.isTTY) return;
    const now = performance.now();
    if (now - this.drawn < REDRAW_MS) return;
    this.drawn = now;
    this.stream.write(`\r\x1b[K${this.line(now)}`);
    this.shown = true;
  }

  /** Clears the progress line. */
  finish(): void {
    if (this.shown) this.stream.write("\r\x1b[K");
    this.shown = false;
  }

  private line(now: number): string {
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.words / seconds : 0;
    const parts = [this.total ? `${count(this.done)}/${count(this.total)} documents` : `${count(this.done)} documents`, `${count(Math.round(rate))} words/s`];
    if (this.total && this.done) parts.push(`ETA ${clock(((this.total - this.done) * seconds) / this.done)}`);
    return parts.join("  ");
  }
}

export interface BuildSummary {
  documents: number;
  words: number;
  entities: number;
  relations: number;
  seconds: number;
  skipped: number;
  /** Documents already in the graph given to --into, with the same content. */
  unchanged: number;
}

/** The line printed at the end of a build. */
export function summaryLine(s: BuildSummary): string {
  const parts = [
    counted(s.documents, "document"), counted(s.words, "word"), counted(s.entities, "entity", "entities"), counted(s.relations, "relation"),
    `${s.seconds.toFixed(1)} s`, `${count(s.skipped)} skipped`,
  ];
  if (s.unchanged) parts.push(`${count(s.unchanged)} already in the graph`);
  return parts.join(", ");
}
