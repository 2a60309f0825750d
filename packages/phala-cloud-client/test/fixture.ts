import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Reads a JSON fixture from test/fixtures, fresh each time so tests can mutate it. */
export function fixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, "fixtures", `${name}.json`), "utf8")) as T;
}
