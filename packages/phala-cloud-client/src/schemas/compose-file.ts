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
  /** The ports the policy covers. */
  ports: v.array(
    v.looseObject({
      /** The port number inside the CVM. */
      port: v.number(),
      /** A per-port flag whose meaning is not documented (assumed: the PROXY protocol is used on that port). */
      pp: v.boolean(),
    }),
  ),
  /** Whether only the listed ports are exposed (assumed from the name; not documented). */
  restrict_mode: v.boolean(),
});

/**
 * `GET /cvms/{id}/compose_file`: the dstack app compose (`LooseAppCompose` in the official SDK).
 */
export const AppCompose = v.looseObject({
  /** The docker compose file (YAML) the CVM runs. */
  docker_compose_file: v.string(),
  /** The names of the environment variables the app accepts from its encrypted env. */
  allowed_envs: v.optional(v.array(v.string())),
  /** dstack features the app turns on; the values are not documented. */
  features: v.optional(v.array(v.string())),
  /** The app's name, as the compose records it. */
  name: v.optional(v.string()),
  /** The version of the app-compose format. */
  manifest_version: v.optional(v.number()),
  /** Whether the app gets its keys from a KMS. */
  kms_enabled: v.optional(v.boolean()),
  /** Whether the dstack gateway routes traffic to the app, giving it public URLs. */
  gateway_enabled: v.optional(v.boolean()),
  /** Whether the app's logs are public. */
  public_logs: v.optional(v.boolean()),
  /** Whether the CVM's system information (`GET /cvms/{id}/stats`) is public. */
  public_sysinfo: v.optional(v.boolean()),
  /** Whether the CVM's TCB info (its measurements) is public. */
  public_tcbinfo: v.optional(v.boolean()),
  /** Deprecated spelling of `gateway_enabled`. */
  tproxy_enabled: v.optional(v.boolean()),
  /** Which ports are exposed, and how. */
  port_policy: v.optional(PortPolicy),
  /** The filesystem of the data disk: `ext4` or `zfs`. */
  storage_fs: v.optional(StorageFs),
  /** A shell script run in the CVM before the containers start. */
  pre_launch_script: v.optional(v.string()),
  /** A public key recorded in the compose; its use is not documented (assumed: the key the env is encrypted to). */
  env_pubkey: v.optional(v.string()),
  /**
   * A salt recorded in the compose; its use is not documented (assumed: it makes otherwise identical composes hash
   * differently).
   */
  salt: v.nullish(v.string()),
});
/** See {@link AppCompose}. */
export type AppCompose = { [K in keyof v.InferOutput<typeof AppCompose>]: v.InferOutput<typeof AppCompose>[K] };

function byteLength(text: string | undefined): number {
  return text ? new TextEncoder().encode(text).byteLength : 0;
}

/** True when compose file plus pre-launch script fit in {@link MAX_COMPOSE_PAYLOAD_BYTES}. */
export function composePayloadFits(input: {
  /** The docker compose file (YAML). */
  docker_compose_file?: string;
  /** The pre-launch script. */
  pre_launch_script?: string;
}): boolean {
  return byteLength(input.docker_compose_file) + byteLength(input.pre_launch_script) <= MAX_COMPOSE_PAYLOAD_BYTES;
}

/**
 * The fields of a {@link ProvisionComposeFile}, each with its own rules; `ProvisionComposeFile` adds
 * the size check across two of them. A schema of its own so that the check can name its input type.
 */
export const ProvisionComposeFileFields = v.looseObject({
  /** The docker compose file (YAML) to run; with `pre_launch_script`, at most 200 KB. */
  docker_compose_file: v.optional(v.string()),
  /** A shell script to run in the CVM before the containers start; with `docker_compose_file`, at most 200 KB. */
  pre_launch_script: v.optional(v.string()),
  /** The names of the environment variables the app will accept from its encrypted env. */
  allowed_envs: v.optional(v.array(v.string())),
  /** The app's name, as the compose records it. */
  name: v.optional(v.string()),
  /** Whether the app gets its keys from a KMS. */
  kms_enabled: v.optional(v.boolean()),
  /** Whether the dstack gateway routes traffic to the app, giving it public URLs. */
  gateway_enabled: v.optional(v.boolean()),
  /** Deprecated spelling of `gateway_enabled`. */
  tproxy_enabled: v.optional(v.boolean()),
  /** Whether the app's logs are public. */
  public_logs: v.optional(v.boolean()),
  /** Whether the CVM's system information (`GET /cvms/{id}/stats`) is public. */
  public_sysinfo: v.optional(v.boolean()),
  /** Whether the CVM's TCB info (its measurements) is public. */
  public_tcbinfo: v.optional(v.boolean()),
  /**
   * A dstack option the official SDK passes through; its meaning is not documented (assumed: the CVM waits for a
   * trusted time source).
   */
  secure_time: v.optional(v.boolean()),
  /** The filesystem of the data disk: `ext4` or `zfs`. */
  storage_fs: v.optional(StorageFs),
  /** Which ports to expose, and how. */
  port_policy: v.optional(PortPolicy),
});

/**
 * `compose_file` of a provision request. Open to unknown keys on purpose: newer compose options
 * must reach the server without a client release.
 */
export const ProvisionComposeFile = v.pipe(
  ProvisionComposeFileFields,
  v.check(
    (input: ProvisionComposeFile) => composePayloadFits(input),
    `Combined size of docker_compose_file and pre_launch_script must not exceed ${MAX_COMPOSE_PAYLOAD_BYTES / 1024}KB`,
  ),
);
/** See {@link ProvisionComposeFile}. */
export type ProvisionComposeFile = {
  [K in keyof v.InferInput<typeof ProvisionComposeFileFields>]: v.InferInput<typeof ProvisionComposeFileFields>[K];
};
