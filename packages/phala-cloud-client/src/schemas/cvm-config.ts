import * as v from "valibot";
import { ComposePreconditionRequired } from "./precondition";

/** Parameters of `updatePreLaunchScript` (besides the CVM's identifier). */
export const UpdatePreLaunchScriptRequest = v.object({
  /** The script (shell), sent as `text/plain`. */
  pre_launch_script: v.string(),
  /** Phase 2 on an on-chain KMS: the compose hash of the 465 result. Sent as `X-Compose-Hash`. */
  compose_hash: v.optional(v.string()),
  /** Phase 2 on an on-chain KMS: the registering transaction. Sent as `X-Transaction-Hash`. */
  transaction_hash: v.optional(v.string()),
});
/** See {@link UpdatePreLaunchScriptRequest}. */
export type UpdatePreLaunchScriptRequest = {
  [K in keyof v.InferInput<typeof UpdatePreLaunchScriptRequest>]: v.InferInput<typeof UpdatePreLaunchScriptRequest>[K];
};

/** `PATCH /cvms/{id}/pre-launch-script` accepted: the update runs. */
export const UpdatePreLaunchScriptInProgress = v.looseObject({
  /** Always `in_progress`. */
  status: v.literal("in_progress"),
  /** The server's message. */
  message: v.optional(v.string()),
  /** The update's correlation id. */
  correlation_id: v.string(),
});
/** See {@link UpdatePreLaunchScriptInProgress}. */
export type UpdatePreLaunchScriptInProgress = {
  [K in keyof v.InferOutput<typeof UpdatePreLaunchScriptInProgress>]: v.InferOutput<typeof UpdatePreLaunchScriptInProgress>[K];
};

/** Result of `updatePreLaunchScript`: started, or on-chain registration needed. */
export const UpdatePreLaunchScriptResult = v.variant("status", [UpdatePreLaunchScriptInProgress, ComposePreconditionRequired]);
/** See {@link UpdatePreLaunchScriptResult}. */
export type UpdatePreLaunchScriptResult = UpdatePreLaunchScriptInProgress | ComposePreconditionRequired;

/** `GET /cvms/{id}/user_config`: what the guest is configured with at boot. */
export const CvmUserConfig = v.looseObject({
  /** The guest's hostname, when set. */
  hostname: v.nullish(v.string()),
  /** The SSH public keys installed for login; empty when the server leaves it out. */
  ssh_authorized_keys: v.optional(v.array(v.string()), []),
  /** The gateway domain the CVM's URLs live under, when set. */
  default_gateway_domain: v.nullish(v.string()),
});
/** See {@link CvmUserConfig}. */
export type CvmUserConfig = { [K in keyof v.InferOutput<typeof CvmUserConfig>]: v.InferOutput<typeof CvmUserConfig>[K] };

/** One variant (production or development) of an OS image version. */
export const OsImageVariant = v.looseObject({
  /** The image's name: pass it to `updateOsImage`. */
  name: v.string(),
  /** The image's hash, or `null`. */
  os_image_hash: v.nullable(v.string()),
  /** Whether the CVM boots this image now. */
  is_current: v.boolean(),
  /** The image's slug, when given (later API versions). */
  slug: v.optional(v.string()),
  /** Whether the image is for GPU instances, when given. */
  requires_gpu: v.optional(v.boolean()),
  /** Whether the image is enabled platform-wide, when given. */
  enabled: v.optional(v.boolean()),
});
/** See {@link OsImageVariant}. */
export type OsImageVariant = { [K in keyof v.InferOutput<typeof OsImageVariant>]: v.InferOutput<typeof OsImageVariant>[K] };

/** An OS image version a CVM can move to, with its production and development variants. */
export const CvmAvailableOsImage = v.looseObject({
  /** The version: `[major, minor, patch]` or `[major, minor, patch, build]`. */
  version: v.array(v.number()),
  /** The production variant, or `null`. */
  prod: v.nullable(OsImageVariant),
  /** The development variant, or `null`. */
  dev: v.nullable(OsImageVariant),
});
/** See {@link CvmAvailableOsImage}. */
export type CvmAvailableOsImage = { [K in keyof v.InferOutput<typeof CvmAvailableOsImage>]: v.InferOutput<typeof CvmAvailableOsImage>[K] };

/** `GET /cvms/{id}/available-os-images`: a plain array. */
export const CvmAvailableOsImages = v.array(CvmAvailableOsImage);
/** See {@link CvmAvailableOsImages}. */
export type CvmAvailableOsImages = CvmAvailableOsImage[];

/** Parameters of `updateOsImage` (besides the CVM's identifier). */
export const UpdateOsImageRequest = v.object({
  /** The name of the image to boot (an `OsImageVariant`'s `name`). */
  os_image_name: v.pipe(v.string(), v.minLength(1, "OS image name is required")),
});
/** See {@link UpdateOsImageRequest}. */
export type UpdateOsImageRequest = { [K in keyof v.InferInput<typeof UpdateOsImageRequest>]: v.InferInput<typeof UpdateOsImageRequest>[K] };
