import { type RequestOptions, type Transport, validateInput, validateQuery } from "@cloud-sdk/auth-core";
import {
  InitiateAttachmentUploadRequest,
  ListAttachmentsQuery,
  type Attachment,
  type AttachmentDownloadResponse,
  type AttachmentInitiateResponse,
} from "../schemas/ticket-attachment.js";
import { defineOperation, send } from "./operation.js";

const LIST = defineOperation("tickets.attachments.list", "listAttachments");
// Each call registers another pending attachment. Its answer and the download answer carry presigned
// URLs, which let anyone holding them upload or read the file: kept off errors like a secret.
const INITIATE = defineOperation("tickets.attachments.initiateUpload", "initiateAttachmentUpload", {
  idempotent: false,
  sensitiveResponse: true,
});
// Marking an upload complete twice leaves it complete.
const COMPLETE = defineOperation("tickets.attachments.completeUpload", "completeAttachmentUpload", { idempotent: true });
const DOWNLOAD = defineOperation("tickets.attachments.getDownloadURL", "getAttachmentDownloadUrl", { sensitiveResponse: true });
const DELETE = defineOperation("tickets.attachments.delete", "deleteAttachment");

/**
 * Files attached to a support ticket. Uploading takes three steps: `initiateUpload` (a presigned
 * URL), a `PUT` of the file to that URL with your own `fetch`, then `completeUpload`.
 */
export class TicketAttachments {
  readonly #transport: Transport;

  /** @internal Created by `Tickets`. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * The attachments of a ticket, optionally only those in one upload status.
   * `GET /tickets/{ticket_id}/attachments`.
   *
   * @example
   * ```ts
   * const uploaded = await client.tickets.attachments.list(ticketId, { status: "uploaded" });
   * ```
   */
  async list(ticketId: string, params?: ListAttachmentsQuery, options?: RequestOptions): Promise<Attachment[]> {
    const query = params === undefined ? undefined : validateQuery(ListAttachmentsQuery, params, LIST.operation);
    return (await send(this.#transport, LIST, { pathParams: { ticket_id: ticketId }, query }, options)).data.attachments;
  }

  /**
   * Registers an attachment and answers where to upload it. Not retried automatically.
   * `POST /tickets/{ticket_id}/attachments`.
   *
   * @example
   * ```ts
   * const { attachment_id, upload_url, upload_method } = await client.tickets.attachments.initiateUpload(ticketId, {
   *   filename: "dmesg.txt", content_type: "text/plain", size_bytes: file.size,
   * });
   * await fetch(upload_url, { method: upload_method, body: file });
   * await client.tickets.attachments.completeUpload(ticketId, attachment_id);
   * ```
   */
  async initiateUpload(
    ticketId: string,
    params: InitiateAttachmentUploadRequest,
    options?: RequestOptions,
  ): Promise<AttachmentInitiateResponse> {
    const json = validateInput(InitiateAttachmentUploadRequest, params, INITIATE.operation);
    return (await send(this.#transport, INITIATE, { pathParams: { ticket_id: ticketId }, json }, options)).data;
  }

  /**
   * Marks an upload complete, after the file was sent to the presigned URL.
   * `POST /tickets/{ticket_id}/attachments/{attachment_id}/complete`.
   *
   * @example
   * ```ts
   * const attachment = await client.tickets.attachments.completeUpload(ticketId, attachmentId);
   * ```
   */
  async completeUpload(ticketId: string, attachmentId: string, options?: RequestOptions): Promise<Attachment> {
    return (await send(this.#transport, COMPLETE, { pathParams: { ticket_id: ticketId, attachment_id: attachmentId } }, options)).data;
  }

  /**
   * A temporary URL to download an attachment (`expires_in` seconds).
   * `GET /tickets/{ticket_id}/attachments/{attachment_id}/download`.
   *
   * @example
   * ```ts
   * const { download_url } = await client.tickets.attachments.getDownloadURL(ticketId, attachmentId);
   * ```
   */
  async getDownloadURL(ticketId: string, attachmentId: string, options?: RequestOptions): Promise<AttachmentDownloadResponse> {
    return (await send(this.#transport, DOWNLOAD, { pathParams: { ticket_id: ticketId, attachment_id: attachmentId } }, options)).data;
  }

  /**
   * Deletes an attachment. `DELETE /tickets/{ticket_id}/attachments/{attachment_id}`.
   *
   * @example
   * ```ts
   * await client.tickets.attachments.delete(ticketId, attachmentId);
   * ```
   */
  async delete(ticketId: string, attachmentId: string, options?: RequestOptions): Promise<void> {
    await send(this.#transport, DELETE, { pathParams: { ticket_id: ticketId, attachment_id: attachmentId } }, options);
  }
}
