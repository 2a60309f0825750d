import type { HttpHandler } from "msw";
import * as v from "valibot";
import { type Attachment, InitiateAttachmentUploadRequest, ListAttachmentsQuery } from "../../schemas/index.js";
import type { MockContext } from "../context.js";
import { errorResponse, invalidParameters, LAMBDA_CLOUD_ERRORS } from "../errors.js";
import { ok, readBody, route, type RouteRequest } from "../route.js";

// Presigned URLs point at a reserved domain: the fake does not accept the uploads themselves.
const STORAGE = "https://storage.example.com";

/**
 * Ticket attachments: list (optional `status`), initiate an upload (a `pending` attachment and a
 * presigned URL), complete it (`uploaded`), get a download URL, delete. An unknown ticket gets
 * "Ticket not found."; an unknown attachment `global/object-does-not-exist` (fake's wording).
 */
export function ticketAttachmentHandlers(ctx: MockContext): HttpHandler[] {
  const base = "/tickets/{ticket_id}/attachments";
  const ticketNotFound = () => errorResponse(404, LAMBDA_CLOUD_ERRORS.ticketNotFound);
  const attachmentsOf = (params: RouteRequest["params"]): Map<string, Attachment> | undefined => {
    const ticketId = params.ticket_id ?? "";
    if (!ctx.state.tickets.has(ticketId)) return undefined;
    const existing = ctx.state.attachments.get(ticketId);
    if (existing) return existing;
    const created = new Map<string, Attachment>();
    ctx.state.attachments.set(ticketId, created);
    return created;
  };
  const withAttachment = (params: RouteRequest["params"], use: (a: Attachment, all: Map<string, Attachment>) => Response) => {
    const all = attachmentsOf(params);
    if (!all) return ticketNotFound();
    const attachment = all.get(params.attachment_id ?? "");
    if (!attachment) {
      return errorResponse(404, {
        code: "global/object-does-not-exist",
        message: "Attachment does not exist.",
        suggestion: "Check the attachment ID and try again.",
      });
    }
    return use(attachment, all);
  };
  return [
    route(ctx, "get", base, ({ params, query }) => {
      const all = attachmentsOf(params);
      if (!all) return ticketNotFound();
      const parsed = v.safeParse(ListAttachmentsQuery, { status: query.get("status") ?? undefined });
      if (!parsed.success) return invalidParameters(`status: ${parsed.issues[0]?.message ?? "invalid"}`);
      const status = parsed.output.status;
      return ok({ attachments: [...all.values()].filter((a) => status === undefined || a.upload_status === status) });
    }),
    route(ctx, "post", base, async ({ params, request }) => {
      const all = attachmentsOf(params);
      if (!all) return ticketNotFound();
      const body = await readBody(request, InitiateAttachmentUploadRequest);
      if (!body.ok) return body.response;
      const attachment: Attachment = { id: ctx.runtime.hexId(), ...body.value, upload_status: "pending", created_at: ctx.runtime.now() };
      all.set(attachment.id, attachment);
      return ok({
        attachment_id: attachment.id,
        upload_url: `${STORAGE}/uploads/${attachment.id}?signature=mock`,
        upload_method: "PUT",
        upload_status: "pending",
        expires_in: 3600,
      });
    }),
    route(ctx, "post", `${base}/{attachment_id}/complete`, ({ params }) =>
      withAttachment(params, (attachment) => {
        attachment.upload_status = "uploaded";
        attachment.uploaded_at = ctx.runtime.now();
        return ok(attachment);
      }),
    ),
    route(ctx, "get", `${base}/{attachment_id}/download`, ({ params }) =>
      withAttachment(params, (attachment) =>
        ok({ download_url: `${STORAGE}/downloads/${attachment.id}?signature=mock`, expires_in: 3600 }),
      ),
    ),
    route(ctx, "delete", `${base}/{attachment_id}`, ({ params }) =>
      withAttachment(params, (attachment, all) => {
        all.delete(attachment.id);
        return ok({});
      }),
    ),
  ];
}
