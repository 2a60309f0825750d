import type { DownloadOptions } from "../s3/download";
import type { UploadOptions } from "../s3/upload";

/** Options of the Node `upload`: those of `client.buckets.upload`, plus `recursive` [doc]. */
export interface UploadPathOptions extends UploadOptions {
  /** `true`: `localPath` is a directory, uploaded file by file under `remoteKey` as a prefix [doc]. */
  recursive?: boolean | undefined;
  /** Most files a recursive upload walks; more is an error. Default 100 000. */
  maxFiles?: number | undefined;
}

/** Options of the Node `download`: those of `client.buckets.download`, plus `recursive` [doc]. */
export interface DownloadPathOptions extends DownloadOptions {
  /** `true`: `remoteKey` is a prefix, every object under it is written below `localPath` [doc]. */
  recursive?: boolean | undefined;
  /** Most objects a recursive download takes; more is an error. Default 100 000. */
  maxFiles?: number | undefined;
}

/** Options of `sync`; `direction` is the Python SDK's [doc]. */
export interface SyncOptions extends UploadOptions {
  /** `"upload"`: local to bucket; `"download"`: bucket to local [doc]. */
  direction: "upload" | "download";
  /** Most files (or objects) compared; more is an error. Default 100 000. */
  maxFiles?: number | undefined;
  /** Largest object a download takes, in bytes; default no limit. */
  maxBytes?: number | undefined;
}

/** One file moved by the Node helpers. */
export interface TransferredFile {
  /** The object's key. */
  readonly key: string;
  /** The local file's path. */
  readonly path: string;
  /** Bytes moved. */
  readonly size_bytes: number;
}

/** What `sync` answers. */
export interface SyncResult {
  /** Which way the files went. */
  readonly direction: "upload" | "download";
  /** Files that were new or changed, and were copied. */
  readonly transferred: TransferredFile[];
  /** Keys already the same on both sides (same size, not newer). */
  readonly skipped: string[];
  /** Keys refused because their local path would fall outside `localPath` (such as `../x`). */
  readonly refused: string[];
}
