import { RedirectError } from "../errors/redirect-error.js";
import { REDIRECTS } from "./bounded-fetch.js";
import type { PreparedTransport } from "./prepared-transport.js";

/** At most this many redirects per call: a loop of redirects must end. */
export const MAX_REDIRECTS = 5;

/** Where to send the request next after a redirect. */
export interface RedirectHop {
  readonly url: string;
  readonly method: string;
  /** 303 (and 301/302 answering a POST) repeat as a GET without the body. */
  readonly dropBody: boolean;
}

/**
 * Decides a response's redirect: undefined when it is not one (an answer like any other); the next
 * hop when it stays within the same origin (scheme, host and port), where the credential may go; a
 * {@link RedirectError} naming the target origin for anything else, before a byte is sent there.
 *
 * Own code, because ky (like fetch) follows a redirect with the same headers wherever it points;
 * requests go out with `redirect: "manual"` and come back here.
 */
export function nextRedirect(
  prepared: PreparedTransport,
  operation: string,
  method: string,
  url: string,
  response: Response,
  hops: number,
): RedirectHop | undefined {
  if (response.type === "opaqueredirect") {
    throw new RedirectError(
      `${prepared.provider} API answered ${operation} with a redirect whose target the browser hides, so it was not followed. ` +
        `Point the ${prepared.baseURLOption} option at the final address.`,
      { status: 0 },
    );
  }
  const location = response.headers.get("location");
  if (!REDIRECTS.has(response.status) || !location) return undefined;
  const from = new URL(url);
  const target = new URL(location, from);
  if (target.origin !== from.origin) {
    throw new RedirectError(
      `${prepared.provider} API redirected ${method} ${from.pathname} (${operation}) to ${target.origin}, another origin. ` +
        `It was not followed, so your credential was not sent there. If the API really moved, check the new address and set the ${prepared.baseURLOption} option to it.`,
      { status: response.status, location: target.href, targetOrigin: target.origin },
    );
  }
  if (hops + 1 >= MAX_REDIRECTS) {
    throw new RedirectError(
      `${prepared.provider} API redirected ${operation} more than ${MAX_REDIRECTS} times; stopped. Check the ${prepared.baseURLOption} option.`,
      { status: response.status, location: target.href, targetOrigin: target.origin },
    );
  }
  prepared.log.info(`${operation}: following a ${response.status} redirect to ${target.pathname}`);
  // Fetch's rules: 303 becomes GET, and so do 301/302 answering a POST; 307/308 repeat as they were.
  const toGet = response.status === 303 || ((response.status === 301 || response.status === 302) && method === "POST");
  return toGet ? { url: target.href, method: method === "HEAD" ? "HEAD" : "GET", dropBody: true } : { url: target.href, method, dropBody: false };
}
