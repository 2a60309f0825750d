import { Client, type ClientOptions } from "../../src";
import { PODSTACK_MOCK_API_KEY, PODSTACK_MOCK_PROJECT_ID } from "../../src/mock";

/** A client of the fake: its token, its default project, no retry delays to wait for. */
export function testClient(options: ClientOptions = {}): Client {
  return new Client({
    apiToken: PODSTACK_MOCK_API_KEY,
    projectId: PODSTACK_MOCK_PROJECT_ID,
    ...options,
  });
}
