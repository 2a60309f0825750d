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
  NODE_NOT_FOUND: "ERR-01-001",
  COMPOSE_FILE_REQUIRED: "ERR-01-002",
  INVALID_COMPOSE_FILE: "ERR-01-003",
  DUPLICATE_CVM_NAME: "ERR-01-004",
  HASH_REGISTRATION_REQUIRED: "ERR-01-005",
  HASH_INVALID_OR_EXPIRED: "ERR-01-006",
  TX_VERIFICATION_FAILED: "ERR-01-007",
  HASH_NOT_ALLOWED: "ERR-01-008",
  INSTANCE_TYPE_NOT_FOUND: "ERR-02-001",
  RESOURCE_NOT_AVAILABLE: "ERR-02-002",
  INSUFFICIENT_VCPU: "ERR-02-003",
  INSUFFICIENT_MEMORY: "ERR-02-004",
  INSUFFICIENT_SLOTS: "ERR-02-005",
  GPU_ALLOCATION_ERROR: "ERR-02-006",
  INSUFFICIENT_GPU: "ERR-02-007",
  INVALID_REQUEST: "ERR-02-008",
  INCOMPATIBLE_CONFIG: "ERR-02-009",
  IMAGE_NOT_FOUND: "ERR-02-010",
  KMS_NOT_FOUND: "ERR-02-011",
  TEEPOD_NOT_ACCESSIBLE: "ERR-02-012",
  OS_IMAGE_NOT_COMPATIBLE: "ERR-02-013",
  NODE_CAPACITY_NOT_CONFIGURED: "ERR-02-014",
  QUOTA_EXCEEDED: "ERR-02-015",
  CVM_NOT_FOUND: "ERR-03-001",
  MULTIPLE_CVMS_SAME_NAME: "ERR-03-002",
  CVM_NOT_IN_WORKSPACE: "ERR-03-003",
  CVM_ACCESS_DENIED: "ERR-03-005",
  REPLICA_IMAGE_NOT_AVAILABLE: "ERR-03-006",
  CVM_APP_ID_CONFLICT: "ERR-03-007",
  INSUFFICIENT_BALANCE: "ERR-04-001",
  MAX_CVM_LIMIT: "ERR-04-002",
  RESOURCE_LIMIT_EXCEEDED: "ERR-04-003",
  TOKEN_LIMIT_EXCEEDED: "ERR-05-001",
  TOKEN_RATE_LIMIT: "ERR-05-002",
  OAUTH_EMAIL_INVALID: "ERR-06-001",
  PERMISSION_DENIED: "ERR-06-006",
} as const;

/** A structured error code: the known ones typed, new ones accepted. */
export const ErrorCode = openEnum(Object.values(ErrorCodes));
/** See {@link ErrorCode}. */
export type ErrorCode = v.InferOutput<typeof ErrorCode>;
