import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Runs before each test file (jest `setupFiles`); jest gives each file its own copy of process.env.
for (const name of Object.keys(process.env)) {
  if (name.startsWith("PODSTACK_")) delete process.env[name];
}
process.env.HOME = mkdtempSync(join(tmpdir(), "podstack-home-"));
delete process.env.USERPROFILE;
