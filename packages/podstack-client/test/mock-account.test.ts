import * as v from "valibot";
import { createPodstackMock, defaultSeed } from "../src/mock";
import { ProjectList, User, WalletBalance } from "../src/schemas";
import { CLI_AUTH_STATUS_USER, PROJECTS, WALLET } from "./fixtures/account";
import { call } from "./support/call";
import { useMockServer } from "./support/server";

const mock = createPodstackMock();
useMockServer(mock);

describe("account routes", () => {
  it("whoami returns the seed's user", async () => {
    const result = await call(mock, "auth.whoami");
    expect(result.status).toBe(200);
    expect(v.parse(User, result.body)).toEqual(CLI_AUTH_STATUS_USER);
  });

  it("projects.list returns the token's projects", async () => {
    const projects = v.parse(ProjectList, (await call(mock, "projects.list")).body);
    expect(projects.map(({ id, name }) => ({ id, name }))).toEqual(
      PROJECTS.map(({ id, name }) => ({ id, name })),
    );
  });

  it("wallet.balance returns the balance", async () => {
    expect(v.parse(WalletBalance, (await call(mock, "wallet.balance")).body)).toEqual(WALLET);
  });

  it("ignores a project id on account routes", async () => {
    expect((await call(mock, "wallet.balance", { query: { project_id: "anything" } })).status).toBe(
      200,
    );
  });
});

describe("state and reset", () => {
  it("starts from the seed and goes back to it, keeping the same state object", async () => {
    const state = mock.state;
    await call(mock, "volumes.create", { body: { name: "temp", quota_gb: 5 } });
    await call(mock, "pods.delete", { id: "pod-456" });
    state.wallet.balance = 0;
    mock.reset();
    expect(mock.state).toBe(state);
    expect(mock.state).toEqual(defaultSeed());
  });

  it("restarts ids after a reset", async () => {
    const first = await call(mock, "volumes.create", { body: { name: "a", quota_gb: 5 } });
    mock.reset();
    const second = await call(mock, "volumes.create", { body: { name: "a", quota_gb: 5 } });
    expect((second.body as { id: string }).id).toBe((first.body as { id: string }).id);
  });

  it("replaces only the seed parts given, without sharing them with the caller", () => {
    const user = { email: "ada@example.test" };
    const custom = createPodstackMock({ seed: { user } });
    expect(custom.state.user).toEqual(user);
    expect(custom.state.user).not.toBe(user);
    expect(custom.state.pods).toEqual(defaultSeed().pods);
  });
});
