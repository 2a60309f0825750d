import type { ClientName } from "./entries.js";

/** What each client must do in every runtime: the classes of its typed errors and what its missing-key message says. */
const EXPECTED: Record<ClientName, { wrongKey: string; missingKey: string; missingKeyMessage: RegExp }> = {
  lambda: { wrongKey: "AuthenticationError", missingKey: "MissingCredentialError", missingKeyMessage: /apiKey/ },
  phala: { wrongKey: "AuthError", missingKey: "MissingCredentialError", missingKeyMessage: /apiKey/ },
  podstack: { wrongKey: "AuthenticationError", missingKey: "AuthenticationError", missingKeyMessage: /No API token provided/ },
  phota: { wrongKey: "AuthenticationError", missingKey: "MissingCredentialError", missingKeyMessage: /apiKey/ },
};

interface Outcome {
  ok?: boolean;
  detail?: string;
  error?: string;
  name?: string;
  instanceOf?: boolean;
  isError?: boolean;
  message?: string;
}

/** The problems in one client's results (none: it passed). Each says what was expected and what came. */
export function judge(client: ClientName, result: Record<string, unknown> | undefined, browser: boolean): string[] {
  if (result === undefined) return ["no result"];
  if (typeof result.loadError === "string") return [`failed to load: ${result.loadError}`];
  const problems: string[] = [];
  const step = (name: string) => (result[name] ?? {}) as Outcome;
  for (const name of ["read", "create"]) {
    if (step(name).ok !== true) problems.push(`${name} failed: ${step(name).error ?? "no result"}`);
  }
  const expected = EXPECTED[client];
  for (const [name, className] of [["wrongKey", expected.wrongKey], ["missingKey", expected.missingKey]] as const) {
    const outcome = step(name);
    if (outcome.name !== className || outcome.instanceOf !== true || outcome.isError !== true) {
      problems.push(`${name}: expected an instanceof ${className}, got ${outcome.name ?? "nothing"} (instanceof ${String(outcome.instanceOf)}): ${outcome.message ?? outcome.error ?? ""}`);
    }
  }
  const missing = step("missingKey").message ?? "";
  if (!expected.missingKeyMessage.test(missing)) problems.push(`missingKey message should match ${expected.missingKeyMessage}: "${missing}"`);
  if (browser && client === "phala") {
    const cookie = (result.cookieAuth ?? {}) as { before?: Outcome; loginStatus?: number; after?: Outcome };
    if (cookie.before?.name !== "AuthError" || cookie.before.instanceOf !== true) problems.push(`cookie mode before sign-in: expected AuthError, got ${JSON.stringify(cookie.before)}`);
    if (cookie.loginStatus !== 204) problems.push(`emulator sign-in answered ${String(cookie.loginStatus)}`);
    if (cookie.after?.ok !== true) problems.push(`cookie mode after sign-in failed: ${cookie.after?.error ?? "no result"}`);
  }
  return problems;
}
