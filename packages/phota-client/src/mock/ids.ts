import type { PhotaMockState } from "./state";

const EPOCH = Date.UTC(2026, 0, 1);

function nextNumber(state: PhotaMockState): number {
  state.sequence += 1;
  return state.sequence;
}

function hex(value: number, width: number): string {
  return (value >>> 0).toString(16).padStart(width, "0").slice(-width);
}

/** A deterministic id with a prefix, e.g. `req_00000000002a`. */
export function nextId(state: PhotaMockState, prefix: string): string {
  return `${prefix}_${hex(nextNumber(state), 12)}`;
}

/** A deterministic id in UUID v4 shape (Phota's id format is not documented). */
export function nextUuid(state: PhotaMockState): string {
  const n = nextNumber(state);
  const a = Math.imul(n, 2654435761);
  const b = Math.imul(n ^ 0x5bd1e995, 40503);
  return `${hex(a, 8)}-${hex(b, 4)}-4${hex(a >>> 4, 3)}-8${hex(b >>> 3, 3)}-${hex(n, 12)}`;
}

/**
 * The fake clock: a fixed epoch plus one second per generated id, so timestamps are ordered and
 * reproducible without reading the real clock.
 */
export function fakeNow(state: PhotaMockState): string {
  return new Date(EPOCH + state.sequence * 1000).toISOString();
}
