/**
 * A caller's AbortSignal, fanned out to one AbortController per call through a single listener.
 *
 * Own code, because ky links a caller's signal with `AbortSignal.any()` per request, which adds one
 * listener to that signal per call in flight: 128 concurrent calls sharing one signal then print
 * Node's MaxListenersExceededWarning, and a long-lived signal collects listeners. Here each signal
 * gets one listener, whatever the number of calls, removed when its last call ends.
 */
interface FanOut {
  readonly controllers: Set<AbortController>;
  readonly onAbort: () => void;
}

const fanOuts = new WeakMap<AbortSignal, FanOut>();

/** A signal that aborts with the caller's reason; `unlink()` it when the call ends. */
export interface LinkedSignal {
  readonly signal: AbortSignal;
  unlink(): void;
}

export function linkSignal(caller: AbortSignal): LinkedSignal {
  const controller = new AbortController();
  if (caller.aborted) {
    controller.abort(caller.reason);
    return { signal: controller.signal, unlink: () => undefined };
  }
  let fanOut = fanOuts.get(caller);
  if (!fanOut) {
    const controllers = new Set<AbortController>();
    const onAbort = () => {
      fanOuts.delete(caller);
      for (const each of controllers) each.abort(caller.reason);
    };
    fanOut = { controllers, onAbort };
    fanOuts.set(caller, fanOut);
    caller.addEventListener("abort", onAbort, { once: true });
  }
  fanOut.controllers.add(controller);
  const linked = fanOut;
  return {
    signal: controller.signal,
    unlink: () => {
      linked.controllers.delete(controller);
      // The last call of this signal ended: nothing of ours stays on a long-lived signal.
      if (linked.controllers.size === 0 && fanOuts.get(caller) === linked) {
        fanOuts.delete(caller);
        caller.removeEventListener("abort", linked.onAbort);
      }
    },
  };
}
