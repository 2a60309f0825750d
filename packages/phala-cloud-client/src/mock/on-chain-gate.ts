import { ErrorCodes } from "../schemas";
import { structuredError } from "./responses";
import type { MockCvm, PhalaCloudMockState } from "./types";
import { isOnChain, kmsOf, nodeOf } from "./views/lookups";

const TX_HASH = /^0x[0-9a-fA-F]{64}$/;

/** The compose/transaction hashes a retry after a 465 carries (headers win over body fields). */
export interface OnChainProof {
  compose_hash?: string | undefined;
  transaction_hash?: string | undefined;
}

/**
 * The two-phase update of a CVM on an on-chain KMS. Without `X-Compose-Hash` and
 * `X-Transaction-Hash` (or the body fields) the answer is HTTP 465 `ERR-01-005`, a structured body
 * whose `details` carry `compose_hash`, `app_id`, `device_id` and `kms_info`. A hash other than
 * the expected one is 466 `ERR-01-006`; a malformed transaction hash is 467 `ERR-01-007`.
 * Returns `undefined` when the update may proceed.
 */
export function onChainGate(
  state: PhalaCloudMockState,
  cvm: MockCvm,
  newHash: string,
  request: Request,
  body: OnChainProof = {},
): Response | undefined {
  if (!isOnChain(state, cvm)) return undefined;
  const composeHash = request.headers.get("x-compose-hash") ?? body.compose_hash;
  const txHash = request.headers.get("x-transaction-hash") ?? body.transaction_hash;
  if (!composeHash || !txHash) {
    return structuredError(state, 465, {
      error_code: ErrorCodes.HASH_REGISTRATION_REQUIRED,
      message: "Compose hash registration required on-chain",
      details: [
        { field: "compose_hash", value: newHash, message: null },
        { field: "app_id", value: `0x${cvm.app_id}`, message: null },
        { field: "device_id", value: nodeOf(state, cvm).device_id ?? "", message: null },
        { field: "kms_info", value: kmsOf(state, cvm.kms_id), message: null },
      ],
      suggestions: [
        "Register the compose hash on the app contract (addComposeHash)",
        "Then retry with the X-Compose-Hash and X-Transaction-Hash headers",
      ],
    });
  }
  if (composeHash.replace(/^0x/i, "").toLowerCase() !== newHash) {
    return structuredError(state, 466, {
      error_code: ErrorCodes.HASH_INVALID_OR_EXPIRED,
      message: "Compose hash is invalid or expired",
      details: [{ field: "compose_hash", value: composeHash, message: `expected ${newHash}` }],
    });
  }
  if (!TX_HASH.test(txHash)) {
    return structuredError(state, 467, {
      error_code: ErrorCodes.TX_VERIFICATION_FAILED,
      message: "Transaction verification failed",
      details: [{ field: "transaction_hash", value: txHash, message: "not a transaction hash" }],
    });
  }
  return undefined;
}
