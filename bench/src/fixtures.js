// The response bodies the benchmarks serve and parse: real shapes, taken from the clients' own test
// fixtures (a Lambda instance from Lambda's OpenAPI example, Phala's /auth/me in the 2026-01-21 shape),
// so that parsing and validation cost what they cost on the real API.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const packages = new URL("../../packages/", import.meta.url);

function readFixture(relative) {
  return JSON.parse(readFileSync(fileURLToPath(new URL(relative, packages)), "utf8"));
}

/** One real Lambda instance (GET /instances item). */
export const lambdaInstance = readFixture("lambda-cloud-client/test/fixtures/list-instances.json").data[0];

/** A real Phala GET /auth/me body, API version 2026-01-21. */
export const phalaCurrentUser = readFixture("phala-cloud-client/test/fixtures/current-user-v20260121.json");

/** A Lambda `{"data": [...]}` instances list of `count` distinct instances, as JSON text. */
export function lambdaInstancesListText(count) {
  const data = Array.from({ length: count }, (_, index) => ({
    ...lambdaInstance,
    id: index.toString(16).padStart(32, "0"),
    name: `instance-${index}`,
  }));
  return JSON.stringify({ data });
}
