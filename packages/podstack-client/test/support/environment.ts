import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Sets environment variables for one test; `undefined` unsets. Restored after the test. */
export function setEnv(values: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(values)) {
    const previous = process.env[name];
    restores.push(() => {
      if (previous === undefined) delete process.env[name];
      else process.env[name] = previous;
    });
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

const restores: (() => void)[] = [];
afterEach(() => {
  while (restores.length > 0) restores.pop()?.();
});

/**
 * Writes a real credentials file in a fresh temporary directory (each call a new path, so
 * auth-core's once-per-file permission warning is seen by the test that wants it) and returns its
 * path. Mode 0600 unless given.
 */
export function writeCredentials(text: string, mode = 0o600): string {
  const path = join(mkdtempSync(join(tmpdir(), "podstack-credentials-")), "credentials");
  writeFileSync(path, text, { mode });
  chmodSync(path, mode); // the umask may have narrowed the mode given to writeFileSync
  return path;
}

/**
 * Writes `~/.podstack/credentials` under a fresh HOME for this test (restored after it) and
 * returns its path.
 */
export function writeHomeCredentials(text: string, mode = 0o600): string {
  setEnv({ HOME: mkdtempSync(join(tmpdir(), "podstack-home-")) });
  const path = join(process.env.HOME as string, ".podstack", "credentials");
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { mode });
  chmodSync(path, mode);
  return path;
}
