/**
 * `@cloud-sdk/podstack-client/node`: the bucket calls that need Node's file system — upload from a
 * path, download to a path, and `sync` of a directory. Each takes `client.buckets` first. In
 * browsers and edge runtimes this entry resolves to versions that fail with a
 * `ConfigurationError`, so shared code still loads there.
 */
export { download } from "./node/download";
export { sync } from "./node/sync";
export type {
  DownloadPathOptions,
  SyncOptions,
  SyncResult,
  TransferredFile,
  UploadPathOptions,
} from "./node/types";
export { upload } from "./node/upload";

/** True in this build: files and directories can be read and written. */
export const fileSystemSupported = true;
