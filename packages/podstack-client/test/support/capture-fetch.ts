import type { FetchFunction } from "../../src";

/** A fetch double that answers a whoami body and remembers each request's URL and headers. */
export function captureFetch(): FetchFunction & { calls: { url: string; headers: Headers }[] } {
  const calls: { url: string; headers: Headers }[] = [];
  const fetch = async (input: Request | string | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    calls.push({ url: request.url, headers: request.headers });
    return Response.json({ email: "user@example.com" });
  };
  return Object.assign(fetch, { calls });
}
