import { fixture } from "./fixture";

/** A request as a custom fetch received it. */
export interface FetchCall {
  url: string;
  method: string;
  headers: Headers;
  credentials: RequestCredentials;
  body: string;
}

/**
 * A fetch-compatible stub answering every request with `GET /auth/me`'s body (2026-01-21 shape),
 * recording what it was asked. For tests that need no server: option precedence, headers, and
 * that a custom fetch is what the client uses.
 */
export function recordingFetch(answer: () => Response = () => Response.json(fixture("current-user-v20260121"))) {
  const calls: FetchCall[] = [];
  const fetch = jest.fn(async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    calls.push({
      url: request.url,
      method: request.method,
      headers: request.headers,
      credentials: request.credentials,
      body: await request.text(),
    });
    return answer();
  });
  return { fetch, calls };
}
