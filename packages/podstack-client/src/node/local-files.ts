import { lstat, readdir } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { invalidArgument } from "../s3/invalid";

/** A regular file found under a directory. */
export interface LocalFile {
  /** Its path. */
  readonly path: string;
  /** Its path relative to the directory, with `/` separators: the key's suffix. */
  readonly relative: string;
  readonly size: number;
  readonly mtimeMs: number;
}

export const DEFAULT_MAX_FILES = 100_000;

/**
 * Every regular file under `root`, depth first, sorted. Symbolic links are not followed (no loops,
 * nothing outside `root`); more than `maxFiles` files is an error rather than an endless walk.
 */
export async function walkFiles(root: string, maxFiles: number, operation: string): Promise<LocalFile[]> {
  const found: LocalFile[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const directory = pending.pop() as string;
    const entries = await readdir(directory, { withFileTypes: true });
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) {
        const stats = await lstat(path);
        found.push({ path, relative: relative(root, path).split(sep).join("/"), size: stats.size, mtimeMs: stats.mtimeMs });
        if (found.length > maxFiles) {
          throw invalidArgument(operation, "maxFiles", `at least the number of files under ${root}`, String(maxFiles), "Raise maxFiles, or pick a smaller directory.");
        }
      }
    }
  }
  return found.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

/** `prefix` as a key prefix: empty, or ending with `/`. */
export function asPrefix(prefix: string): string {
  return prefix === "" || prefix.endsWith("/") ? prefix : `${prefix}/`;
}

/**
 * The local path of a key below `root`, or `undefined` when the key would land outside it (`..`
 * segments, an absolute path): a bucket's keys must not write anywhere on the machine.
 */
export function localPathOf(root: string, relativeKey: string): string | undefined {
  if (relativeKey === "" || relativeKey.endsWith("/") || isAbsolute(relativeKey)) return undefined;
  const base = resolve(root);
  const target = resolve(base, ...relativeKey.split("/"));
  return target.startsWith(base + sep) ? target : undefined;
}
