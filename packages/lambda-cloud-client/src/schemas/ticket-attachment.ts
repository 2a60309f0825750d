import * as v from "valibot";
import { openEnum } from "@cloud-sdk/auth-core";
import { dataEnvelope, EmptyResponseBody } from "./envelope.js";
import { DateTimeString, Integer } from "./primitives.js";

const UPLOAD_STATUSES = ["pending", "uploaded", "failed", "deleted"] as const;

/** Where an attachment's upload stands (open enum). */
export const AttachmentUploadStatus = openEnum(UPLOAD_STATUSES);
/** See {@link AttachmentUploadStatus}. */
export type AttachmentUploadStatus = v.InferOutput<typeof AttachmentUploadStatus>;

/** A file attached to a support ticket. */
export const Attachment = v.looseObject({
  id: v.string(),
  filename: v.string(),
  content_type: v.string(),
  size_bytes: Integer,
  upload_status: AttachmentUploadStatus,
  uploaded_at: v.optional(DateTimeString),
  created_at: DateTimeString,
});
/** See {@link Attachment}. */
export type Attachment = v.InferOutput<typeof Attachment>;

/** The `data` of `GET /tickets/{ticket_id}/attachments`. */
export const AttachmentListResponse = v.looseObject({ attachments: v.array(Attachment) });
/** See {@link AttachmentListResponse}. */
export type AttachmentListResponse = v.InferOutput<typeof AttachmentListResponse>;

/**
 * The `data` of `POST /tickets/{ticket_id}/attachments`: a presigned URL to `PUT` the file to,
 * then `POST .../complete`.
 */
export const AttachmentInitiateResponse = v.looseObject({
  attachment_id: v.string(),
  upload_url: v.string(),
  upload_method: v.string(),
  upload_status: AttachmentUploadStatus,
  expires_in: Integer,
});
/** See {@link AttachmentInitiateResponse}. */
export type AttachmentInitiateResponse = v.InferOutput<typeof AttachmentInitiateResponse>;

/** The `data` of `GET .../attachments/{attachment_id}/download`: a temporary URL. */
export const AttachmentDownloadResponse = v.looseObject({ download_url: v.string(), expires_in: Integer });
/** See {@link AttachmentDownloadResponse}. */
export type AttachmentDownloadResponse = v.InferOutput<typeof AttachmentDownloadResponse>;

/** Query of `GET /tickets/{ticket_id}/attachments`. */
export const ListAttachmentsQuery = v.strictObject({ status: v.optional(v.picklist(UPLOAD_STATUSES)) });
/** See {@link ListAttachmentsQuery}. */
export type ListAttachmentsQuery = v.InferOutput<typeof ListAttachmentsQuery>;

/** Body of `POST /tickets/{ticket_id}/attachments`. */
export const InitiateAttachmentUploadRequest = v.strictObject({
  filename: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
  content_type: v.pipe(v.string(), v.minLength(1)),
  size_bytes: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
/** See {@link InitiateAttachmentUploadRequest}. */
export type InitiateAttachmentUploadRequest = v.InferOutput<typeof InitiateAttachmentUploadRequest>;

/** `GET /tickets/{ticket_id}/attachments`: `{"data": {"attachments": [...]}}`. */
export const ListAttachmentsResponseBody = dataEnvelope(AttachmentListResponse);
/** See {@link ListAttachmentsResponseBody}. */
export type ListAttachmentsResponseBody = v.InferOutput<typeof ListAttachmentsResponseBody>;

/** `POST /tickets/{ticket_id}/attachments`: `{"data": AttachmentInitiateResponse}`. */
export const InitiateAttachmentUploadResponseBody = dataEnvelope(AttachmentInitiateResponse);
/** See {@link InitiateAttachmentUploadResponseBody}. */
export type InitiateAttachmentUploadResponseBody = v.InferOutput<typeof InitiateAttachmentUploadResponseBody>;

/** `POST .../attachments/{attachment_id}/complete`: `{"data": Attachment}`. */
export const AttachmentResponseBody = dataEnvelope(Attachment);
/** See {@link AttachmentResponseBody}. */
export type AttachmentResponseBody = v.InferOutput<typeof AttachmentResponseBody>;

/** `GET .../attachments/{attachment_id}/download`: `{"data": AttachmentDownloadResponse}`. */
export const AttachmentDownloadResponseBody = dataEnvelope(AttachmentDownloadResponse);
/** See {@link AttachmentDownloadResponseBody}. */
export type AttachmentDownloadResponseBody = v.InferOutput<typeof AttachmentDownloadResponseBody>;

/** `DELETE .../attachments/{attachment_id}`: `{"data": {}}`. */
export const DeleteAttachmentResponseBody = EmptyResponseBody;
/** See {@link DeleteAttachmentResponseBody}. */
export type DeleteAttachmentResponseBody = v.InferOutput<typeof DeleteAttachmentResponseBody>;
