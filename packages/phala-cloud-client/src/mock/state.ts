import { defaultPhalaCloudMockSeed } from "./seed";
import { timestamp } from "./ids";
import type { MockCvm, PhalaCloudMockSeed, PhalaCloudMockState } from "./types";

/** A fresh state from the default seed with the caller's parts swapped in (deep-copied). */
export function createState(seed: Partial<PhalaCloudMockSeed> | undefined): PhalaCloudMockState {
  const data = structuredClone({ ...defaultPhalaCloudMockSeed(), ...seed });
  const maxId = data.cvms.reduce((max, cvm) => Math.max(max, cvm.id), 100);
  return {
    ...data,
    provisions: {},
    pendingUpdates: {},
    counters: { cvm: maxId, sshKey: data.sshKeys.length, nonce: 0, tick: 0, request: 0, correlation: 0 },
  };
}

/** The fake's next timestamp (one minute later each call). */
export function now(state: PhalaCloudMockState): string {
  return timestamp(state.counters.tick++);
}

/** A new correlation id for an operation. */
export function newCorrelationId(state: PhalaCloudMockState): string {
  return `corr_${(++state.counters.correlation).toString().padStart(6, "0")}`;
}

function stripPrefix(value: string): string {
  return value.replace(/^(app_|0x)/i, "").toLowerCase();
}

/**
 * The CVM a `{cvmId}` path segment names, as the server resolves it: hashed id, numeric id,
 * `app_<hex>` or bare app id, VM UUID with or without dashes, instance id, or name.
 */
export function findCvm(state: PhalaCloudMockState, segment: string): MockCvm | undefined {
  const raw = decodeURIComponent(segment);
  const bare = stripPrefix(raw);
  return state.cvms.find(
    (cvm) =>
      cvm.hashed_id === raw ||
      String(cvm.id) === raw ||
      cvm.app_id === bare ||
      cvm.vm_uuid.replace(/-/g, "") === raw.replace(/-/g, "").toLowerCase() ||
      (cvm.instance_id !== null && cvm.instance_id === raw) ||
      cvm.name === raw,
  );
}

/** The CVMs of an app id given with or without `app_`/`0x`. */
export function findAppCvms(state: PhalaCloudMockState, appId: string): MockCvm[] {
  const bare = stripPrefix(decodeURIComponent(appId));
  return state.cvms.filter((cvm) => cvm.app_id === bare);
}

/**
 * Reads happen-before time: the caller renders the CVM, then this moves it one state forward.
 * That is how the fake's time advances — on reads, not on the clock.
 */
export function advance(cvm: MockCvm): void {
  const next = cvm.pending.shift();
  if (next === undefined) return;
  cvm.status = next;
  if (cvm.pending.length === 0) cvm.progress = null;
}

/** Starts a transition: `status` now, then `later` one per read; records the progress target. */
export function transition(
  state: PhalaCloudMockState,
  cvm: MockCvm,
  status: string,
  later: string[],
): void {
  cvm.status = status;
  cvm.pending = [...later];
  const target = later[later.length - 1] ?? status;
  cvm.progress = { target, started_at: now(state), correlation_id: newCorrelationId(state) };
  cvm.updated_at = cvm.progress.started_at;
}
