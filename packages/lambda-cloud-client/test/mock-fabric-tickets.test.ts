import * as v from "valibot";
import {
  AttachmentResponseBody,
  CreateTicketResponseBody,
  FabricPartitionResponseBody,
  InitiateAttachmentUploadResponseBody,
  ListAttachmentsResponseBody,
  ListTicketsResponseBody,
  TicketResponseBody,
} from "../src/index.js";
import { ERROR_FIXTURES } from "./fixtures/errors.js";
import { useLambdaMock } from "./support/server.js";

const { mock, call } = useLambdaMock();
const TICKET = "0920582c7ff041399e34823a0be62549";

describe("fabric partitions", () => {
  it("creates, renames and deletes a partition", async () => {
    const created = await call("POST", "/fabric", { body: { name: "training-two", region: "us-east-1" } });
    const partition = v.parse(FabricPartitionResponseBody, created.json).data;
    expect(partition).toMatchObject({ name: "training-two", workspace_id: mock.state.workspaceId, region: { name: "us-east-1" } });
    expect(partition.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    const renamed = await call("POST", `/fabric/${partition.id}`, { body: { name: "training-three" } });
    expect(v.parse(FabricPartitionResponseBody, renamed.json).data.name).toBe("training-three");
    expect((await call("DELETE", `/fabric/${partition.id}`)).json).toEqual({ data: {} });
    expect(mock.state.fabricPartitions.has(partition.id)).toBe(false);
  });

  it("answers unknown partitions with 404 global/not-found and bad names with 400", async () => {
    const res = await call("DELETE", "/fabric/00000000-0000-4000-a000-000000000000");
    expect(res.status).toBe(404);
    expect(res.json).toEqual(ERROR_FIXTURES.notFound.body);
    expect((await call("POST", "/fabric", { body: { name: "Has Spaces", region: "us-east-1" } })).status).toBe(400);
  });
});

describe("support tickets", () => {
  it("creates a ticket, lists, reads and updates it (202)", async () => {
    const created = await call("POST", "/tickets", {
      body: { subject: "GPU slow", description: "Performance drops.", type: "incident", severity: "sev_2" },
    });
    const ticket = v.parse(CreateTicketResponseBody, created.json).data;
    expect(ticket).toMatchObject({ status: "open", type: "incident", severity: "sev_2", external_ticket_provider: "zendesk" });

    const listed = v.parse(ListTicketsResponseBody, (await call("GET", "/tickets?status=open&order_by=created_at&direction=asc")).json);
    expect(listed.data.tickets.map((t) => t.id)).toEqual([TICKET, ticket.id]);
    expect(listed.data.page_token).toBeNull();

    const patched = await call("PATCH", `/tickets/${ticket.id}`, { body: { status: "solved", comment: { body: "Fixed." } } });
    expect(patched.status).toBe(202);
    expect(patched.json).toEqual({ data: {} });
    const read = v.parse(TicketResponseBody, (await call("GET", `/tickets/${ticket.id}`)).json).data;
    expect(read).toMatchObject({ status: "solved", comments: [{ body: "Fixed.", author: "me@example.com" }] });
    expect(read.resolved_at).toBeDefined();

    const open = v.parse(ListTicketsResponseBody, (await call("GET", "/tickets?status=open")).json);
    expect(open.data.tickets.map((t) => t.id)).toEqual([TICKET]);
  });

  it("omits severity on a service request", async () => {
    const created = await call("POST", "/tickets", { body: { subject: "s", description: "d", type: "service_request", severity: "sev_1" } });
    expect(v.parse(CreateTicketResponseBody, created.json).data.severity).toBeUndefined();
  });

  it("answers an unknown ticket with the documented 'Ticket not found.'", async () => {
    for (const path of ["/tickets/ffff", "/tickets/ffff/attachments"]) {
      const res = await call("GET", path);
      expect(res.status).toBe(404);
      expect(res.json).toEqual(ERROR_FIXTURES.ticketNotFound.body);
    }
  });

  it("refuses an unknown status filter", async () => {
    expect((await call("GET", "/tickets?status=closed")).status).toBe(400);
  });
});

describe("ticket attachments", () => {
  it("initiates, completes, downloads and deletes an attachment", async () => {
    const started = await call("POST", `/tickets/${TICKET}/attachments`, {
      body: { filename: "dmesg.txt", content_type: "text/plain", size_bytes: 2048 },
    });
    const upload = v.parse(InitiateAttachmentUploadResponseBody, started.json).data;
    expect(upload).toMatchObject({ upload_method: "PUT", upload_status: "pending", expires_in: 3600 });
    const pending = v.parse(ListAttachmentsResponseBody, (await call("GET", `/tickets/${TICKET}/attachments?status=pending`)).json);
    expect(pending.data.attachments.map((a) => a.id)).toEqual([upload.attachment_id]);

    const completed = await call("POST", `/tickets/${TICKET}/attachments/${upload.attachment_id}/complete`);
    expect(v.parse(AttachmentResponseBody, completed.json).data).toMatchObject({ upload_status: "uploaded", filename: "dmesg.txt" });
    const download = await call("GET", `/tickets/${TICKET}/attachments/${upload.attachment_id}/download`);
    expect(download.json).toMatchObject({ data: { download_url: expect.stringContaining(upload.attachment_id), expires_in: 3600 } });

    expect((await call("DELETE", `/tickets/${TICKET}/attachments/${upload.attachment_id}`)).json).toEqual({ data: {} });
    const gone = await call("GET", `/tickets/${TICKET}/attachments/${upload.attachment_id}/download`);
    expect(gone.status).toBe(404);
    expect(gone.json).toMatchObject({ error: { code: "global/object-does-not-exist" } });
  });

  it("refuses an attachment of zero bytes", async () => {
    const res = await call("POST", `/tickets/${TICKET}/attachments`, { body: { filename: "f", content_type: "text/plain", size_bytes: 0 } });
    expect(res.status).toBe(400);
  });
});
