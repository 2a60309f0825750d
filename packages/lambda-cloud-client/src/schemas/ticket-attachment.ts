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
  /** The attachment's unique id, used in `.../attachments/{attachment_id}`. */
  id: v.string(),
  /** The original file name. */
  filename: v.string(),
  /** The file's MIME type. */
  content_type: v.string(),
  /** The file's size in bytes. */
  size_bytes: Integer,
  /** Where the upload stands. */
  upload_status: AttachmentUploadStatus,
  /** When the upload finished (ISO 8601); absent until then. */
  uploaded_at: v.optional(DateTimeString),
  /** When the attachment was created (ISO 8601). */
  created_at: DateTimeString,
});
/** See {@link Attachment}. */
export type Attachment = {
  [K in keyof v.InferOutput<typeof Attachment>]: v.InferOutput<typeof Attachment>[K];
};

/** The `data` of `GET /tickets/{ticket_id}/attachments`. */
export const AttachmentListResponse = v.looseObject({
  /** The ticket's attachments; without a `status` filter, only uploaded ones. */
  attachments: v.array(Attachment),
});
/** See {@link AttachmentListResponse}. */
export type AttachmentListResponse = {
  [K in keyof v.InferOutput<typeof AttachmentListResponse>]: v.InferOutput<typeof AttachmentListResponse>[K];
};

/**
 * The `data` of `POST /tickets/{ticket_id}/attachments`: a presigned URL to `PUT` the file to,
 * then `POST .../complete`.
 */
export const AttachmentInitiateResponse = v.looseObject({
  /** The new attachment's id, for the `complete` call. */
  attachment_id: v.string(),
  /** The presigned URL to upload the file to. */
  upload_url: v.string(),
  /** The HTTP method the upload must use (`PUT` or `POST`). */
  upload_method: v.string(),
  /** Where the upload stands (`pending` until it completes). */
  upload_status: AttachmentUploadStatus,
  /** Seconds until `upload_url` stops working. */
  expires_in: Integer,
});
/** See {@link AttachmentInitiateResponse}. */
export type AttachmentInitiateResponse = {
  [K in keyof v.InferOutput<typeof AttachmentInitiateResponse>]: v.InferOutput<typeof AttachmentInitiateResponse>[K];
};

/** The `data` of `GET .../attachments/{attachment_id}/download`: a temporary URL. */
export const AttachmentDownloadResponse = v.looseObject({
  /** A presigned URL to download the file from. */
  download_url: v.string(),
  /** Seconds until `download_url` stops working. */
  expires_in: Integer,
});
/** See {@link AttachmentDownloadResponse}. */
export type AttachmentDownloadResponse = {
  [K in keyof v.InferOutput<typeof AttachmentDownloadResponse>]: v.InferOutput<typeof AttachmentDownloadResponse>[K];
};

/** Query of `GET /tickets/{ticket_id}/attachments`. */
export const ListAttachmentsQuery = v.strictObject({
  /** Only attachments in this upload status; omitted: only uploaded ones. */
  status: v.optional(v.picklist(UPLOAD_STATUSES)),
});
/** See {@link ListAttachmentsQuery}. */
export type ListAttachmentsQuery = {
  [K in keyof v.InferOutput<typeof ListAttachmentsQuery>]: v.InferOutput<typeof ListAttachmentsQuery>[K];
};

/** Body of `POST /tickets/{ticket_id}/attachments`. */
export const InitiateAttachmentUploadRequest = v.strictObject({
  /** The file's name, 1 to 255 characters. */
  filename: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
  /** The file's MIME type, e.g. `application/gzip`. */
  content_type: v.pipe(v.string(), v.minLength(1)),
  /** The file's size in bytes, at least 1. */
  size_bytes: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
/** See {@link InitiateAttachmentUploadRequest}. */
export type InitiateAttachmentUploadRequest = {
  [K in keyof v.InferOutput<typeof InitiateAttachmentUploadRequest>]: v.InferOutput<typeof InitiateAttachmentUploadRequest>[K];
};

/** `GET /tickets/{ticket_id}/attachments`: `{"data": {"attachments": [...]}}`. */
export const ListAttachmentsResponseBody = dataEnvelope(AttachmentListResponse);
/** See {@link ListAttachmentsResponseBody}. */
export type ListAttachmentsResponseBody = {
  [K in keyof v.InferOutput<typeof ListAttachmentsResponseBody>]: v.InferOutput<typeof ListAttachmentsResponseBody>[K];
};

/** `POST /tickets/{ticket_id}/attachments`: `{"data": AttachmentInitiateResponse}`. */
export const InitiateAttachmentUploadResponseBody = dataEnvelope(AttachmentInitiateResponse);
/** See {@link InitiateAttachmentUploadResponseBody}. */
export type InitiateAttachmentUploadResponseBody = {
  [K in keyof v.InferOutput<typeof InitiateAttachmentUploadResponseBody>]: v.InferOutput<typeof InitiateAttachmentUploadResponseBody>[K];
};

/** `POST .../attachments/{attachment_id}/complete`: `{"data": Attachment}`. */
export const AttachmentResponseBody = dataEnvelope(Attachment);
/** See {@link AttachmentResponseBody}. */
export type AttachmentResponseBody = {
  [K in keyof v.InferOutput<typeof AttachmentResponseBody>]: v.InferOutput<typeof AttachmentResponseBody>[K];
};

/** `GET .../attachments/{attachment_id}/download`: `{"data": AttachmentDownloadResponse}`. */
export const AttachmentDownloadResponseBody = dataEnvelope(AttachmentDownloadResponse);
/** See {@link AttachmentDownloadResponseBody}. */
export type AttachmentDownloadResponseBody = {
  [K in keyof v.InferOutput<typeof AttachmentDownloadResponseBody>]: v.InferOutput<typeof AttachmentDownloadResponseBody>[K];
};

/** `DELETE .../attachments/{attachment_id}`: `{"data": {}}`. */
export const DeleteAttachmentResponseBody = EmptyResponseBody;
/** See {@link DeleteAttachmentResponseBody}. */
export type DeleteAttachmentResponseBody = {
  [K in keyof v.InferOutput<typeof DeleteAttachmentResponseBody>]: v.InferOutput<typeof DeleteAttachmentResponseBody>[K];
};
