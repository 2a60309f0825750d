/** Where the demo writes: the terminal, or a buffer in tests. */
export interface Sink {
  write(text: string): void;
  /** True when the sink is a terminal that can redraw a line (for the progress indicator). */
  readonly isTTY: boolean;
}

const LABEL_WIDTH = 26;
const SPINNER = ["|", "/", "-", "\\"];

/**
 * Plain, aligned text: a heading per provider, then one line per step, `ok` or `FAIL`, the step's
 * name padded to one column, then what it showed. Counts failures for the exit code.
 */
export class Output {
  readonly #sink: Sink;
  failures = 0;

  constructor(sink: Sink) {
    this.#sink = sink;
  }

  /** A line of its own. */
  line(text = ""): void {
    this.#sink.write(`${text}\n`);
  }

  /** A provider's heading: its name and where its emulator (or the real API) listens. */
  heading(name: string, where: string): void {
    this.line();
    this.line(`${name.padEnd(14)}${where}`);
  }

  /** A step that behaved as expected. */
  ok(label: string, detail: string): void {
    this.line(`  ok    ${label.padEnd(LABEL_WIDTH)}${detail}`);
  }

  /** A step that did not: it makes the demo exit non-zero. */
  fail(label: string, detail: string): void {
    this.failures++;
    this.line(`  FAIL  ${label.padEnd(LABEL_WIDTH)}${detail}`);
  }

  /**
   * A wait in progress: on a terminal one line redrawn with a spinner and the latest state; elsewhere
   * nothing until it ends (the caller then reports the step with `ok` or `fail`).
   */
  progress(label: string): { update(state: string): void; clear(): void } {
    let frame = 0;
    const prefix = `  ..    ${label.padEnd(LABEL_WIDTH)}`;
    return {
      update: (state) => {
        if (!this.#sink.isTTY) return;
        this.#sink.write(`\r${prefix}${SPINNER[frame++ % SPINNER.length]} ${state}\x1b[K`);
      },
      clear: () => {
        if (this.#sink.isTTY) this.#sink.write("\r\x1b[K");
      },
    };
  }
}

/** `ok` or `fail` depending on a check, so a walk-through reads as a list of expectations. */
export function expectStep(out: Output, label: string, passed: boolean, detail: string): void {
  if (passed) out.ok(label, detail);
  else out.fail(label, detail);
}

/** A short form of an id for display: `0920582c…2549`. */
export function shortId(id: string): string {
  return id.length > 14 ? `${id.slice(0, 8)}…${id.slice(-4)}` : id;
}

/** `Name: message` of an error, as a user would see it printed. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
