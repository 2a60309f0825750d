import { HttpResponse } from "msw";
import type { RouteInfo } from "../context";
import { notFound, validationError } from "../responses";
import { advance, findCvm } from "../state";
import type { MockCvm } from "../types";
import { toCvmState } from "../views/runtime";

/** Whether a `GET /cvms/{id}/state` asks for the event stream rather than one JSON state. */
export function wantsEventStream(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("text/event-stream");
}

const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * `GET /cvms/{id}/state?target=…` as server-sent events. Each pull sends the CVM's state and moves
 * it one transition forward, without waiting (the fake's time advances on reads): `complete` once
 * the status is `target`, `timeout` when no transition is left and the status is not `target` —
 * the server would keep polling until its `timeout`; the fake ends at once so a client reconnects.
 */
export function streamState(info: RouteInfo): Response {
  const target = info.url.searchParams.get("target");
  if (!target) return validationError(info.state, [{ loc: ["query", "target"], msg: "Field required", type: "missing" }]);
  const cvm: MockCvm | undefined = findCvm(info.state, info.params.cvmId as string);
  if (!cvm) return notFound(info.state, "CVM");
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const state = toCvmState(cvm);
      let chunk = frame("state", state);
      if (cvm.status === target) {
        chunk += frame("complete", { ...state, target });
      } else if (cvm.pending.length === 0) {
        chunk += frame("timeout", { message: `Timed out waiting for status '${target}'`, status: cvm.status });
      } else {
        advance(cvm);
        controller.enqueue(encoder.encode(chunk));
        return;
      }
      controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new HttpResponse(body, { headers: { "content-type": "text/event-stream", "cache-control": "no-cache" } });
}
