import * as v from "valibot";
import { openEnum } from "@cloud-sdk/auth-core";

/**
 * Every error code Lambda documents: the codes of OpenAPI 1.10.0, the `provider/` example, and
 * codes of older specs that servers were still seen to send (`global/unknown`).
 */
export const LAMBDA_ERROR_CODES = [
  "global/invalid-api-key",
  "global/account-inactive",
  "global/invalid-address",
  "global/forbidden",
  "global/invalid-parameters",
  "global/duplicate",
  "global/quota-exceeded",
  "global/object-does-not-exist",
  "global/not-found",
  "global/conflict",
  "global/internal-error",
  "instance-operations/launch/insufficient-capacity",
  "instance-operations/launch/file-system-in-wrong-region",
  "filesystems/filesystem-in-use",
  "firewall-rulesets/firewall-ruleset-in-use",
  "provider/internal-unavailable",
  // Listed in 1.4.0 and absent later; `global/unknown` is still seen on launch (skypilot#8221).
  "global/unknown",
  "instance-operations/launch/file-systems-not-supported",
  "ssh-keys/key-in-use",
] as const;

/**
 * A Lambda error `code`. Open: Lambda adds codes (any `provider/*` code, for one), so an unknown
 * string is accepted and typed as `string`.
 *
 * @example
 * ```ts
 * if (body.error.code === "instance-operations/launch/insufficient-capacity") tryAnotherRegion();
 * ```
 */
export const LambdaErrorCode = openEnum(LAMBDA_ERROR_CODES);
/** See {@link LambdaErrorCode}. */
export type LambdaErrorCode = v.InferOutput<typeof LambdaErrorCode>;

/**
 * The error object inside an error response. `request_id` is only on the live docs page, not in
 * the mirrored 1.10.0 spec, so it is optional (Lambda: "Quote it when contacting support").
 */
export const ApiErrorObject = v.looseObject({
  /** Machine-readable error type, e.g. `global/invalid-api-key`: branch on this, not on the message. */
  code: LambdaErrorCode,
  /** A human-readable description of the error. */
  message: v.string(),
  /** What might fix it, when Lambda has a suggestion. */
  suggestion: v.optional(v.string()),
  /** The request's id, to quote when contacting Lambda support. */
  request_id: v.optional(v.string()),
});
/** See {@link ApiErrorObject}. */
export type ApiErrorObject = {
  [K in keyof v.InferOutput<typeof ApiErrorObject>]: v.InferOutput<typeof ApiErrorObject>[K];
};

/**
 * A whole error response body, `{"error": {code, message, suggestion?, request_id?}}`.
 *
 * @example
 * ```ts
 * const parsed = v.safeParse(ApiErrorResponseBody, await response.json().catch(() => undefined));
 * const code = parsed.success ? parsed.output.error.code : undefined; // 429 bodies may be HTML
 * ```
 */
export const ApiErrorResponseBody = v.looseObject({
  /** The error itself. */
  error: ApiErrorObject,
});
/** See {@link ApiErrorResponseBody}. */
export type ApiErrorResponseBody = {
  [K in keyof v.InferOutput<typeof ApiErrorResponseBody>]: v.InferOutput<typeof ApiErrorResponseBody>[K];
};
