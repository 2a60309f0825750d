import type { HttpResponseResolver, PathParams } from "msw";
import { type ApiVersion, DEFAULT_API_VERSION, isSupportedApiVersion } from "../api-version";
import { NOT_AUTHENTICATED_DETAIL, PHALA_CLOUD_MOCK_SESSION_COOKIE_NAME } from "./constants";
import type { FailureQueue } from "./fail-next";
import { detailError } from "./responses";
import type { PhalaCloudMockState } from "./types";

/** What every handler of one mock shares. `state` is replaced by `reset()`. */
export interface MockContext {
  readonly base: string;
  readonly apiKey: string;
  readonly sessionCookie: string;
  state: PhalaCloudMockState;
  readonly failures: FailureQueue;
  /** Answer in the reference SDK's shapes where they differ (see `PhalaCloudMockOptions.referenceShapes`). */
  readonly referenceShapes: boolean;
}

/** What a route receives once the request passed the failure queue and the credential check. */
export interface RouteInfo {
  request: Request;
  url: URL;
  params: Record<string, string>;
  /** The requested `X-Phala-Version`, or the default when absent or unknown (as the API does). */
  version: ApiVersion;
  state: PhalaCloudMockState;
}

/** The version a request asks for; unknown versions fall back to the default silently. */
export function requestedVersion(request: Request): ApiVersion {
  const header = request.headers.get("x-phala-version");
  return isSupportedApiVersion(header) ? header : DEFAULT_API_VERSION;
}

/**
 * Wraps a route: queued failures first, then the credential (`X-API-Key`, or the session cookie
 * when no key header is sent), then the route. A wrong or missing credential gets FastAPI's 401.
 */
export function route(
  ctx: MockContext,
  handle: (info: RouteInfo) => Response | Promise<Response>,
): HttpResponseResolver<PathParams, never> {
  return ({ request, params, cookies }) => {
    const injected = ctx.failures.take();
    if (injected) return injected;
    const key = request.headers.get("x-api-key");
    const authenticated =
      key !== null ? key === ctx.apiKey : cookies[PHALA_CLOUD_MOCK_SESSION_COOKIE_NAME] === ctx.sessionCookie;
    if (!authenticated) return detailError(ctx.state, 401, NOT_AUTHENTICATED_DETAIL);
    const flat: Record<string, string> = {};
    for (const [name, value] of Object.entries(params)) flat[name] = Array.isArray(value) ? value.join("/") : String(value);
    return handle({ request, url: new URL(request.url), params: flat, version: requestedVersion(request), state: ctx.state });
  };
}
