import { type OperationId, PROJECT_CONTEXT, type ProjectPlacement, ROUTES } from "./routes";

const placementOf = (operation: OperationId): ProjectPlacement => ROUTES[operation].project;

/** The parts of a request the project id can live in (ky-style names). */
export interface WireParts {
  /** The query parameters, by name. */
  searchParams: Record<string, string>;
  /** The request headers, by name. */
  headers: Record<string, string>;
  /** The JSON body, for routes that have one. */
  json?: Record<string, unknown>;
}

/**
 * Puts the project id where {@link ROUTES} says this operation carries it. The caller passes the
 * effective project (a per-call `project_id` if given, else the client's), so this overwrites.
 * Returns new objects; the input is not modified.
 *
 * @example
 * ```ts
 * withProjectId("pods.list", "13056913-…", { searchParams: {}, headers: {} });
 * // { searchParams: { project_id: "13056913-…" }, headers: {} }
 * ```
 */
export function withProjectId(
  operation: OperationId,
  projectId: string | undefined,
  parts: WireParts,
): WireParts {
  const next: WireParts = {
    searchParams: { ...parts.searchParams },
    headers: { ...parts.headers },
    ...(parts.json === undefined ? {} : { json: { ...parts.json } }),
  };
  if (projectId === undefined || projectId === "") return next;
  switch (placementOf(operation)) {
    case "query":
      next.searchParams[PROJECT_CONTEXT.field] = projectId;
      break;
    case "body":
      next.json = { ...next.json, [PROJECT_CONTEXT.field]: projectId };
      break;
    case "header":
      next.headers[PROJECT_CONTEXT.header] = projectId;
      break;
    case "none":
      break;
  }
  return next;
}

/**
 * The server-side reading of the same rule: which project a request names, if any. Used by the
 * fake; exported so that a user's own handlers can agree with it.
 */
export function readProjectId(
  operation: OperationId,
  request: Request,
  body: unknown,
): string | undefined {
  let value: unknown;
  switch (placementOf(operation)) {
    case "query":
      value = new URL(request.url).searchParams.get(PROJECT_CONTEXT.field);
      break;
    case "body":
      value =
        typeof body === "object" && body !== null
          ? (body as Record<string, unknown>)[PROJECT_CONTEXT.field]
          : undefined;
      break;
    case "header":
      value = request.headers.get(PROJECT_CONTEXT.header);
      break;
    case "none":
      return undefined;
  }
  return typeof value === "string" && value !== "" ? value : undefined;
}
