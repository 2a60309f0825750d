import { describeError, type Output } from "../output.js";

/** Where a walk-through sends its calls. */
export interface Target {
  readonly baseURL: string;
  readonly apiKey: string;
}

/**
 * Runs one step: a call that should succeed, reported with what it returned. An unexpected error is
 * reported (with its real message) and ends the walk-through of that provider.
 */
export async function step<T>(out: Output, label: string, run: () => Promise<T>, show: (value: T) => string): Promise<T> {
  try {
    const value = await run();
    out.ok(label, show(value));
    return value;
  } catch (error) {
    out.fail(label, describeError(error));
    throw new StepFailed();
  }
}

/**
 * A step that should fail with a given error class: prints the real message a user would see.
 * Constructors that throw (a missing key) are run inside `run` too.
 */
export async function expectFailure(
  out: Output,
  label: string,
  run: () => unknown,
  expected: abstract new (...args: never[]) => Error,
): Promise<void> {
  try {
    await run();
    out.fail(label, `expected ${expected.name}, but the call succeeded`);
  } catch (error) {
    if (error instanceof expected) out.ok(label, describeError(error));
    else out.fail(label, `expected ${expected.name}, got ${describeError(error)}`);
  }
}

/** Thrown by `step` after reporting, to skip the rest of a walk-through. */
export class StepFailed extends Error {}
