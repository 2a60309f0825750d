import type { HeadersInput } from "@cloud-sdk/auth-core";
import { PhalaCloudError } from "../errors";
import { COMPOSE_HASH_HEADER, type ComposePreconditionRequired, toComposePrecondition, TRANSACTION_HASH_HEADER } from "../schemas";
import { withHeaders } from "./with-headers";

/** The 465 "register the compose hash on-chain first" answer as a result; other errors thrown. */
export async function orPrecondition<T, P = ComposePreconditionRequired>(
  call: Promise<T>,
  convert: (body: unknown) => P | undefined = toComposePrecondition as (body: unknown) => P | undefined,
): Promise<T | P> {
  try {
    return await call;
  } catch (error) {
    const precondition = error instanceof PhalaCloudError && error.status === 465 ? convert(error.body) : undefined;
    if (precondition) return precondition;
    throw error;
  }
}

/** The per-call headers plus `X-Compose-Hash` / `X-Transaction-Hash` when phase 2 gives them. */
export function proofHeaders(
  base: HeadersInput | undefined,
  compose_hash: string | undefined,
  transaction_hash: string | undefined,
  extra: Record<string, string> = {},
): HeadersInput | undefined {
  const proof: Record<string, string> = { ...extra };
  if (compose_hash) proof[COMPOSE_HASH_HEADER] = compose_hash;
  if (transaction_hash) proof[TRANSACTION_HASH_HEADER] = transaction_hash;
  return Object.keys(proof).length > 0 ? withHeaders(base, proof) : base;
}
