import type { SetupServer } from "msw/node";

/** A request as the tests look at it. */
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** Parsed JSON body, or `undefined` when there is none. */
  body: unknown;
}

/**
 * Records every request msw sees during each test (the list starts empty for each test). `await recorded()` after the calls: bodies are
 * read asynchronously.
 */
export function recordRequests(server: SetupServer): () => Promise<RecordedRequest[]> {
  const pending: Promise<RecordedRequest>[] = [];
  const listener = ({ request }: { request: Request }) => {
    const copy = request.clone();
    pending.push(
      copy.text().then((text) => ({
        method: request.method,
        url: new URL(request.url),
        headers: request.headers,
        body: text === "" ? undefined : JSON.parse(text),
      })),
    );
  };
  server.events.on("request:start", listener);
  beforeEach(() => {
    pending.length = 0;
  });
  return () => Promise.all(pending);
}
