import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A real S3-compatible server (s3rver) for one test file. */
export interface RealS3 {
  /** `http://127.0.0.1:<port>`. */
  readonly endpoint: string;
  stop(): Promise<void>;
}

const START_LIMIT_MS = 10_000;

/**
 * Starts s3rver on 127.0.0.1 at a random port in a child process (see s3rver-child.cjs for why),
 * storing in a new temporary directory, with the given buckets. Its fixed credentials are `S3RVER` /
 * `S3RVER`; it checks the access key id (not SigV4 signatures: s3rver leaves V4 verification
 * unimplemented). `stop()` ends the process and deletes the directory.
 */
export async function startS3rver(buckets: string[]): Promise<RealS3> {
  const directory = mkdtempSync(join(tmpdir(), "podstack-s3rver-"));
  const child: ChildProcess = spawn(
    process.execPath,
    ["--openssl-legacy-provider", join(__dirname, "s3rver-child.cjs"), directory, ...buckets],
    { cwd: join(__dirname, "..", ".."), stdio: ["pipe", "pipe", "inherit"] },
  );
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.stdin?.end();
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 3_000)))]);
      clearTimeout(timer);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    rmSync(directory, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`s3rver did not start within ${START_LIMIT_MS} ms`)), START_LIMIT_MS);
      let output = "";
      child.stdout?.on("data", (chunk: Buffer) => {
        output += chunk.toString("utf8");
        const line = /\{"port":(\d+)\}/.exec(output);
        if (line) {
          clearTimeout(timer);
          resolve(Number(line[1]));
        }
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`s3rver exited with code ${code} before listening`));
      });
    });
    return { endpoint: `http://127.0.0.1:${port}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** s3rver's fixed access key id and secret. */
export const S3RVER_KEY = "S3RVER";
