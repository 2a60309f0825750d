import { NotFoundError } from "../src/index.js";
import { expectRequest, useLambdaClient } from "./support/client.js";

const { mock, client, sent, lastSent } = useLambdaClient();
const PARTITION = "43336648-096d-4cba-9aa2-f9bb7727639d";
const TICKET = "0920582c7ff041399e34823a0be62549";
const ATTACHMENT = "7f1c2e9a4b3d4c5e8f6a0b1c2d3e4f50";
const NOW = { "retry-after": "0" };

describe("client.fabric", () => {
  it("create(params) sends POST /fabric and returns the partition", async () => {
    const partition = await client().fabric.create({ name: "training-two", region: "us-east-1" });
    expectRequest(await lastSent(), { method: "POST", path: "/fabric", apiKey: mock.apiKey, body: { name: "training-two", region: "us-east-1" } });
    expect(partition).toMatchObject({ name: "training-two", region: { name: "us-east-1" }, workspace_id: mock.state.workspaceId });
    expect(mock.state.fabricPartitions.has(partition.id)).toBe(true);
  });

  it("update(id, { name }) sends POST /fabric/{id}", async () => {
    const partition = await client().fabric.update(PARTITION, { name: "renamed" });
    expectRequest(await lastSent(), { method: "POST", path: `/fabric/${PARTITION}`, apiKey: mock.apiKey, body: { name: "renamed" } });
    expect(partition).toMatchObject({ id: PARTITION, name: "renamed" });
  });

  it("delete(id) sends DELETE /fabric/{id}; an unknown id is a NotFoundError", async () => {
    const c = client();
    await expect(c.fabric.delete(PARTITION)).resolves.toBeUndefined();
    expectRequest(await lastSent(), { method: "DELETE", path: `/fabric/${PARTITION}`, apiKey: mock.apiKey });
    await expect(c.fabric.delete(PARTITION)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("client.tickets", () => {
  it("list(filters) sends GET /tickets with repeated array parameters and iterates the tickets", async () => {
    const tickets = await client().tickets.list({ status: ["open", "pending"], order_by: "created_at" }).toArray();
    expectRequest(await lastSent(), {
      method: "GET",
      path: "/tickets",
      apiKey: mock.apiKey,
      query: { status: ["open", "pending"], order_by: "created_at" },
    });
    expect(tickets.map((t) => t.id)).toEqual([TICKET]);
  });

  it("list() follows page_token inside data", async () => {
    const c = client();
    for (let i = 0; i < 25; i += 1) await c.tickets.create({ subject: `s${i}`, description: "d", type: "service_request" });
    const before = (await sent()).length;
    expect(await c.tickets.list().toArray()).toHaveLength(26);
    const pages = (await sent()).slice(before);
    expect(pages).toHaveLength(2);
    expect(pages[1]?.query.get("page_token")).toEqual(expect.any(String));
  });

  it("create(params) sends POST /tickets and returns the created ticket", async () => {
    const params = { subject: "GPU down", description: "nvidia-smi fails", type: "incident" as const, severity: "sev_2" as const, instance_id: TICKET };
    const created = await client().tickets.create(params);
    expectRequest(await lastSent(), { method: "POST", path: "/tickets", apiKey: mock.apiKey, body: params });
    expect(created).toMatchObject({ status: "open", type: "incident", severity: "sev_2" });
  });

  it("get(id) sends GET /tickets/{ticket_id}", async () => {
    const ticket = await client().tickets.get(TICKET);
    expectRequest(await lastSent(), { method: "GET", path: `/tickets/${TICKET}`, apiKey: mock.apiKey });
    expect(ticket.comments).toHaveLength(1);
  });

  it("update(id, params) sends PATCH /tickets/{ticket_id} and accepts the 202", async () => {
    await expect(client().tickets.update(TICKET, { status: "solved", comment: { body: "fixed" } })).resolves.toBeUndefined();
    expectRequest(await lastSent(), {
      method: "PATCH",
      path: `/tickets/${TICKET}`,
      apiKey: mock.apiKey,
      body: { status: "solved", comment: { body: "fixed" } },
    });
    expect(mock.state.tickets.get(TICKET)?.status).toBe("solved");
  });

  it("update is retried without a comment, not with one (a comment could be posted twice)", async () => {
    const c = client();
    mock.failNext({ status: 503, method: "PATCH", headers: NOW });
    await c.tickets.update(TICKET, { severity: "sev_3" });
    expect(await sent()).toHaveLength(2);
    mock.failNext({ status: 503, method: "PATCH", headers: NOW });
    await expect(c.tickets.update(TICKET, { comment: { body: "once" } })).rejects.toMatchObject({ status: 503 });
    expect(await sent()).toHaveLength(3);
  });
});

describe("client.tickets.attachments", () => {
  const base = `/tickets/${TICKET}/attachments`;

  it("list(ticketId, { status }) sends GET …/attachments and returns the array", async () => {
    const attachments = await client().tickets.attachments.list(TICKET, { status: "uploaded" });
    expectRequest(await lastSent(), { method: "GET", path: base, apiKey: mock.apiKey, query: { status: "uploaded" } });
    expect(attachments.map((a) => a.id)).toEqual([ATTACHMENT]);
  });

  it("initiateUpload, completeUpload, getDownloadURL and delete follow the documented paths", async () => {
    const c = client().tickets.attachments;
    const upload = await c.initiateUpload(TICKET, { filename: "dmesg.txt", content_type: "text/plain", size_bytes: 2048 });
    expectRequest(await lastSent(), {
      method: "POST",
      path: base,
      apiKey: mock.apiKey,
      body: { filename: "dmesg.txt", content_type: "text/plain", size_bytes: 2048 },
    });
    expect(upload).toMatchObject({ upload_method: "PUT", upload_status: "pending", expires_in: 3600 });

    const done = await c.completeUpload(TICKET, upload.attachment_id);
    expectRequest(await lastSent(), { method: "POST", path: `${base}/${upload.attachment_id}/complete`, apiKey: mock.apiKey });
    expect(done).toMatchObject({ id: upload.attachment_id, upload_status: "uploaded", filename: "dmesg.txt" });

    const download = await c.getDownloadURL(TICKET, upload.attachment_id);
    expectRequest(await lastSent(), { method: "GET", path: `${base}/${upload.attachment_id}/download`, apiKey: mock.apiKey });
    expect(download.download_url).toContain(upload.attachment_id);

    await expect(c.delete(TICKET, upload.attachment_id)).resolves.toBeUndefined();
    expectRequest(await lastSent(), { method: "DELETE", path: `${base}/${upload.attachment_id}`, apiKey: mock.apiKey });
    expect(await c.list(TICKET)).toHaveLength(1);
  });

  it("an unknown ticket is a NotFoundError with Lambda's ticket message", async () => {
    await expect(client().tickets.attachments.list("ffffffffffffffffffffffffffffffff")).rejects.toMatchObject({
      constructor: NotFoundError,
      message: "global/not-found: Ticket not found. Check the ticket ID and try again.",
    });
  });
});
