import { RedirectError } from "../errors/redirect-error.js";
import type { PreparedTransport } from "./prepared-transport.js";
import { REDIRECTS, sendAttempt, type Attempt, type AttemptResult } from "./send-attempt.js";

const MAX_REDIRECTS = 5;

/** An attempt's result, with the URL that finally answered. */
export interface FinalResult extends AttemptResult {
  readonly url: string;
}

/**
 * Sends an attempt and follows redirects only within the same origin (scheme, host and port), where
 * the credential may go. A redirect anywhere else is a {@link RedirectError} naming the target
 * origin, raised before a single byte is sent there.
 */
export async function sendFollowingRedirects(prepared: PreparedTransport, first: Attempt): Promise<FinalResult> {
  let attempt = first;
  for (let hops = 0; ; hops++) {
    const result = await sendAttempt(attempt);
    const { response } = result;
    if (response.type === "opaqueredirect") {
      throw new RedirectError(
        `${prepared.provider} API answered ${attempt.operation} with a redirect whose target the browser hides, so it was not followed. ` +
          `Point the ${prepared.baseURLOption} option at the final address.`,
        { status: 0 },
      );
    }
    const location = response.headers.get("location");
    if (!REDIRECTS.has(response.status) || !location) return { ...result, url: attempt.url };

    const from = new URL(attempt.url);
    const target = new URL(location, from);
    if (target.origin !== from.origin) {
      throw new RedirectError(
        `${prepared.provider} API redirected ${attempt.method} ${from.pathname} (${attempt.operation}) to ${target.origin}, another origin. ` +
          `It was not followed, so your credential was not sent there. If the API really moved, check the new address and set the ${prepared.baseURLOption} option to it.`,
        { status: response.status, location: target.href, targetOrigin: target.origin },
      );
    }
    if (hops + 1 >= MAX_REDIRECTS) {
      throw new RedirectError(
        `${prepared.provider} API redirected ${attempt.operation} more than ${MAX_REDIRECTS} times; stopped. Check the ${prepared.baseURLOption} option.`,
        { status: response.status, location: target.href, targetOrigin: target.origin },
      );
    }
    prepared.log.info(`${attempt.operation}: following a ${response.status} redirect to ${target.pathname}`);
    attempt = redirected(attempt, response.status, target.href);
  }
}

// Fetch's rules: 303 becomes GET, and so do 301/302 answering a POST; 307/308 repeat as they were.
function redirected(attempt: Attempt, status: number, url: string): Attempt {
  const toGet = status === 303 || ((status === 301 || status === 302) && attempt.method === "POST");
  if (!toGet) return { ...attempt, url };
  const headers = { ...attempt.headers };
  delete headers["content-type"];
  return { ...attempt, url, method: attempt.method === "HEAD" ? "HEAD" : "GET", body: undefined, headers };
}
