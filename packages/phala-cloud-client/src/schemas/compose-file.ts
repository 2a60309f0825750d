import { openEnum } from "@cloud-sdk/auth-core";
import * as v from "valibot";

/** The largest compose file plus pre-launch script the official SDK lets through: 200 KB. */
export const MAX_COMPOSE_PAYLOAD_BYTES = 200 * 1024;

/** Filesystem of the CVM's data disk. */
export const StorageFs = openEnum(["ext4", "zfs"] as const);
/** See {@link StorageFs}. */
export type StorageFs = v.InferOutput<typeof StorageFs>;

/** Exposed-port policy of an app compose. */
export const PortPolicy = v.looseObject({
  ports: v.array(v.looseObject({ port: v.number(), pp: v.boolean() })),
  restrict_mode: v.boolean(),
});

/**
 * `GET /cvms/{id}/compose_file`: the dstack app compose (`LooseAppCompose` in the official SDK).
 */
export const AppCompose = v.looseObject({
  docker_compose_file: v.string(),
  allowed_envs: v.optional(v.array(v.string())),
  features: v.optional(v.array(v.string())),
  name: v.optional(v.string()),
  manifest_version: v.optional(v.number()),
  kms_enabled: v.optional(v.boolean()),
  gateway_enabled: v.optional(v.boolean()),
  public_logs: v.optional(v.boolean()),
  public_sysinfo: v.optional(v.boolean()),
  public_tcbinfo: v.optional(v.boolean()),
  /** Deprecated spelling of `gateway_enabled`. */
  tproxy_enabled: v.optional(v.boolean()),
  port_policy: v.optional(PortPolicy),
  storage_fs: v.optional(StorageFs),
  pre_launch_script: v.optional(v.string()),
  env_pubkey: v.optional(v.string()),
  salt: v.nullish(v.string()),
});
/** See {@link AppCompose}. */
export type AppCompose = v.InferOutput<typeof AppCompose>;

function byteLength(text: string | undefined): number {
  return text ? new TextEncoder().encode(text).byteLength : 0;
}

/** True when compose file plus pre-launch script fit in {@link MAX_COMPOSE_PAYLOAD_BYTES}. */
export function composePayloadFits(input: { docker_compose_file?: string; pre_launch_script?: string }): boolean {
  return byteLength(input.docker_compose_file) + byteLength(input.pre_launch_script) <= MAX_COMPOSE_PAYLOAD_BYTES;
}

/**
 * `compose_file` of a provision request. Open to unknown keys on purpose: newer compose options
 * must reach the server without a client release.
 */
export const ProvisionComposeFile = v.pipe(
  v.looseObject({
    docker_compose_file: v.optional(v.string()),
    pre_launch_script: v.optional(v.string()),
    allowed_envs: v.optional(v.array(v.string())),
    name: v.optional(v.string()),
    kms_enabled: v.optional(v.boolean()),
    gateway_enabled: v.optional(v.boolean()),
    tproxy_enabled: v.optional(v.boolean()),
    public_logs: v.optional(v.boolean()),
    public_sysinfo: v.optional(v.boolean()),
    public_tcbinfo: v.optional(v.boolean()),
    secure_time: v.optional(v.boolean()),
    storage_fs: v.optional(StorageFs),
    port_policy: v.optional(PortPolicy),
  }),
  v.check(
    (input) => composePayloadFits(input),
    `Combined size of docker_compose_file and pre_launch_script must not exceed ${MAX_COMPOSE_PAYLOAD_BYTES / 1024}KB`,
  ),
);
/** See {@link ProvisionComposeFile}. */
export type ProvisionComposeFile = v.InferInput<typeof ProvisionComposeFile>;
