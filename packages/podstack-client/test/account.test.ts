import { createPodstackMock, PODSTACK_MOCK_API_KEY } from "../src/mock";
import { CLI_AUTH_STATUS_USER, PROJECTS, WALLET } from "./fixtures/account";
import { testClient } from "./support/client";
import { recordRequests } from "./support/recorder";
import { useMockServer } from "./support/server";

const mock = createPodstackMock();
const server = useMockServer(mock);
const recorded = recordRequests(server);
const client = testClient();

/** The one request of the test: a GET with the token and no project (account routes). */
async function onlyGet(path: string) {
  const requests = await recorded();
  expect(requests).toHaveLength(1);
  expect(requests[0]?.method).toBe("GET");
  expect(requests[0]?.url.href).toBe(`https://api.podstack.ai/v1/${path}`);
  expect(requests[0]?.headers.get("authorization")).toBe(`Bearer ${PODSTACK_MOCK_API_KEY}`);
}

describe("account-level calls carry no project", () => {
  it("auth.whoami: GET /v1/auth/whoami answers the user, with email", async () => {
    const user = await client.auth.whoami();
    await onlyGet("auth/whoami");
    expect(user).toEqual(CLI_AUTH_STATUS_USER);
  });

  it("projects.list: GET /v1/projects answers id and name of each", async () => {
    const projects = await client.projects.list();
    await onlyGet("projects");
    expect(projects.map(({ id, name }) => ({ id, name }))).toEqual(
      PROJECTS.map(({ id, name }) => ({ id, name })),
    );
  });

  it("wallet.balance: GET /v1/wallet/balance answers balance and currency", async () => {
    await expect(client.wallet.balance()).resolves.toEqual(WALLET);
    await onlyGet("wallet/balance");
  });

  it("wallet.balance reads a decimal string as a number", async () => {
    mock.state.wallet = { balance: "12.50" as unknown as number, currency: "USD" };
    await expect(client.wallet.balance()).resolves.toEqual({ balance: 12.5, currency: "USD" });
  });
});
