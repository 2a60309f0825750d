import type * as v from "valibot";
import { checkParams } from "./params";
import { APP_ID_PATTERN, CvmIdFields, CvmIdInput, UUID_V4_PATTERN } from "./schemas/cvm-id";

/**
 * Turns `{ id | uuid | app_id | instance_id | name }` into the `{cvmId}` path segment, exactly as
 * the official SDK (`CvmIdSchema`) does:
 *
 * - the first present field wins, in the order id, uuid, app_id, instance_id, name;
 * - a name is used as it is;
 * - otherwise a v4 UUID loses its dashes, 40 hex characters become `app_<hex>`, and anything else
 *   (a hashed `cvm_…` id, an `app_…` id, a numeric id) passes through.
 *
 * Throws a `RequestValidationError` when no identifier is given or a field is malformed.
 *
 * @example
 * ```ts
 * resolveCvmId({ uuid: "550e8400-e29b-41d4-a716-446655440000" }); // "550e8400e29b41d4a716446655440000"
 * resolveCvmId({ app_id: "50b0e827cc6c53f4010b57e588a18c5ef9388cc1" }); // "app_50b0e827cc6c53f4010b57e588a18c5ef9388cc1"
 * resolveCvmId({ name: "my-app" }); // "my-app"
 * ```
 */
export function resolveCvmId(input: CvmIdInput): string {
  return cvmIdParam(input, "resolveCvmId");
}

/**
 * The `{cvmId}` path segment of identifier fields already validated by {@link CvmIdInput}; the
 * client validates with its own error type first, then calls this.
 */
export function cvmIdFromFields(parsed: v.InferOutput<typeof CvmIdInput>): string {
  const raw = parsed.id || parsed.uuid || parsed.app_id || parsed.instance_id;
  if (!raw) {
    // Only the name is left: the official SDK sends it untouched, the server resolves it.
    return parsed.name as string;
  }
  if (UUID_V4_PATTERN.test(raw)) return raw.replace(/-/g, "");
  if (APP_ID_PATTERN.test(raw)) return `app_${raw}`;
  return raw;
}

/** The `{cvmId}` path segment named by `{ id | uuid | app_id | instance_id | name }`, validated. */
export function cvmIdParam(params: CvmIdInput, operation: string): string {
  return cvmIdFromFields(checkParams(CvmIdInput, params, operation));
}

/**
 * The parameters without the fields that name the CVM (`id`, `uuid`, `app_id`, `instance_id`,
 * `name`): those go into the path, the rest (known fields, and unknown ones sent as given) is the
 * body, as the official SDK builds it.
 */
export function withoutCvmId(params: object): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) if (!Object.hasOwn(CvmIdFields, key)) rest[key] = value;
  return rest;
}
