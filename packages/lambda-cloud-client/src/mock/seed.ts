import type { AuditEvent, FirewallRule, Instance } from "../schemas/index.js";
import { seedImages, seedInstanceTypes, seedRegions } from "./seed-catalog.js";
import type { LambdaCloudMockSeed } from "./types.js";

// Account data built from the spec's examples (ids, names, the example instance), adjusted so
// that the pieces refer to each other (the example instance names an SSH key that exists).

const SSH_RULE: FirewallRule = {
  protocol: "tcp",
  port_range: [22, 22],
  source_network: "0.0.0.0/0",
  description: "Allow SSH from anywhere",
};

function seedInstance(): Instance {
  const types = seedInstanceTypes();
  const type = types["gpu_8x_example"];
  if (!type) throw new Error("seed instance type gpu_8x_example is missing");
  return {
    id: "0920582c7ff041399e34823a0be62549",
    name: "My Instance",
    ip: "198.51.100.2",
    private_ip: "10.0.2.100",
    status: "active",
    ssh_key_names: ["my-public-key"],
    file_system_names: ["my-filesystem"],
    file_system_mounts: [{ mount_point: "/lambda/nfs/my-filesystem", file_system_id: "398578a2336b49079e74043f0bd2cfe8" }],
    region: { name: "us-west-1", description: "California, USA" },
    instance_type: type.instance_type,
    hostname: "198-51-100-2",
    jupyter_token: "03b7d30d9d3e4d8fa41657bc0d478c1b",
    jupyter_url:
      "https://jupyter-249e1ccff1894822af39ac822637f881.lambdaspaces.com/?token=03b7d30d9d3e4d8fa41657bc0d478c1b",
    actions: {
      migrate: { available: true },
      rebuild: { available: true },
      restart: { available: true },
      cold_reboot: { available: true },
      terminate: { available: true },
    },
    tags: [
      { key: "key1", value: "value1" },
      { key: "key2", value: "value2" },
    ],
  };
}

function auditEvent(n: number, resource: string, action: string, details: Record<string, unknown>): AuditEvent {
  const hex = n.toString(16).padStart(2, "0");
  return {
    service_name: "cloud",
    resource_name: resource,
    action,
    catalog_version: "2025-09-06",
    event_id: `0123456789abcdef0123456789abcd${hex}`,
    event_time: `2025-09-${String(10 + n).padStart(2, "0")}T10:30:45.123456Z`,
    actor_lrn: "lrn:cloud:identity:00112233445566778899aabbccddeeff",
    resource_lrns: [`lrn:cloud:${resource}:ffeeddccbbaa998877665544332211${hex}`],
    resource_owner_lrn: "lrn:cloud:account:fedcba9876543210fedcba9876543210",
    request_api_key_lrn: n === 1 ? null : "lrn:cloud:api_key:0f1e2d3c4b5a69788796a5b4c3d2e1f0",
    additional_details: details,
  };
}

/** Seven audit events, oldest first: three pages at the default page size of 3. */
function seedAuditEvents(): AuditEvent[] {
  return [
    auditEvent(1, "api_key", "created", { api_key_lrn: "lrn:cloud:api_key:ffeeddccbbaa99887766554433221100" }),
    auditEvent(2, "ssh_key", "created", { ssh_key_lrn: "lrn:cloud:ssh_key:fedc7654ba983210dcba5432987610fe" }),
    auditEvent(3, "filesystem", "created", { region: "us-west-1" }),
    auditEvent(4, "instance", "launched", {
      instance_lrn: "lrn:cloud:instance:ef016789234abcd0123489ab4567cdef",
      instance_type: "gpu_1x_a10",
      region: "us-west-1",
    }),
    auditEvent(5, "firewall_ruleset", "created", { region: "us-west-1" }),
    auditEvent(6, "instance", "terminated", { instance_lrn: "lrn:cloud:instance:ef016789234abcd0123489ab4567cdef" }),
    auditEvent(7, "api_key", "deleted", { api_key_lrn: "lrn:cloud:api_key:ffeeddccbbaa99887766554433221100" }),
  ];
}

/** The default seed: a fresh copy on every call. */
export function defaultSeed(): LambdaCloudMockSeed {
  const user = { id: "3da5a70a57a7422ea8a7203f98b2198b", email: "me@example.com", status: "active" };
  const usWest1 = { name: "us-west-1", description: "California, USA" };
  return {
    user,
    workspaceId: "ddaedf1b7a0e41ac981711504493b242",
    regions: seedRegions(),
    instanceTypes: seedInstanceTypes(),
    images: seedImages(),
    instances: [seedInstance()],
    sshKeys: [
      {
        id: "ddf9a910ceb744a0bb95242cbba6cb50",
        name: "my-public-key",
        public_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICN+lJwsONkwrdsSnQsu1ydUkIuIg5oOC+Eslvmtt60T noname",
      },
    ],
    fileSystems: [
      {
        id: "398578a2336b49079e74043f0bd2cfe8",
        name: "my-filesystem",
        mount_point: "/lambda/nfs/my-filesystem",
        created: "2025-06-01T09:00:00Z",
        created_by: user,
        is_in_use: true,
        region: usWest1,
        bytes_used: 2147483648,
      },
    ],
    firewallRules: [SSH_RULE],
    firewallRulesets: [
      {
        id: "c4d291f47f9d436fa39f58493ce3b50d",
        name: "My Firewall Ruleset",
        region: usWest1,
        rules: [SSH_RULE],
        created: "2025-06-01T09:30:00Z",
        instance_ids: [],
      },
    ],
    globalFirewallRuleset: { id: "global", name: "Default Workspace Global Rules", rules: [SSH_RULE] },
    auditEvents: seedAuditEvents(),
    fabricPartitions: [
      {
        id: "43336648-096d-4cba-9aa2-f9bb7727639d",
        created: "2025-06-02T08:00:00Z",
        name: "training-one",
        workspace_id: "ddaedf1b7a0e41ac981711504493b242",
        region: { name: "us-east-1", description: "Virginia, USA" },
      },
    ],
    tickets: [
      {
        id: "0920582c7ff041399e34823a0be62549",
        subject: "Node 12345 is experiencing an issue",
        description: "Performance drops by 30-40% during peak hours..",
        type: "incident",
        severity: "sev_1",
        status: "open",
        external_ticket_provider: "zendesk",
        external_ticket_id: "12345",
        created_at: "2024-10-20T10:15:00Z",
        updated_at: "2024-10-23T14:30:00Z",
        comments: [
          {
            body: "Instance is experiencing high latency on GPU operations",
            author: "support-agent-123",
            created_at: "2024-10-23T14:30:00Z",
          },
        ],
      },
    ],
    attachments: [
      {
        ticket_id: "0920582c7ff041399e34823a0be62549",
        id: "7f1c2e9a4b3d4c5e8f6a0b1c2d3e4f50",
        filename: "debug-logs.tar.gz",
        content_type: "application/gzip",
        size_bytes: 1024000,
        upload_status: "uploaded",
        uploaded_at: "2024-10-20T10:15:00Z",
        created_at: "2024-10-20T10:10:00Z",
      },
    ],
  };
}
