import * as v from "valibot";
import { ApiErrorResponseBody, LAMBDA_CLOUD_OPERATIONS, type LambdaCloudOperationId } from "../src/index.js";
import { useLambdaMock } from "./support/server.js";

// Every answer of the fake, success or error, is checked against the schema of its operation:
// the fake must speak exactly the wire format the client will parse.

const { mock, server, call } = useLambdaMock();

const operations = Object.entries(LAMBDA_CLOUD_OPERATIONS)
  .map(([id, op]) => ({
    id: id as LambdaCloudOperationId,
    op,
    pattern: new RegExp(`^${op.path.replace(/\{\w+\}/g, "[^/]+")}$`),
    params: (op.path.match(/\{/g) ?? []).length,
  }))
  // Literal paths first, so that /firewall-rulesets/global is not taken for /firewall-rulesets/{id}.
  .sort((a, b) => a.params - b.params);

function operationOf(method: string, url: string) {
  const path = new URL(url).pathname.slice(new URL(mock.baseURL).pathname.length);
  return operations.find((o) => o.op.method === method && o.pattern.test(path));
}

interface Seen {
  operation: LambdaCloudOperationId | undefined;
  method: string;
  url: string;
  status: number;
  body: Promise<string>;
}

const seen: Seen[] = [];
beforeAll(() => {
  server.events.on("response:mocked", ({ request, response }) => {
    const operation = operationOf(request.method, request.url)?.id;
    seen.push({ operation, method: request.method, url: request.url, status: response.status, body: response.clone().text() });
  });
});

async function scenario(): Promise<void> {
  const a10 = { region_name: "us-west-1", instance_type_name: "gpu_1x_a10", ssh_key_names: ["my-public-key"] };
  const rule = { protocol: "tcp", port_range: [22, 22], source_network: "0.0.0.0/0", description: "SSH" };
  const launched = (await call("POST", "/instance-operations/launch", { body: a10 })).json as { data: { instance_ids: string[] } };
  const id = launched.data.instance_ids[0] ?? "";
  await call("GET", "/instances");
  await call("GET", `/instances/${id}`);
  await call("POST", `/instances/${id}`, { body: { name: "renamed" } });
  await call("POST", "/instance-operations/restart", { body: { instance_ids: [id] } });
  await call("POST", "/instance-operations/terminate", { body: { instance_ids: [id] } });
  await call("GET", "/instance-types");
  await call("GET", "/images");
  await call("GET", "/regions");
  const key = (await call("POST", "/ssh-keys", { body: { name: "generated" } })).json as { data: { id: string } };
  await call("POST", "/ssh-keys", { body: { name: "imported", public_key: "ssh-ed25519 AAAA x" } });
  await call("GET", "/ssh-keys");
  await call("DELETE", `/ssh-keys/${key.data.id}`);
  const fs = (await call("POST", "/filesystems", { body: { name: "scratch", region: "us-west-1" } })).json as { data: { id: string } };
  await call("GET", "/file-systems");
  await call("DELETE", `/filesystems/${fs.data.id}`);
  await call("GET", "/firewall-rules");
  await call("PUT", "/firewall-rules", { body: { data: [rule] } });
  const rs = (await call("POST", "/firewall-rulesets", { body: { name: "r", region: "us-west-1", rules: [rule] } })).json as { data: { id: string } };
  await call("GET", "/firewall-rulesets");
  await call("GET", `/firewall-rulesets/${rs.data.id}`);
  await call("PATCH", `/firewall-rulesets/${rs.data.id}`, { body: { name: "r2" } });
  await call("DELETE", `/firewall-rulesets/${rs.data.id}`);
  await call("GET", "/firewall-rulesets/global");
  await call("PATCH", "/firewall-rulesets/global", { body: { rules: [rule] } });
  await call("GET", "/audit-events");
  const part = (await call("POST", "/fabric", { body: { name: "p1", region: "us-east-1" } })).json as { data: { id: string } };
  await call("POST", `/fabric/${part.data.id}`, { body: { name: "p2" } });
  await call("DELETE", `/fabric/${part.data.id}`);
  const ticket = (await call("POST", "/tickets", { body: { subject: "s", description: "d", type: "incident" } })).json as { data: { id: string } };
  await call("GET", "/tickets");
  await call("GET", `/tickets/${ticket.data.id}`);
  await call("PATCH", `/tickets/${ticket.data.id}`, { body: { comment: { body: "c" } } });
  const t = `/tickets/${ticket.data.id}/attachments`;
  const att = (await call("POST", t, { body: { filename: "f.txt", content_type: "text/plain", size_bytes: 1 } })).json as { data: { attachment_id: string } };
  await call("GET", t);
  await call("POST", `${t}/${att.data.attachment_id}/complete`);
  await call("GET", `${t}/${att.data.attachment_id}/download`);
  await call("DELETE", `${t}/${att.data.attachment_id}`);
  // A sample of errors, whose bodies must be Lambda's error envelope.
  await call("GET", "/instances/unknown");
  await call("GET", "/instances", { authorization: null });
  await call("POST", "/instance-operations/launch", { body: { ...a10, instance_type_name: "gpu_8x_h100_sxm5gdr" } });
  await call("DELETE", "/filesystems/398578a2336b49079e74043f0bd2cfe8");
  await call("POST", "/filesystems", { body: { name: "my-filesystem", region: "us-west-1" } });
  await call("GET", "/tickets/unknown");
  await call("GET", "/nope");
}

describe("every answer of the fake parses with its schema", () => {
  beforeAll(scenario);

  it("covers all 37 operations with a success", () => {
    const covered = new Set(seen.filter((s) => s.status < 300).map((s) => s.operation));
    expect([...covered].sort()).toEqual(Object.keys(LAMBDA_CLOUD_OPERATIONS).sort());
  });

  it("answers each operation with its documented success status and body", async () => {
    const failures: string[] = [];
    for (const s of seen.filter((x) => x.status < 300)) {
      const op = s.operation ? LAMBDA_CLOUD_OPERATIONS[s.operation] : undefined;
      if (!op) {
        failures.push(`${s.method} ${s.url}: no operation`);
        continue;
      }
      if (s.status !== op.status) failures.push(`${s.method} ${s.url}: status ${s.status}, expected ${op.status}`);
      const result = v.safeParse(op.response, JSON.parse(await s.body));
      if (!result.success) failures.push(`${s.operation}: ${v.summarize(result.issues)}`);
    }
    expect(failures).toEqual([]);
  });

  it("answers every error in Lambda's error envelope", async () => {
    const errors = seen.filter((s) => s.status >= 400);
    expect(errors.map((e) => e.status).sort()).toEqual([400, 400, 400, 401, 404, 404, 404]);
    for (const e of errors) expect(v.safeParse(ApiErrorResponseBody, JSON.parse(await e.body)).success).toBe(true);
  });
});
