import { setupServer, type SetupServer } from "msw/node";
import type { PodstackMock } from "../../src/mock";

/**
 * An msw server for a test file, serving the mock with unhandled requests as errors; the mock is
 * reset and extra handlers dropped after each test.
 */
export function useMockServer(mock: PodstackMock): SetupServer {
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    server.resetHandlers();
    mock.reset();
  });
  afterAll(() => server.close());
  return server;
}
