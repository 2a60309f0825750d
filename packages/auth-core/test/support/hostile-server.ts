import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** How the server treats a request: it may answer, stall, drip or flood. */
export type Behaviour = (request: IncomingMessage, response: ServerResponse, socket: Socket) => void;

/**
 * A real HTTP server on 127.0.0.1 with a random port, for what msw cannot show: sockets that stay open
 * or close, bytes that arrive one at a time. It counts connections and knows how many are open now;
 * `close()` destroys whatever is left, and every timer it starts is cleared when its socket closes.
 */
export interface HostileServer {
  readonly url: string;
  /** Connections accepted so far. */
  readonly connections: () => number;
  /** Connections open right now. */
  readonly open: () => number;
  /** The most requests that were in flight (on open connections) at the same time. */
  readonly peakOpen: () => number;
  /** Requests received so far. */
  readonly requests: () => IncomingMessage[];
  /**
   * Resolves once no connection that carried a request is open, or rejects after `ms`. (After an
   * aborted request undici opens a fresh idle connection to the pool at once; that one carries
   * nothing and keeps no process alive, so it is not counted.)
   */
  readonly allClosed: (ms: number) => Promise<number>;
  close(): Promise<void>;
}

export async function startHostileServer(behaviour: Behaviour): Promise<HostileServer> {
  const sockets = new Set<Socket>();
  const requests: IncomingMessage[] = [];
  let connections = 0;
  let peak = 0;
  const closedWaiters: (() => void)[] = [];
  const used = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    requests.push(request);
    used.add(request.socket);
    peak = Math.max(peak, used.size);
    behaviour(request, response, request.socket);
  });
  server.on("connection", (socket) => {
    connections++;
    sockets.add(socket);
    socket.on("close", () => {
      sockets.delete(socket);
      used.delete(socket);
      if (used.size === 0) for (const waiter of closedWaiters.splice(0)) waiter();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    open: () => sockets.size,
    peakOpen: () => peak,
    requests: () => requests,
    allClosed: (ms) => {
      const started = Date.now();
      if (used.size === 0) return Promise.resolve(0);
      return new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${used.size} connection(s) that carried a request still open after ${ms} ms`)), ms);
        closedWaiters.push(() => {
          clearTimeout(timer);
          resolve(Date.now() - started);
        });
      });
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Headers, then one byte every `everyMs` for as long as the socket is open. */
export function drip(everyMs: number): Behaviour {
  return (_request, response, socket) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.write("[");
    const timer = setInterval(() => response.write(" "), everyMs);
    socket.on("close", () => clearInterval(timer));
  };
}

/** Headers, then data as fast as the socket takes it, without end (no content-length). */
export function flood(): Behaviour {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  return (_request, response, socket) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.write("[");
    let open = true;
    socket.on("close", () => (open = false));
    const pump = () => {
      while (open && response.write(chunk)) {
        /* keep writing until the socket pushes back */
      }
      if (open) response.once("drain", pump);
    };
    pump();
  };
}

/** Accepts the request and never answers. */
export const stall: Behaviour = () => undefined;
