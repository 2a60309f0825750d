import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { LambdaCloudMock } from "../../src/mock/index.js";

/** What a call through the fake returned. */
export interface ApiResult {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body; `undefined` when the body is not JSON. Parse it with a schema to read it. */
  json: unknown;
}

/** Options of one call. `authorization: null` sends no Authorization header at all. */
export interface CallOptions {
  body?: unknown;
  rawBody?: string;
  authorization?: string | null;
  headers?: Record<string, string>;
}

/**
 * A plain-`fetch` caller for the fake, authenticated with its key by default, so tests drive
 * it exactly as any HTTP client would.
 */
export function api(mock: LambdaCloudMock) {
  return async (method: string, path: string, options: CallOptions = {}): Promise<ApiResult> => {
    const headers = new Headers(options.headers);
    const authorization = options.authorization === undefined ? `Bearer ${mock.apiKey}` : options.authorization;
    if (authorization !== null) headers.set("authorization", authorization);
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers.set("content-type", "application/json");
    }
    const response = await fetch(`${mock.baseURL}${path}`, { method, headers, body });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };
}

/** Reads a JSON fixture of `test/fixtures`. */
export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(__dirname, "..", "fixtures", name), "utf8"));
}

type JsonContainer = Record<string, unknown> | unknown[];

function parentOf(root: unknown, path: string): { parent: JsonContainer; key: string } {
  const keys = path.split(".");
  const key = keys.pop() ?? "";
  let parent: unknown = root;
  for (const k of keys) parent = (parent as Record<string, unknown>)[k];
  if (typeof parent !== "object" || parent === null) throw new Error(`no object at ${path}`);
  return { parent: parent as JsonContainer, key };
}

/** A deep copy of `value` without the field at the dot `path` (e.g. `data.0.status`). */
export function without(value: unknown, path: string): unknown {
  const copy = structuredClone(value);
  const { parent, key } = parentOf(copy, path);
  delete (parent as Record<string, unknown>)[key];
  return copy;
}

/** A deep copy of `value` with the field at the dot `path` set to `replacement`. */
export function withValue(value: unknown, path: string, replacement: unknown): unknown {
  const copy = structuredClone(value);
  const { parent, key } = parentOf(copy, path);
  (parent as Record<string, unknown>)[key] = replacement;
  return copy;
}
