import { setupServer } from "msw/node";
import { type PhotaMockOptions, createPhotaMock } from "../src/mock";

/** A decoded answer of the fake. */
export interface Answer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the raw bytes for binary answers. */
  body: unknown;
}

/** Options of one call: a body to send as JSON, and the key (`null` sends no header). */
export interface CallOptions {
  body?: unknown;
  rawBody?: string;
  key?: string | null;
}

/**
 * A fake wired into an msw server for the current test file, reset after each test, plus a
 * small `call` helper that talks to it with plain `fetch`.
 */
export function useMock(options?: PhotaMockOptions) {
  const mock = createPhotaMock(options);
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => mock.reset());
  afterAll(() => server.close());

  async function call(method: string, path: string, init: CallOptions = {}): Promise<Answer> {
    const headers: Record<string, string> = {};
    const key = init.key === undefined ? mock.apiKey : init.key;
    if (key !== null) headers["X-API-Key"] = key;
    let body: string | undefined;
    if (init.rawBody !== undefined || init.body !== undefined) {
      headers["Content-Type"] = "application/json";
      body = init.rawBody ?? JSON.stringify(init.body);
    }
    const url = path.startsWith("http") ? path : `${mock.baseURL}${path}`;
    const response = await fetch(url, { method, headers, body });
    const type = response.headers.get("content-type") ?? "";
    const parsed = type.includes("json") ? ((await response.json()) as unknown) : new Uint8Array(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, body: parsed };
  }

  return { mock, server, call };
}

/** Reads a field of a JSON answer without casts at every use. */
export function field(answer: Answer, ...path: (string | number)[]): unknown {
  let value: unknown = answer.body;
  for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
  return value;
}

/** Standard base64 → bytes (Node's Buffer is fine in tests). */
export function fromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, "base64"));
}

/** PNG and JPEG signatures. */
export const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
export const JPEG_MAGIC = [0xff, 0xd8, 0xff];

/** Whether bytes start with a signature. */
export function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}
