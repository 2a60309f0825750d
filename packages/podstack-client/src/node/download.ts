import type { Buckets } from "../resources/buckets";
import { invalidArgument } from "../s3/invalid";
import { asPrefix, DEFAULT_MAX_FILES, localPathOf } from "./local-files";
import type { DownloadPathOptions, TransferredFile } from "./types";
import { downloadToFile } from "./write-file";

const OPERATION = "buckets.download";

/**
 * Downloads an object into the file `localPath` (streamed, written under a temporary name and
 * renamed when complete), or with `recursive: true` every object under the prefix `remoteKey` into
 * the directory `localPath` [doc: `client.buckets.download(bucket_id, remote_key, local_path,
 * recursive=True)`]. A key whose path would fall outside `localPath` (`../x`) stops the download
 * with a `RequestValidationError` before it is written. No size limit unless `maxBytes` is given.
 *
 * @example
 * ```ts
 * import { download } from "@cloud-sdk/podstack-client/node";
 *
 * await download(client.buckets, "bucket-id", "models/model.pt", "./model.pt");
 * await download(client.buckets, "bucket-id", "results/", "./results/", { recursive: true });
 * ```
 */
export async function download(
  buckets: Buckets,
  bucketId: string,
  remoteKey: string,
  localPath: string,
  options: DownloadPathOptions = {},
): Promise<TransferredFile[]> {
  if (!options.recursive) {
    const size = await downloadToFile(buckets, bucketId, remoteKey, localPath, options);
    return [{ key: remoteKey, path: localPath, size_bytes: size }];
  }
  const prefix = asPrefix(remoteKey);
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  const results: TransferredFile[] = [];
  let seen = 0;
  for await (const object of buckets.listObjects(bucketId, { prefix }, options)) {
    seen += 1;
    if (seen > maxFiles) {
      throw invalidArgument(OPERATION, "maxFiles", `at least the number of objects under ${prefix}`, String(maxFiles), "Raise maxFiles, or download a narrower prefix.");
    }
    if (object.key.endsWith("/")) continue; // a "folder" marker, not a file
    const path = localPathOf(localPath, object.key.slice(prefix.length));
    if (path === undefined) {
      throw invalidArgument(OPERATION, "key", `a key whose path stays inside ${localPath}`, object.key, "The object was not written; rename it in the bucket.");
    }
    const size = await downloadToFile(buckets, bucketId, object.key, path, options, object.last_modified);
    results.push({ key: object.key, path, size_bytes: size });
  }
  return results;
}
