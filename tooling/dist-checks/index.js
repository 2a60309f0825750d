// Checks on a package's *built* output (dist/). Jest tests src/, so it cannot see interop bugs of the
// ESM/CJS builds, a Node-only import that slipped into a browser entry, or an unguarded `process`.
import http from "node:http";
import vm from "node:vm";
import { build } from "esbuild";

/**
 * Bundles a small program for the browser with esbuild. Fails (with esbuild's message) when it, or
 * anything it imports, needs a Node built-in. `resolveDir` is where its imports resolve from (the
 * package directory, so the package can import itself by name).
 */
export async function bundleForBrowser(contents, { resolveDir, external = [], minify = false } = {}) {
  const result = await build({
    stdin: { contents, resolveDir, loader: "js" },
    minify,
    bundle: true,
    write: false,
    format: "iife",
    globalName: "__entry",
    platform: "browser",
    target: "es2022",
    external,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

/**
 * Runs browser-bundled code in a context that has the web platform's globals (fetch, URL, Headers,
 * AbortController, TextEncoder, timers, console) and no `process`, as in a browser or an edge runtime.
 * Answers the bundle's exports.
 */
export function runWithoutProcess(code, extraGlobals = {}) {
  const globals = {
    console, URL, URLSearchParams, Headers, Request, Response, FormData, Blob, ReadableStream,
    AbortController, AbortSignal, TextEncoder, TextDecoder, DOMException, Event, EventTarget,
    setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, structuredClone, atob, btoa,
    crypto: globalThis.crypto, fetch: globalThis.fetch, ...extraGlobals,
  };
  const context = vm.createContext({ ...globals });
  context.globalThis = context;
  context.self = context;
  vm.runInContext(code, context);
  if ("process" in context) throw new Error("the sandbox unexpectedly has a `process` global");
  return context.__entry;
}

/** A loopback HTTP server answering `handler(request, body)` → { status?, headers?, body } (JSON). */
export async function startServer(handler) {
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", async () => {
      const answer = await handler(request, body);
      response.writeHead(answer.status ?? 200, { "content-type": "application/json", ...answer.headers });
      response.end(typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body));
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
