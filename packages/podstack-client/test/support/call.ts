import { withProjectId } from "../../src/project-context";
import { buildPath, type OperationId, pathPlaceholders, ROUTES } from "../../src/routes";
import type { PodstackMock } from "../../src/mock";

/** What {@link call} sends. */
export interface CallOptions {
  id?: string;
  /** Other path parameters; placeholders not given are filled with "x". */
  params?: Record<string, string>;
  /** Sent where the routes table says (the client's rule). */
  projectId?: string;
  query?: Record<string, string>;
  body?: unknown;
  /** `null`: no Authorization header. Default: the mock's key. */
  token?: string | null;
  /** Replaces the whole Authorization header. */
  authorization?: string;
  /** Override the base URL (e.g. to add a trailing slash). */
  baseURL?: string;
}

/** A response as the tests look at it. */
export interface CallResult {
  status: number;
  headers: Headers;
  /** Parsed JSON, the raw text if not JSON, or `undefined` for an empty body. */
  body: unknown;
}

/**
 * Sends one operation to the fake with plain `fetch`, building the request from the routes table
 * and the project rule exactly as the client will.
 */
export async function call(
  mock: PodstackMock,
  operation: OperationId,
  options: CallOptions = {},
): Promise<CallResult> {
  const route = ROUTES[operation];
  const json = options.body as Record<string, unknown> | undefined;
  const parts = withProjectId(operation, options.projectId, {
    searchParams: { ...options.query },
    headers: {},
    ...(json === undefined ? {} : { json }),
  });
  const base = options.baseURL ?? mock.baseURL;
  const url = new URL(`${base.replace(/\/+$/, "")}/${buildPath(operation, {
    ...Object.fromEntries(pathPlaceholders(route.path).map((name) => [name, "x"])),
    ...(options.id === undefined ? {} : { id: options.id }),
    ...options.params,
  })}`);
  for (const [name, value] of Object.entries(parts.searchParams)) url.searchParams.set(name, value);
  const headers = new Headers(parts.headers);
  const token = options.token === undefined ? mock.apiKey : options.token;
  if (options.authorization !== undefined) headers.set("Authorization", options.authorization);
  else if (token !== null) headers.set("Authorization", `Bearer ${token}`);
  let body: string | undefined;
  if (parts.json !== undefined) {
    headers.set("Content-Type", "application/json");
    body = JSON.stringify(parts.json);
  }
  const response = await fetch(url, { method: route.method, headers, body });
  const text = await response.text();
  let parsed: unknown = text === "" ? undefined : text;
  try {
    parsed = text === "" ? undefined : JSON.parse(text);
  } catch {
    // keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** Narrows an unknown body to a record, failing the test otherwise. */
export function asRecord(body: unknown): Record<string, unknown> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new Error(`expected a JSON object, got ${JSON.stringify(body)}`);
  }
  return body as Record<string, unknown>;
}

/** Narrows an unknown body to an array of records. */
export function asList(body: unknown): Record<string, unknown>[] {
  if (!Array.isArray(body)) throw new Error(`expected a JSON array, got ${JSON.stringify(body)}`);
  return body as Record<string, unknown>[];
}
