import { setupServer } from "msw/node";
import { createLambdaCloudMock, type LambdaCloudMockOptions } from "../../src/mock/index.js";
import { api } from "./api.js";

/**
 * A fake served by msw for one test file: listens before all tests, resets the fake's state
 * (and any handler a test added with `server.use`) after each, and fails any request that no
 * handler takes.
 */
export function useLambdaMock(options?: LambdaCloudMockOptions) {
  const mock = createLambdaCloudMock(options);
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    server.resetHandlers();
    mock.reset();
  });
  afterAll(() => server.close());
  return { mock, server, call: api(mock) };
}
