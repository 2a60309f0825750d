import { openEnum } from "@cloud-sdk/auth-core";
import type * as v from "valibot";

/**
 * The structured error codes (`ERR-MM-NNN`) under the names the official SDK's `ErrorCodes` gives
 * them. Families: 01 preflight and compose hash, 02 inventory, 03 CVM operations, 04 workspace and
 * billing, 05 tokens, 06 auth.
 *
 * @example
 * ```ts
 * if (body.error_code === ErrorCodes.CVM_APP_ID_CONFLICT) { … }
 * ```
 */
export const ErrorCodes = {
  /** `ERR-01-001`: the node asked for does not exist. */
  NODE_NOT_FOUND: "ERR-01-001",
  /** `ERR-01-002`: the request has no compose file. */
  COMPOSE_FILE_REQUIRED: "ERR-01-002",
  /** `ERR-01-003`: the compose file is not valid. */
  INVALID_COMPOSE_FILE: "ERR-01-003",
  /** `ERR-01-004`: a CVM with this name already exists in the workspace. */
  DUPLICATE_CVM_NAME: "ERR-01-004",
  /** `ERR-01-005` (HTTP 465): the compose hash must be registered on-chain first. */
  HASH_REGISTRATION_REQUIRED: "ERR-01-005",
  /** `ERR-01-006`: the compose hash is invalid or has expired. */
  HASH_INVALID_OR_EXPIRED: "ERR-01-006",
  /** `ERR-01-007`: the registration transaction could not be verified. */
  TX_VERIFICATION_FAILED: "ERR-01-007",
  /** `ERR-01-008`: the compose hash is not allowed. */
  HASH_NOT_ALLOWED: "ERR-01-008",
  /** `ERR-02-001`: the instance type does not exist. */
  INSTANCE_TYPE_NOT_FOUND: "ERR-02-001",
  /** `ERR-02-002`: the resources asked for are not available. */
  RESOURCE_NOT_AVAILABLE: "ERR-02-002",
  /** `ERR-02-003`: not enough vCPUs are free. */
  INSUFFICIENT_VCPU: "ERR-02-003",
  /** `ERR-02-004`: not enough memory is free. */
  INSUFFICIENT_MEMORY: "ERR-02-004",
  /** `ERR-02-005`: no CVM slot is free. */
  INSUFFICIENT_SLOTS: "ERR-02-005",
  /** `ERR-02-006`: GPUs could not be allocated. */
  GPU_ALLOCATION_ERROR: "ERR-02-006",
  /** `ERR-02-007`: not enough GPUs are free. */
  INSUFFICIENT_GPU: "ERR-02-007",
  /** `ERR-02-008`: the request is not valid. */
  INVALID_REQUEST: "ERR-02-008",
  /** `ERR-02-009`: the options asked for do not fit together. */
  INCOMPATIBLE_CONFIG: "ERR-02-009",
  /** `ERR-02-010`: the OS image does not exist. */
  IMAGE_NOT_FOUND: "ERR-02-010",
  /** `ERR-02-011`: the KMS does not exist. */
  KMS_NOT_FOUND: "ERR-02-011",
  /** `ERR-02-012`: the node (teepod) is not open to the workspace. */
  TEEPOD_NOT_ACCESSIBLE: "ERR-02-012",
  /** `ERR-02-013`: the OS image does not fit the rest of the request. */
  OS_IMAGE_NOT_COMPATIBLE: "ERR-02-013",
  /** `ERR-02-014`: the node's capacity has not been configured. */
  NODE_CAPACITY_NOT_CONFIGURED: "ERR-02-014",
  /** `ERR-02-015`: the request would exceed a quota. */
  QUOTA_EXCEEDED: "ERR-02-015",
  /** `ERR-03-001`: the CVM does not exist. */
  CVM_NOT_FOUND: "ERR-03-001",
  /** `ERR-03-002`: several CVMs have the name given, so it names none of them. */
  MULTIPLE_CVMS_SAME_NAME: "ERR-03-002",
  /** `ERR-03-003`: the CVM is not in the workspace. */
  CVM_NOT_IN_WORKSPACE: "ERR-03-003",
  /** `ERR-03-005`: access to the CVM is denied. */
  CVM_ACCESS_DENIED: "ERR-03-005",
  /** `ERR-03-006`: the image a replica needs is not available. */
  REPLICA_IMAGE_NOT_AVAILABLE: "ERR-03-006",
  /** `ERR-03-007`: the app id is already committed with another compose hash. */
  CVM_APP_ID_CONFLICT: "ERR-03-007",
  /** `ERR-04-001`: the balance is too low. */
  INSUFFICIENT_BALANCE: "ERR-04-001",
  /** `ERR-04-002`: the workspace has as many CVMs as it may. */
  MAX_CVM_LIMIT: "ERR-04-002",
  /** `ERR-04-003`: the request would exceed a resource limit of the workspace. */
  RESOURCE_LIMIT_EXCEEDED: "ERR-04-003",
  /** `ERR-05-001`: a token limit was exceeded; which limit is not documented. */
  TOKEN_LIMIT_EXCEEDED: "ERR-05-001",
  /** `ERR-05-002`: a token's rate limit was reached. */
  TOKEN_RATE_LIMIT: "ERR-05-002",
  /** `ERR-06-001`: the email address of the OAuth sign-in is not valid. */
  OAUTH_EMAIL_INVALID: "ERR-06-001",
  /** `ERR-06-006`: the caller lacks the permission the action needs. */
  PERMISSION_DENIED: "ERR-06-006",
} as const;

/** A structured error code: the known ones typed, new ones accepted. */
export const ErrorCode = openEnum(Object.values(ErrorCodes));
/** See {@link ErrorCode}. */
export type ErrorCode = v.InferOutput<typeof ErrorCode>;
