type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === "string" && value.trim() ? value : undefined);

/**
 * The request id of a response: `x-request-id` / `request-id` headers first, else a `request_id` /
 * `requestId` field at the top level of the body or one level down (`error.request_id`).
 */
export function findRequestId(headers: Readonly<Record<string, string>>, body: unknown): string | undefined {
  const fromHeader = headers["x-request-id"] ?? headers["request-id"] ?? headers["x-amzn-requestid"];
  if (fromHeader) return fromHeader;
  if (!isObject(body)) return undefined;
  const direct = str(body.request_id) ?? str(body.requestId);
  if (direct) return direct;
  for (const nested of Object.values(body)) {
    if (isObject(nested)) {
      const id = str(nested.request_id) ?? str(nested.requestId);
      if (id) return id;
    }
  }
  return undefined;
}

/**
 * The human message of a JSON error body, wherever the API puts it: `message`, `error.message`,
 * `error` (string), `detail` (string), `title`. Undefined when there is none.
 */
export function findErrorMessage(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  const error = body.error;
  return (
    str(body.message) ??
    (isObject(error) ? str(error.message) : str(error)) ??
    str(body.detail) ??
    (isObject(body.detail) ? str(body.detail.message) : undefined) ??
    str(body.title) ??
    str(body.error_description)
  );
}

/** The machine-readable code of a JSON error body: `code`, `error.code`, `error_code`, `error.type`. */
export function findErrorCode(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  const error = body.error;
  return (
    str(body.code) ??
    str(body.error_code) ??
    (isObject(error) ? (str(error.code) ?? str(error.type)) : undefined) ??
    (isObject(body.detail) ? (str(body.detail.error_code) ?? str(body.detail.code)) : undefined)
  );
}
