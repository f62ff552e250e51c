// A one-line progress display on standard error, redrawn a few times a second.
import type { Writable } from 'node:stream';

export interface ProgressCounts {
  documents: number;
  errors: number;
}

const REDRAW_MS = 250;

export class Progress {
  private total: number | null = null;
  private readonly started = performance.now();
  private readonly timer: NodeJS.Timeout;
  private drawn = false;

  constructor(
    private readonly out: Writable,
    private readonly counts: ProgressCounts,
  ) {
    this.timer = setInterval(() => this.draw(), REDRAW_MS);
    this.timer.unref();
  }

  /** Called once the inputs are all walked: from then on the line shows done / total. */
  setTotal(total: number): void {
    this.total = total;
  }

  line(now = performance.now()): string {
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.counts.documents / seconds : 0;
    const done = this.total === null ? `${this.counts.documents}` : `${this.counts.documents}/${this.total}`;
    const errors = this.counts.errors === 1 ? '1 error' : `${this.counts.errors} errors`;
    return `${done} documents, ${rate.toFixed(0)} docs/s, ${errors}`;
  }

  private draw(): void {
    this.out.write(`\r\x1b[K${this.line()}`);
    this.drawn = true;
  }

  /** Stops redrawing and clears the line, so the summary line starts clean. */
  stop(): void {
    clearInterval(this.timer);
    if (this.drawn) this.out.write('\r\x1b[K');
  }
}
