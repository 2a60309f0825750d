import * as v from "valibot";
import { UpdateCvmEnvsInProgress, UpdateDockerComposeInProgress } from "./cvm-updates";
import { StructuredError, findStructuredError } from "./error-body";
import { ErrorCodes } from "./error-codes";
import { KmsInfo } from "./kms";

/**
 * What `updateCvmEnvs` and `updateDockerCompose` return instead of throwing when the server
 * answers HTTP 465: the compose hash must be registered on-chain first, then the call retried
 * with `compose_hash` and `transaction_hash`.
 *
 * @example
 * ```ts
 * if (result.status === "precondition_required") {
 *   const tx = await registerOnChain(result.compose_hash, result.kms_info);
 * }
 * ```
 */
export const ComposePreconditionRequired = v.looseObject({
  /** Always `precondition_required`: the update waits for the compose hash to be registered on-chain. */
  status: v.literal("precondition_required"),
  /** The server's message, or a default one. */
  message: v.string(),
  /** The compose hash to register on-chain, then to send with the retry. */
  compose_hash: v.string(),
  /** The app whose contract must register the hash. */
  app_id: v.string(),
  /** The device id the server gave, or an empty string when it gave none. */
  device_id: v.string(),
  /** The app's KMS (its chain and contract), when the server gave it. */
  kms_info: v.nullish(KmsInfo),
});
/** See {@link ComposePreconditionRequired}. */
export type ComposePreconditionRequired = {
  [K in keyof v.InferOutput<typeof ComposePreconditionRequired>]: v.InferOutput<typeof ComposePreconditionRequired>[K];
};

/** Result of `updateCvmEnvs`: started, or on-chain registration needed. */
export const UpdateCvmEnvsResult = v.variant("status", [UpdateCvmEnvsInProgress, ComposePreconditionRequired]);
/** See {@link UpdateCvmEnvsResult}. */
export type UpdateCvmEnvsResult = UpdateCvmEnvsInProgress | ComposePreconditionRequired;

/** Result of `updateDockerCompose`: started, or on-chain registration needed. */
export const UpdateDockerComposeResult = v.variant("status", [
  UpdateDockerComposeInProgress,
  ComposePreconditionRequired,
]);
/** See {@link UpdateDockerComposeResult}. */
export type UpdateDockerComposeResult = UpdateDockerComposeInProgress | ComposePreconditionRequired;

/** The legacy flat 465 body, still parsed by the official SDKs (top level or in `detail`). */
export const LegacyPrecondition465 = v.looseObject({
  /** The server's message, when given. */
  message: v.optional(v.string()),
  /** The compose hash to register on-chain. */
  compose_hash: v.string(),
  /** The app whose contract must register the hash. */
  app_id: v.string(),
  /** A device id, when the server gives one. */
  device_id: v.nullish(v.string()),
  /** The app's KMS, when the server gives it. */
  kms_info: v.nullish(KmsInfo),
});
/** See {@link LegacyPrecondition465}. */
export type LegacyPrecondition465 = {
  [K in keyof v.InferOutput<typeof LegacyPrecondition465>]: v.InferOutput<typeof LegacyPrecondition465>[K];
};

/**
 * The structured 465 body: `ERR-01-005` with the values in `details` as `{field, value}` pairs
 * (`compose_hash`, `app_id`, `device_id`, `kms_info`).
 */
export const StructuredPrecondition465 = v.looseObject({
  ...StructuredError.entries,
  /** Always `ERR-01-005`: the compose hash must be registered on-chain. */
  error_code: v.literal(ErrorCodes.HASH_REGISTRATION_REQUIRED),
});
/** See {@link StructuredPrecondition465}. */
export type StructuredPrecondition465 = {
  [K in keyof v.InferOutput<typeof StructuredPrecondition465>]: v.InferOutput<typeof StructuredPrecondition465>[K];
};

/** Every 465 wire body seen: structured or legacy, at the top level or nested in `detail`. */
export const Precondition465Body = v.union([
  StructuredPrecondition465,
  LegacyPrecondition465,
  v.looseObject({
    /** The 465 body, nested under FastAPI's `detail`. */
    detail: v.union([StructuredPrecondition465, LegacyPrecondition465]),
  }),
]);
/** See {@link Precondition465Body}. */
export type Precondition465Body = v.InferOutput<typeof Precondition465Body>;

const DEFAULT_MESSAGE = "Compose hash verification required";

/**
 * Turns a 465 wire body (any shape of {@link Precondition465Body}) into the
 * {@link ComposePreconditionRequired} result, or `undefined` when the body carries no compose hash
 * and app id.
 */
export function toComposePrecondition(body: unknown): ComposePreconditionRequired | undefined {
  const structured = findStructuredError(body);
  if (structured) {
    const values = new Map((structured.details ?? []).map((d) => [d.field, d.value]));
    const compose_hash = values.get("compose_hash");
    const app_id = values.get("app_id");
    if (typeof compose_hash !== "string" || typeof app_id !== "string") return undefined;
    const device_id = values.get("device_id");
    const kms_info = v.safeParse(KmsInfo, values.get("kms_info"));
    return {
      status: "precondition_required",
      message: structured.message || DEFAULT_MESSAGE,
      compose_hash,
      app_id,
      device_id: typeof device_id === "string" ? device_id : "",
      kms_info: kms_info.success ? kms_info.output : null,
    };
  }
  const nested = body !== null && typeof body === "object" && "detail" in body ? body.detail : undefined;
  const legacy = v.safeParse(LegacyPrecondition465, v.is(LegacyPrecondition465, body) ? body : nested);
  if (!legacy.success) return undefined;
  const { message, compose_hash, app_id, device_id, kms_info, ...rest } = legacy.output;
  return {
    ...rest,
    status: "precondition_required",
    message: message || DEFAULT_MESSAGE,
    compose_hash,
    app_id,
    device_id: device_id ?? "",
    kms_info: kms_info ?? null,
  };
}
