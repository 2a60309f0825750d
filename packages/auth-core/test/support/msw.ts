import { setupServer } from "msw/node";

/** An msw server for one test file: unhandled requests fail the test; handlers reset after each test. */
export function useMswServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** A realistic-length key, so that redaction rules apply as they do to real keys. */
export const TEST_KEY = "phak_t3stK3y0000000000000x9Qa";
