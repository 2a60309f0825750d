import { PhotaClient, type PhotaClientOptions } from "../src";
import type { PhotaMockOptions } from "../src/mock";
import { useMock } from "./support";

/** One request as it left the client. */
export interface SentRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The body as text ("" for none). */
  body: Promise<string>;
}

/**
 * The fake (see `useMock`), a log of every request the client sent, and a client factory wired to
 * the fake's key. Retries default to none, so a test opts into them explicitly.
 */
export function useClient(mockOptions?: PhotaMockOptions) {
  const context = useMock(mockOptions);
  const sent: SentRequest[] = [];
  context.server.events.on("request:start", ({ request }) => {
    const copy = request.clone();
    sent.push({ method: request.method, url: new URL(request.url), headers: request.headers, body: copy.text() });
  });
  afterEach(() => {
    sent.length = 0;
    context.server.resetHandlers();
  });

  function makeClient(options: PhotaClientOptions = {}): PhotaClient {
    return new PhotaClient({ apiKey: context.mock.apiKey, maxRetries: 0, ...options });
  }

  /** The JSON body of the `index`-th request sent. */
  async function sentJson(index = 0): Promise<Record<string, unknown>> {
    const request = sent[index];
    if (!request) throw new Error(`no request #${index} was sent (sent: ${sent.length})`);
    return JSON.parse(await request.body) as Record<string, unknown>;
  }

  return { ...context, sent, sentJson, makeClient };
}

/** The rejection of a promise that must reject (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the call to reject, but it resolved");
}

/** RFC 4122 version-4 UUID. */
export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A profile of the default seed that is READY. */
export const READY_PROFILE = "8c4b0a1e-5d2f-4e7a-9b13-6f0e2d7c9a41";
