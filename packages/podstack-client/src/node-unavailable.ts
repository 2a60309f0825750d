/**
 * `@cloud-sdk/podstack-client/node` outside Node (browsers, edge runtimes): the same exports, each
 * failing with a `ConfigurationError` that names what to use instead, so shared code still loads.
 */
import { ConfigurationError } from "@cloud-sdk/auth-core";
import type { Buckets } from "./resources/buckets";
import type { UploadResult } from "./s3/upload";
import type {
  DownloadPathOptions,
  SyncOptions,
  SyncResult,
  TransferredFile,
  UploadPathOptions,
} from "./node/types";

export type { DownloadPathOptions, SyncOptions, SyncResult, TransferredFile, UploadPathOptions };

/** False in this build: there is no file system here. */
export const fileSystemSupported = false;

function unavailable(what: string, instead: string): ConfigurationError {
  return new ConfigurationError(
    `${what} needs Node's file system, which this runtime does not have. ${instead}`,
    { option: "runtime" },
  );
}

/** Fails: there are no files here. Use `client.buckets.upload` with bytes, a Blob or a stream. */
export async function upload(
  _buckets: Buckets,
  _bucketId: string,
  _localPath: string,
  _remoteKey: string,
  _options?: UploadPathOptions,
): Promise<UploadResult | UploadResult[]> {
  throw unavailable("buckets.upload from a path", "Pass bytes, a Blob (or File) or a stream to client.buckets.upload().");
}

/** Fails: there are no files here. Use `client.buckets.download` or `downloadStream`. */
export async function download(
  _buckets: Buckets,
  _bucketId: string,
  _remoteKey: string,
  _localPath: string,
  _options?: DownloadPathOptions,
): Promise<TransferredFile[]> {
  throw unavailable("buckets.download to a path", "Use client.buckets.download() or downloadStream().");
}

/** Fails: there are no directories here. */
export async function sync(
  _buckets: Buckets,
  _bucketId: string,
  _localPath: string,
  _remotePrefix: string,
  _options: SyncOptions,
): Promise<SyncResult> {
  throw unavailable("buckets.sync", "Sync from Node, or move objects with client.buckets.upload() and download().");
}
