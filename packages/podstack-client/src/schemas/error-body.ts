import * as v from "valibot";

/**
 * An error response body. Podstack does not document one, so any JSON value (or text) is
 * accepted; {@link readErrorBody} pulls out what it can. Keep the raw body on every error.
 */
export const PodstackErrorBody = v.unknown();

/** An error response body: any JSON value. */
export type PodstackErrorBody = v.InferOutput<typeof PodstackErrorBody>;

/** What {@link readErrorBody} could find in an error body. Every field may be missing. */
export interface ErrorBodyFields {
  /** A human-readable message. */
  message?: string;
  /** A machine-readable code, as a string. */
  code?: string;
  /** The server's request id, when the body carries one. */
  requestId?: string;
  /** Per-field messages, `{ field: [messages] }` like the Python SDK's `field_errors`. */
  fieldErrors?: Record<string, string[]>;
}

type Bag = Record<string, unknown>;

const isBag = (value: unknown): value is Bag =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;

const codeText = (value: unknown): string | undefined =>
  typeof value === "number" && Number.isFinite(value) ? String(value) : text(value);

/** FastAPI-style locations start with where the value was: drop that part. */
const LOCATION_PREFIXES = new Set(["body", "query", "path", "header", "cookie"]);

function fieldName(item: Bag): string {
  const direct = text(item.field) ?? text(item.param) ?? text(item.name);
  if (direct !== undefined) return direct;
  if (Array.isArray(item.loc)) {
    const parts = item.loc.map(String);
    if (parts.length > 1 && LOCATION_PREFIXES.has(parts[0] ?? "")) parts.shift();
    if (parts.length > 0) return parts.join(".");
  }
  return "_";
}

function addFieldErrors(into: Record<string, string[]>, source: unknown): void {
  if (Array.isArray(source)) {
    // [{ field, message }] or FastAPI's [{ loc, msg, type }]
    for (const item of source) {
      if (!isBag(item)) continue;
      const message = text(item.message) ?? text(item.msg) ?? text(item.detail);
      if (message !== undefined) (into[fieldName(item)] ??= []).push(message);
    }
  } else if (isBag(source)) {
    // { field: "message" } or { field: ["messages"] }
    for (const [field, messages] of Object.entries(source)) {
      const list = (Array.isArray(messages) ? messages : [messages]).map(text);
      for (const message of list) if (message !== undefined) (into[field] ??= []).push(message);
    }
  }
}

/**
 * Reads an error body of unknown shape. Understands `{ message }`, `{ detail }` (a string, or
 * FastAPI's list of `{ loc, msg }`), `{ error: "…" }`, `{ error: { message, code, details } }`,
 * `{ code }`, `{ request_id }`, `{ errors }` and `{ field_errors }`, and plain text.
 *
 * @example
 * ```ts
 * readErrorBody({ detail: "Invalid API token" }); // { message: "Invalid API token" }
 * readErrorBody({ detail: [{ loc: ["body", "name"], msg: "Field required" }] });
 * // { message: "Field required", fieldErrors: { name: ["Field required"] } }
 * ```
 */
export function readErrorBody(body: unknown): ErrorBodyFields {
  if (typeof body === "string") {
    const message = text(body);
    return message === undefined ? {} : { message };
  }
  if (!isBag(body)) return {};
  const nested = isBag(body.error) ? body.error : {};
  const fieldErrors: Record<string, string[]> = {};
  for (const source of [
    body.field_errors,
    body.errors,
    body.detail,
    nested.details,
    nested.errors,
  ]) {
    addFieldErrors(fieldErrors, source);
  }
  const firstFieldMessage = Object.values(fieldErrors)[0]?.[0];
  const result: ErrorBodyFields = {};
  const message =
    text(body.message) ??
    text(body.detail) ??
    text(body.error) ??
    text(nested.message) ??
    text(body.title) ??
    firstFieldMessage;
  const code = codeText(body.code) ?? codeText(nested.code) ?? codeText(body.error_code);
  const requestId = text(body.request_id) ?? text(body.requestId) ?? text(nested.request_id);
  if (message !== undefined) result.message = message;
  if (code !== undefined) result.code = code;
  if (requestId !== undefined) result.requestId = requestId;
  if (Object.keys(fieldErrors).length > 0) result.fieldErrors = fieldErrors;
  return result;
}
