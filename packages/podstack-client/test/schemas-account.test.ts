import * as v from "valibot";
import { Project, ProjectList, User, WalletBalance } from "../src/schemas";
import { CLI_AUTH_STATUS_USER, PROJECTS, WALLET } from "./fixtures/account";

describe("User", () => {
  it("parses the CLI's auth status values", () => {
    expect(v.parse(User, CLI_AUTH_STATUS_USER)).toEqual(CLI_AUTH_STATUS_USER);
  });

  it("needs only the documented email", () => {
    expect(v.parse(User, { email: "a@b.c" })).toEqual({ email: "a@b.c" });
  });

  it("rejects a user without email", () => {
    expect(v.safeParse(User, { account_id: "acc_1" }).success).toBe(false);
  });

  it("lets unknown fields through", () => {
    expect(v.parse(User, { email: "a@b.c", plan: "pro" })).toMatchObject({ plan: "pro" });
  });
});

describe("Project", () => {
  it("parses the docs' projects", () => {
    expect(v.parse(ProjectList, PROJECTS)).toEqual(PROJECTS);
  });

  it.each(["id", "name"])("rejects a project without %s", (field) => {
    const { [field]: _removed, ...rest } = PROJECTS[0] as Record<string, unknown>;
    expect(v.safeParse(Project, rest).success).toBe(false);
  });

  it("lets unknown fields through", () => {
    expect(v.parse(Project, { ...PROJECTS[0], role: "owner" })).toMatchObject({ role: "owner" });
  });
});

describe("WalletBalance", () => {
  it("parses a numeric balance", () => {
    expect(v.parse(WalletBalance, WALLET)).toEqual(WALLET);
  });

  it("reads a decimal-string balance as a number", () => {
    expect(v.parse(WalletBalance, { balance: "125.50", currency: "USD" }).balance).toBe(125.5);
  });

  it("rejects a missing or non-numeric balance", () => {
    expect(v.safeParse(WalletBalance, { currency: "USD" }).success).toBe(false);
    expect(v.safeParse(WalletBalance, { balance: "lots" }).success).toBe(false);
  });

  it("lets unknown fields through", () => {
    expect(v.parse(WalletBalance, { ...WALLET, credit_limit: 0 })).toMatchObject({
      credit_limit: 0,
    });
  });
});
