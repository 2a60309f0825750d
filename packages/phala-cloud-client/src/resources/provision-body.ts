import type { ProvisionCvmRequest } from "../schemas";

/** What `@phala/cloud` 0.2.9's `ProvisionCvmRequestSchema` sends when no size is asked for. */
export const DEFAULT_PROVISION_INSTANCE_TYPE = "tdx.small";

/**
 * The body of `POST /cvms/provision` as `@phala/cloud` 0.2.9's `provisionCvm` sends it, from
 * checked parameters (unknown fields included):
 *
 * - `compose_file.name` is `""` when not given (its schema's `.default("")`);
 * - `instance_type` is `tdx.small` when none of `instance_type`, `vcpu`, `memory` is given;
 * - `node_id` travels as `teepod_id` (and wins over a `teepod_id` given too), the field the
 *   server's provision endpoint reads.
 */
export function toProvisionBody(params: ProvisionCvmRequest): Record<string, unknown> {
  const { node_id, ...rest } = params;
  const body: Record<string, unknown> = { ...rest, compose_file: { ...params.compose_file, name: params.compose_file.name ?? "" } };
  if (!params.instance_type && !params.vcpu && !params.memory) body["instance_type"] = DEFAULT_PROVISION_INSTANCE_TYPE;
  if (typeof node_id === "number") body["teepod_id"] = node_id;
  return body;
}
