import * as v from "valibot";
import {
  CommitCvmProvisionRequest,
  CreateSshKeyRequest,
  CvmIdInput,
  GetAppEnvEncryptPubKeyRequest,
  GetCvmListRequest,
  GetKmsListRequest,
  MAX_COMPOSE_PAYLOAD_BYTES,
  NextAppIdsRequest,
  ProvisionCvmRequest,
  UpdateCvmEnvsRequest,
  UpdateCvmVisibilityRequest,
} from "../src";

const compose = { docker_compose_file: "services:\n  web:\n    image: nginx\n" };

describe("ProvisionCvmRequest", () => {
  it("accepts the official example and keeps unknown options for the server", () => {
    const out = v.parse(ProvisionCvmRequest, {
      name: "my-app",
      instance_type: "tdx.small",
      compose_file: { ...compose, port_policy: { ports: [{ port: 8080, pp: true }], restrict_mode: true }, swap_size: "1G" },
      kms: "PHALA",
      skip_gateway: true,
    });
    expect(out.compose_file.swap_size).toBe("1G");
    expect(out.skip_gateway).toBe(true);
  });

  it.each(["abc", "1app-name", "my_app", "a".repeat(64)])("rejects the name %p", (name) => {
    expect(v.safeParse(ProvisionCvmRequest, { name, compose_file: compose }).success).toBe(false);
  });

  it("requires compose_file", () => {
    expect(v.safeParse(ProvisionCvmRequest, { name: "my-app" }).success).toBe(false);
  });

  it("limits compose file plus pre-launch script to 200 KB", () => {
    const big = { name: "my-app", compose_file: { docker_compose_file: "x".repeat(150 * 1024), pre_launch_script: "y".repeat(60 * 1024) } };
    expect(v.safeParse(ProvisionCvmRequest, big).success).toBe(false);
    const fits = { name: "my-app", compose_file: { docker_compose_file: "x".repeat(MAX_COMPOSE_PAYLOAD_BYTES) } };
    expect(v.safeParse(ProvisionCvmRequest, fits).success).toBe(true);
  });

  it("needs app_id with a nonce", () => {
    const result = v.safeParse(ProvisionCvmRequest, { name: "my-app", compose_file: compose, nonce: 5 });
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.path?.[0]?.key).toBe("app_id");
    expect(v.safeParse(ProvisionCvmRequest, { name: "my-app", compose_file: compose, nonce: 5, app_id: "0xabc" }).success).toBe(true);
  });
});

describe("other request schemas", () => {
  it("CommitCvmProvisionRequest needs app_id and compose_hash and a hex encrypted_env", () => {
    expect(v.safeParse(CommitCvmProvisionRequest, { app_id: "a", compose_hash: "h", encrypted_env: "00ff" }).success).toBe(true);
    expect(v.safeParse(CommitCvmProvisionRequest, { compose_hash: "h" }).success).toBe(false);
    expect(v.safeParse(CommitCvmProvisionRequest, { app_id: "a", compose_hash: "h", encrypted_env: "not hex" }).success).toBe(false);
  });

  it("query schemas are strict, as in the official SDK", () => {
    expect(v.safeParse(GetKmsListRequest, { unknownField: "value" }).success).toBe(false);
    expect(v.safeParse(GetKmsListRequest, { page: 0 }).success).toBe(false);
    expect(v.safeParse(GetKmsListRequest, { page: 1.5 }).success).toBe(false);
    expect(v.safeParse(GetCvmListRequest, { page: 2, page_size: 20, node_id: 123 }).success).toBe(true);
    expect(v.safeParse(GetCvmListRequest, { family: "cpu" }).success).toBe(false);
  });

  it("nextAppIds counts is 1..20", () => {
    expect(v.safeParse(NextAppIdsRequest, { counts: 20 }).success).toBe(true);
    expect(v.safeParse(NextAppIdsRequest, { counts: 21 }).success).toBe(false);
    expect(v.safeParse(NextAppIdsRequest, { counts: 0 }).success).toBe(false);
  });

  it("the pubkey endpoint wants 40 hex characters, optionally 0x-prefixed", () => {
    const hex = "a".repeat(40);
    expect(v.safeParse(GetAppEnvEncryptPubKeyRequest, { kms: "kms-1", app_id: hex }).success).toBe(true);
    expect(v.safeParse(GetAppEnvEncryptPubKeyRequest, { kms: "kms-1", app_id: `0x${hex}` }).success).toBe(true);
    expect(v.safeParse(GetAppEnvEncryptPubKeyRequest, { kms: "kms-1", app_id: "abc" }).success).toBe(false);
  });

  it("UpdateCvmEnvsRequest wants hex", () => {
    expect(v.safeParse(UpdateCvmEnvsRequest, { encrypted_env: "deadbeef", env_keys: ["A"] }).success).toBe(true);
    expect(v.safeParse(UpdateCvmEnvsRequest, { encrypted_env: "xyz" }).success).toBe(false);
  });

  it("UpdateCvmVisibilityRequest needs both flags", () => {
    expect(v.safeParse(UpdateCvmVisibilityRequest, { public_sysinfo: true }).success).toBe(false);
    expect(v.safeParse(UpdateCvmVisibilityRequest, { public_sysinfo: true, public_logs: false }).success).toBe(true);
  });

  it("CreateSshKeyRequest wants an OpenSSH public key", () => {
    const key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl user@host";
    expect(v.safeParse(CreateSshKeyRequest, { name: "laptop", public_key: key }).success).toBe(true);
    expect(v.safeParse(CreateSshKeyRequest, { name: "laptop", public_key: "not a key" }).success).toBe(false);
    expect(v.safeParse(CreateSshKeyRequest, { name: "", public_key: key }).success).toBe(false);
  });

  it("CvmIdInput needs one identifier", () => {
    expect(v.safeParse(CvmIdInput, {}).success).toBe(false);
    expect(v.safeParse(CvmIdInput, { name: "my-app" }).success).toBe(true);
  });
});
