import { http, HttpResponse, type HttpHandler } from "msw";
import * as v from "valibot";
import { checkAuthorization } from "./auth.js";
import type { MockContext } from "./context.js";
import { invalidParameters } from "./errors.js";

/** HTTP methods the API uses. */
export type Method = "get" | "post" | "put" | "patch" | "delete";

/** What a route's resolver receives. */
export interface RouteRequest {
  readonly request: Request;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
}

/** A success answer in Lambda's envelope: `{"data": payload}`. */
export function ok(payload: unknown, status = 200): Response {
  return HttpResponse.json({ data: payload }, { status });
}

/**
 * Top-level fields the body schema does not know are left out before validation, not refused: the
 * spec's request bodies do not forbid other properties, and a client may send a field newer than
 * the fake (Lambda ignoring such fields is assumed; it is not documented).
 */
function withoutUnknownFields(schema: v.GenericSchema, json: unknown): unknown {
  const entries = (schema as { entries?: Record<string, unknown> }).entries;
  if (!entries || typeof json !== "object" || json === null || Array.isArray(json)) return json;
  return Object.fromEntries(Object.entries(json).filter(([key]) => Object.hasOwn(entries, key)));
}

/**
 * Reads a JSON body and validates it with `schema`, ignoring top-level fields it does not know.
 * Unreadable JSON or a body the schema rejects becomes Lambda's 400 `global/invalid-parameters`,
 * naming the first offending field.
 */
export async function readBody<TSchema extends v.GenericSchema>(
  request: Request,
  schema: TSchema,
): Promise<{ ok: true; value: v.InferOutput<TSchema> } | { ok: false; response: Response }> {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return { ok: false, response: invalidParameters("The request body must be valid JSON.") };
  }
  const result = v.safeParse(schema, withoutUnknownFields(schema, json));
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const field = issue ? v.getDotPath(issue) : null;
  return { ok: false, response: invalidParameters(`${field ? `${field}: ` : ""}${issue?.message ?? "invalid body"}`) };
}

function stringParams(params: Record<string, string | readonly string[] | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === "string") result[key] = decodeURIComponent(value);
  }
  return result;
}

/**
 * One msw handler for `path` (below the base URL, `{param}` placeholders as in the spec), with
 * what every Lambda endpoint does first: canned failures (which act like the edge, before
 * authentication), then the documented 401 for a missing or wrong key.
 */
export function route(
  ctx: MockContext,
  method: Method | "all",
  path: string,
  resolve: (req: RouteRequest) => Response | Promise<Response>,
): HttpHandler {
  const url = ctx.baseURL + path.replace(/\{(\w+)\}/g, ":$1");
  return http[method](url, async ({ request, params }) => {
    const pathname = new URL(request.url).pathname;
    const apiPath = pathname.startsWith(ctx.basePath) ? pathname.slice(ctx.basePath.length) : pathname;
    const failure = ctx.failures.take(request.method, apiPath);
    if (failure && !failure.afterEffect) return failure.response;
    const denied = checkAuthorization(request, ctx.apiKey);
    const response =
      denied ?? (await resolve({ request, params: stringParams(params), query: new URL(request.url).searchParams }));
    return failure ? failure.response : response;
  });
}
