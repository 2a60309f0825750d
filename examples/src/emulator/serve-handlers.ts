import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { getResponse, type RequestHandler } from "msw";

/** A running emulator of one API. */
export interface RunningEmulator {
  /** Base URL the client should use, e.g. `http://127.0.0.1:41234/api/v1`. */
  readonly baseURL: string;
  /** Stops the server; resolves once every connection is closed. */
  close(): Promise<void>;
}

/**
 * Serves msw request handlers over real HTTP on 127.0.0.1: each incoming request becomes a fetch
 * `Request`, is answered by the handlers (msw's `getResponse`), and the `Response` is written back.
 * The handlers are the package's own `/mock` fake, so the emulator and the tests share one behaviour.
 *
 * `createHandlers(baseURL)` receives the final base URL (the port is only known once listening).
 */
export async function serveHandlers(
  basePath: string,
  createHandlers: (baseURL: string) => readonly RequestHandler[],
): Promise<RunningEmulator> {
  let handlers: readonly RequestHandler[] = [];
  const server = createServer((incoming, outgoing) => {
    void answer(incoming, outgoing, handlers);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const baseURL = `http://127.0.0.1:${port}${basePath}`;
  handlers = createHandlers(baseURL);
  return {
    baseURL,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function answer(incoming: IncomingMessage, outgoing: ServerResponse, handlers: readonly RequestHandler[]) {
  try {
    const origin = incoming.headers.origin;
    if (origin !== undefined && incoming.method === "OPTIONS" && incoming.headers["access-control-request-method"] !== undefined) {
      outgoing.writeHead(204, preflightHeaders(origin, incoming.headers["access-control-request-headers"]));
      outgoing.end();
      return;
    }
    const request = await toRequest(incoming);
    const response = (await getResponse([...handlers], request)) ?? Response.json({ detail: "Not Found (no emulator route)" }, { status: 404 });
    const headers: Record<string, string | string[]> = {};
    response.headers.forEach((value, name) => {
      // Headers.forEach yields each Set-Cookie separately; keep them all.
      if (name === "set-cookie") headers[name] = [...((headers[name] as string[] | undefined) ?? []), value];
      else headers[name] = value;
    });
    if (origin !== undefined) Object.assign(headers, corsHeaders(origin, Object.keys(headers)));
    outgoing.writeHead(response.status, response.statusText, headers);
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    outgoing.writeHead(500, { "content-type": "text/plain" });
    outgoing.end(`emulator error: ${(error as Error).message}`);
  }
}

async function toRequest(incoming: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const method = incoming.method ?? "GET";
  const body = chunks.length > 0 && method !== "GET" && method !== "HEAD" ? Buffer.concat(chunks) : undefined;
  return new Request(`http://${incoming.headers.host}${incoming.url}`, { method, headers, body });
}

/**
 * CORS for a page served from another origin (the runtime tests' browser page): the caller's origin is
 * echoed, with credentials, so `credentials: "include"` (Phala's cookie mode) works. Only the emulator
 * does this; it answers only on 127.0.0.1.
 */
function corsHeaders(origin: string, exposed: readonly string[]): Record<string, string> {
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-credentials": "true",
    vary: "Origin",
    ...(exposed.length > 0 ? { "access-control-expose-headers": exposed.filter((name) => name !== "set-cookie").join(", ") } : {}),
  };
}

function preflightHeaders(origin: string, requestedHeaders: string | undefined): Record<string, string> {
  return {
    ...corsHeaders(origin, []),
    "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE",
    ...(requestedHeaders !== undefined ? { "access-control-allow-headers": requestedHeaders } : {}),
    "access-control-max-age": "600",
  };
}
