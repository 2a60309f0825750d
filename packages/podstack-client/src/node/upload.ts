import { openAsBlob } from "node:fs";
import { stat } from "node:fs/promises";
import type { Buckets } from "../resources/buckets";
import { invalidArgument } from "../s3/invalid";
import type { UploadResult } from "../s3/upload";
import { asPrefix, DEFAULT_MAX_FILES, walkFiles } from "./local-files";
import type { UploadPathOptions } from "./types";

const OPERATION = "buckets.upload";

/**
 * Uploads a local file to `remoteKey`, or with `recursive: true` a directory, each file under
 * `remoteKey` as a prefix (`data/` + its path inside the directory) [doc:
 * `client.buckets.upload(bucket_id, local_path, remote_key, recursive=True)`]. Files are read lazily
 * (`fs.openAsBlob`), part by part; large files go as multipart uploads like `client.buckets.upload`.
 *
 * @example
 * ```ts
 * import { upload } from "@cloud-sdk/podstack-client/node";
 *
 * await upload(client.buckets, "bucket-id", "./data.csv", "datasets/data.csv");
 * await upload(client.buckets, "bucket-id", "./training_data/", "data/", { recursive: true });
 * ```
 */
export async function upload(buckets: Buckets, bucketId: string, localPath: string, remoteKey: string, options?: UploadPathOptions & { recursive?: false | undefined }): Promise<UploadResult>;
export async function upload(buckets: Buckets, bucketId: string, localPath: string, remoteKey: string, options: UploadPathOptions & { recursive: true }): Promise<UploadResult[]>;
export async function upload(
  buckets: Buckets,
  bucketId: string,
  localPath: string,
  remoteKey: string,
  options: UploadPathOptions = {},
): Promise<UploadResult | UploadResult[]> {
  const stats = await stat(localPath);
  if (!options.recursive) {
    if (!stats.isFile()) {
      throw invalidArgument(OPERATION, "localPath", "a file (or a directory with recursive: true)", localPath, "Pass { recursive: true } to upload a directory.");
    }
    return buckets.upload(bucketId, remoteKey, await openAsBlob(localPath), options);
  }
  if (!stats.isDirectory()) {
    throw invalidArgument(OPERATION, "localPath", "a directory when recursive is true", localPath, "Leave out recursive to upload one file.");
  }
  const prefix = asPrefix(remoteKey);
  const files = await walkFiles(localPath, options.maxFiles ?? DEFAULT_MAX_FILES, OPERATION);
  const results: UploadResult[] = [];
  for (const file of files) {
    results.push(await buckets.upload(bucketId, prefix + file.relative, await openAsBlob(file.path), options));
  }
  return results;
}
