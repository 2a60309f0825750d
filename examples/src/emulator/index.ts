import { createLambdaCloudMock, LAMBDA_CLOUD_MOCK_API_KEY } from "@cloud-sdk/lambda-cloud-client/mock";
import { createPhalaCloudMock, PHALA_CLOUD_MOCK_API_KEY, PHALA_CLOUD_MOCK_SESSION_COOKIE_NAME } from "@cloud-sdk/phala-cloud-client/mock";
import { http, HttpResponse } from "msw";
import { createPhotaMock, PHOTA_MOCK_API_KEY } from "@cloud-sdk/phota-client/mock";
import { createPodstackMock, PODSTACK_MOCK_API_KEY } from "@cloud-sdk/podstack-client/mock";
import { serveHandlers, type RunningEmulator } from "./serve-handlers.js";

export { serveHandlers, type RunningEmulator } from "./serve-handlers.js";

/** One provider's emulator: where it listens and the key it accepts. */
export interface ProviderEmulator extends RunningEmulator {
  readonly apiKey: string;
}

/** The four emulators of the demo. */
export interface Emulators {
  readonly lambda: ProviderEmulator;
  readonly phala: ProviderEmulator;
  readonly podstack: ProviderEmulator;
  readonly phota: ProviderEmulator;
  /** Stops them all. */
  close(): Promise<void>;
}

/**
 * Starts a local emulator of each API on 127.0.0.1, each built from the package's own `/mock` fake,
 * on the same base path as the real API. No network, no keys: each accepts its fake's key.
 */
export async function startEmulators(): Promise<Emulators> {
  const [lambda, phala, podstack, phota] = await Promise.all([
    serveHandlers("/api/v1", (baseURL) => createLambdaCloudMock({ baseURL }).handlers),
    serveHandlers("/api/v1", (baseURL) => {
      const mock = createPhalaCloudMock({ baseURL });
      return [phalaLogin(baseURL, mock.sessionCookie), ...mock.handlers];
    }),
    serveHandlers("/v1", (baseURL) => createPodstackMock({ baseURL }).handlers),
    serveHandlers("/v1/phota", (baseURL) => createPhotaMock({ baseURL }).handlers),
  ]);
  return {
    lambda: { ...lambda, apiKey: LAMBDA_CLOUD_MOCK_API_KEY },
    phala: { ...phala, apiKey: PHALA_CLOUD_MOCK_API_KEY },
    podstack: { ...podstack, apiKey: PODSTACK_MOCK_API_KEY },
    phota: { ...phota, apiKey: PHOTA_MOCK_API_KEY },
    close: async () => {
      await Promise.all([lambda.close(), phala.close(), podstack.close(), phota.close()]);
    },
  };
}

/** Where a browser signs in to the Phala emulator (an emulator route, not Phala's: its login is not documented). */
export const PHALA_EMULATOR_LOGIN_PATH = "/emulator/login";

/**
 * `POST <baseURL>/emulator/login` answers 204 with `Set-Cookie: <session cookie>`, so a browser holds the
 * cookie the fake accepts in cookie mode and sends it with `credentials: "include"` (`useCookieAuth`).
 */
function phalaLogin(baseURL: string, sessionCookie: string) {
  return http.post(`${baseURL}${PHALA_EMULATOR_LOGIN_PATH}`, () =>
    new HttpResponse(null, { status: 204, headers: { "set-cookie": `${PHALA_CLOUD_MOCK_SESSION_COOKIE_NAME}=${sessionCookie}; Path=/; HttpOnly; SameSite=Lax` } }),
  );
}
