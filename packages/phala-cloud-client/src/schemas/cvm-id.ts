import * as v from "valibot";

/** A v4 UUID, with or without dashes, as the official SDK recognises it. */
export const UUID_V4_PATTERN = /^[0-9a-f]{8}-?[0-9a-f]{4}-?4[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i;

/** An unprefixed app id: 40 hex characters. */
export const APP_ID_PATTERN = /^[0-9a-f]{40}$/i;

/**
 * A CVM name: 5 to 63 characters, starting with a letter, then letters, digits and hyphens
 * (the official SDK's RFC 1123 hostname rule).
 */
export const CVM_NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9-]{4,62}$/;

/** Message of the name rule, worded as the official SDK words it. */
export const CVM_NAME_MESSAGE =
  "Name must be 5-63 characters, start with letter, and contain only letters/numbers/hyphens";

/** A CVM name, validated by {@link CVM_NAME_PATTERN}. */
export const CvmName = v.pipe(v.string(), v.regex(CVM_NAME_PATTERN, CVM_NAME_MESSAGE));

/** The fields that can name a CVM; {@link CvmIdInput} adds the "at least one" rule. */
export const CvmIdFields = {
  /** Any id: hashed id (`cvm_…`), numeric id, UUID, app id, instance id or name. */
  id: v.optional(v.string()),
  /** The VM UUID, with or without dashes. */
  uuid: v.optional(v.pipe(v.string(), v.regex(UUID_V4_PATTERN, "Invalid UUID format"))),
  /** The app id (40 hex characters, or already `app_`-prefixed). */
  app_id: v.optional(v.string()),
  /** The instance id. */
  instance_id: v.optional(v.string()),
  /** The CVM name. */
  name: v.optional(CvmName),
} as const;

/** Message when no identifier is given, worded as the official SDK words it. */
export const CVM_ID_REQUIRED_MESSAGE = "One of id, uuid, app_id, instance_id, or name must be provided";

/** True when at least one identifier field is a non-empty string. */
export function hasCvmIdentifier(input: {
  /** Any id: hashed id (`cvm_…`), numeric id, UUID, app id, instance id or name. */
  id?: string;
  /** The VM UUID. */
  uuid?: string;
  /** The app id. */
  app_id?: string;
  /** The instance id. */
  instance_id?: string;
  /** The CVM name. */
  name?: string;
}): boolean {
  return Boolean(input.id || input.uuid || input.app_id || input.instance_id || input.name);
}

/**
 * How a caller names a CVM: one of `{ id | uuid | app_id | instance_id | name }`.
 *
 * @example
 * ```ts
 * v.parse(CvmIdInput, { uuid: "550e8400-e29b-41d4-a716-446655440000" });
 * ```
 */
export const CvmIdInput = v.pipe(
  v.object(CvmIdFields),
  v.check(hasCvmIdentifier, CVM_ID_REQUIRED_MESSAGE),
);
/** See {@link CvmIdInput}. */
export type CvmIdInput = { [K in keyof v.InferInput<typeof CvmIdInput>]: v.InferInput<typeof CvmIdInput>[K] };
