import * as v from "valibot";
import { AppRevision } from "./apps";
import { AppCertificate, TcbInfo } from "./cvm-attestation";

/** Parameters of `createAppInstance`: `POST /apps/{appId}/instances`, a new CVM of an existing app. */
export const CreateAppInstanceRequest = v.strictObject({
  /** The app. */
  appId: v.pipe(v.string(), v.minLength(1)),
  /** The node to place the instance on; the server chooses when left out. */
  node_id: v.optional(v.number()),
  /** The docker compose file, when it differs from the app's current one. */
  docker_compose_file: v.optional(v.string()),
  /** The pre-launch script, when it differs. */
  pre_launch_script: v.optional(v.string()),
  /** The encrypted env (hex). */
  encrypted_env: v.optional(v.string()),
  /** On an on-chain KMS: the compose hash registered. */
  compose_hash: v.optional(v.string()),
  /** A one-time commit token, when the instance was prepared first. */
  token: v.optional(v.string()),
  /** On an on-chain KMS: the registering transaction. */
  transaction_hash: v.optional(v.string()),
});
/** See {@link CreateAppInstanceRequest}. */
export type CreateAppInstanceRequest = {
  [K in keyof v.InferInput<typeof CreateAppInstanceRequest>]: v.InferInput<typeof CreateAppInstanceRequest>[K];
};

/** The KMS of an app, in `getAppAttestation`. */
export const AppAttestationKmsInfo = v.looseObject({
  /** The KMS contract's address. */
  contract_address: v.string(),
  /** The chain id, or `null`: a string in @phala/cloud 0.2.9's schema, a number in its later ones (either is read). */
  chain_id: v.nullable(v.union([v.number(), v.string()])),
  /** The KMS's version. */
  version: v.string(),
  /** The KMS's URL. */
  url: v.string(),
  /** The gateway's app id, or `null`. */
  gateway_app_id: v.nullable(v.string()),
  /** The gateway's app URL. */
  gateway_app_url: v.string(),
  /** The KMS kind. */
  kms_type: v.string(),
});
/** See {@link AppAttestationKmsInfo}. */
export type AppAttestationKmsInfo = {
  [K in keyof v.InferOutput<typeof AppAttestationKmsInfo>]: v.InferOutput<typeof AppAttestationKmsInfo>[K];
};

/** What a guest agent (of the KMS or the gateway) reports about itself, or `null`. */
export const GuestAgentInfo = v.nullable(
  v.looseObject({
    /** Its app id. */
    app_id: v.optional(v.string()),
    /** Its instance id. */
    instance_id: v.optional(v.string()),
    /** Its app name. */
    app_name: v.optional(v.string()),
    /** Its device id. */
    device_id: v.optional(v.string()),
  }),
);
/** See {@link GuestAgentInfo}. */
export type GuestAgentInfo = v.InferOutput<typeof GuestAgentInfo>;

/** One instance's attestation in `getAppAttestation`. */
export const AppAttestationInstance = v.looseObject({
  /** The VM's UUID. */
  vm_uuid: v.nullish(v.string()),
  /** The CVM's name. */
  name: v.optional(v.string()),
  /** The instance id. */
  instance_id: v.nullish(v.string()),
  /** The CVM's status. */
  status: v.optional(v.string()),
  /** The OS image version. */
  image_version: v.nullish(v.string()),
  /** The TDX quote (hex). */
  quote: v.nullish(v.string()),
  /** The platform's PPID. */
  ppid: v.optional(v.string()),
  /** The device id. */
  device_id: v.optional(v.string()),
  /** The TCB info (measurements, event log). */
  tcb_info: v.nullish(TcbInfo),
  /** The app's certificate chain. */
  app_certificates: v.nullish(v.array(AppCertificate)),
  /** The compose file measured. */
  compose_file: v.nullish(v.string()),
  /** Why this instance's attestation could not be read, when it could not. */
  error: v.nullish(v.string()),
});
/** See {@link AppAttestationInstance}. */
export type AppAttestationInstance = {
  [K in keyof v.InferOutput<typeof AppAttestationInstance>]: v.InferOutput<typeof AppAttestationInstance>[K];
};

/** `GET /apps/{appId}/attestations`: the attestations of every instance of an app. */
export const AppAttestation = v.looseObject({
  /** The app. */
  app_id: v.string(),
  /** The app contract's address. */
  contract_address: v.string(),
  /** The app's KMS. */
  kms_info: AppAttestationKmsInfo,
  /** One entry per instance. */
  instances: v.array(AppAttestationInstance),
  /** The KMS's guest agent. */
  kms_guest_agent_info: GuestAgentInfo,
  /** The gateway's guest agent. */
  gateway_guest_agent_info: GuestAgentInfo,
  /** The QEMU version, or `null`. */
  qemu_version: v.nullable(v.string()),
});
/** See {@link AppAttestation}. */
export type AppAttestation = { [K in keyof v.InferOutput<typeof AppAttestation>]: v.InferOutput<typeof AppAttestation>[K] };

/** One device in `getAppDeviceAllowlist`. */
export const DeviceAllowlistItem = v.looseObject({
  /** The device id. */
  device_id: v.string(),
  /** The node's name, or `null`. */
  node_name: v.nullable(v.string()),
  /** The app's CVMs on this device. */
  cvm_ids: v.array(v.number()),
  /** Whether the app contract allows the device. */
  allowed_onchain: v.boolean(),
  /** The device's status; the values are not documented. */
  status: v.string(),
});
/** See {@link DeviceAllowlistItem}. */
export type DeviceAllowlistItem = { [K in keyof v.InferOutput<typeof DeviceAllowlistItem>]: v.InferOutput<typeof DeviceAllowlistItem>[K] };

/** `GET /apps/{appId}/device-allowlist`: the devices the app contract allows. */
export const DeviceAllowlist = v.looseObject({
  /** Whether the app uses an on-chain KMS. */
  is_onchain_kms: v.boolean(),
  /** Whether the contract allows any device. */
  allow_any_device: v.nullish(v.boolean()),
  /** The chain id, or `null`. */
  chain_id: v.nullish(v.number()),
  /** The app contract's address, or `null`. */
  app_contract_address: v.nullish(v.string()),
  /** The devices; empty when the server leaves it out. */
  devices: v.optional(v.array(DeviceAllowlistItem), []),
});
/** See {@link DeviceAllowlist}. */
export type DeviceAllowlist = { [K in keyof v.InferOutput<typeof DeviceAllowlist>]: v.InferOutput<typeof DeviceAllowlist>[K] };

/** `GET /apps/filter-options`: the values `getAppList`'s filters can take. */
export const AppFilterOptions = v.looseObject({
  /** CVM statuses. */
  statuses: v.array(v.string()),
  /** OS image versions. */
  image_versions: v.array(v.string()),
  /** Instance types. */
  instance_types: v.array(v.string()),
  /** KMS slugs. */
  kms_slugs: v.array(v.string()),
  /** KMS kinds. */
  kms_types: v.array(v.string()),
  /** Regions. */
  regions: v.array(v.string()),
  /** Nodes. */
  nodes: v.array(v.string()),
});
/** See {@link AppFilterOptions}. */
export type AppFilterOptions = { [K in keyof v.InferOutput<typeof AppFilterOptions>]: v.InferOutput<typeof AppFilterOptions>[K] };

/** Parameters of `getAppRevisionDetail`: `GET /apps/{appId}/revisions/{revisionId}`. */
export const GetAppRevisionDetailRequest = v.strictObject({
  /** The app. */
  appId: v.pipe(v.string(), v.minLength(1)),
  /** The revision. */
  revisionId: v.pipe(v.string(), v.minLength(1)),
  /** Sent as `raw_compose_file`: the compose file as stored (a string) rather than parsed. */
  rawComposeFile: v.optional(v.boolean()),
});
/** See {@link GetAppRevisionDetailRequest}. */
export type GetAppRevisionDetailRequest = {
  [K in keyof v.InferInput<typeof GetAppRevisionDetailRequest>]: v.InferInput<typeof GetAppRevisionDetailRequest>[K];
};

/** `GET /apps/{appId}/revisions/{revisionId}`: one revision with its compose, env and user config. */
export const AppRevisionDetail = v.looseObject({
  // A revision of the list, with what only the detail carries.
  ...AppRevision.entries,
  /** The app compose: an object, or the stored string with `rawComposeFile`; `null` when not kept. */
  compose_file: v.nullish(v.union([v.record(v.string(), v.unknown()), v.string()])),
  /** The encrypted env of this revision (hex), when given (the Python SDK's fixtures leave it out). */
  encrypted_env: v.nullish(v.string()),
  /** The user config of this revision, when given. */
  user_config: v.nullish(v.string()),
});
/** See {@link AppRevisionDetail}. */
export type AppRevisionDetail = { [K in keyof v.InferOutput<typeof AppRevisionDetail>]: v.InferOutput<typeof AppRevisionDetail>[K] };
