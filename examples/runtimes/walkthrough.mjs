// The walkthrough every runtime runs, with the clients the runtime loaded (import, require, a bundle):
// per client, a read, a create, a wrong key (the error's class checked with instanceof and by name) and no
// key (the message a user sees). Plain JavaScript with no imports and no `process`, so the same file runs
// in Node, Bun, Deno, workerd and a browser page. It answers JSON-safe results; the test judges them.

/** Runs `call`; answers { ok: true, detail } or { ok: false, error: "<name>: <message>" }. */
async function attempt(call, show) {
  try {
    return { ok: true, detail: show(await call()) };
  } catch (error) {
    return { ok: false, error: `${error?.name}: ${error?.message}` };
  }
}

/** Runs `call`, which must fail with `expected` (a class of the client's module). */
async function expectError(call, expected) {
  try {
    await call();
    return { ok: false, error: `expected ${expected.name}, but it succeeded` };
  } catch (error) {
    return {
      ok: error instanceof expected,
      name: error?.name,
      instanceOf: error instanceof expected,
      isError: error instanceof Error,
      message: String(error?.message),
    };
  }
}

const WALKTHROUGHS = {
  lambda: (m, { baseURL, apiKey }) => ({
    read: () => attempt(() => new m.LambdaCloudClient({ apiKey, baseURL }).instanceTypes.list(), (types) => `${Object.keys(types).length} instance types`),
    create: () => attempt(() => new m.LambdaCloudClient({ apiKey, baseURL }).sshKeys.add({ name: "runtime-test" }), (key) => `ssh key ${key.name}`),
    wrongKey: () => expectError(() => new m.LambdaCloudClient({ apiKey: "secret_wrong.0000000000000000", baseURL }).instances.list(), m.AuthenticationError),
    missingKey: () => expectError(() => new m.LambdaCloudClient({ baseURL }).instances.list(), m.MissingCredentialError),
  }),
  phala: (m, { baseURL, apiKey }) => ({
    read: () => attempt(() => m.createClient({ apiKey, baseURL }).getCurrentUser(), (me) => `user ${me.user.username}`),
    create: () =>
      attempt(
        () => m.createClient({ apiKey, baseURL }).provisionCvm({ name: "runtime-test", instance_type: "tdx.small", compose_file: { docker_compose_file: "services:\n  web:\n    image: nginx:1.27\n" } }),
        (result) => `provisioned, compose hash ${String(result.compose_hash).slice(0, 8)}`,
      ),
    wrongKey: () => expectError(() => m.createClient({ apiKey: "phak_wrong_key_00000000000000", baseURL }).getCurrentUser(), m.AuthError),
    missingKey: () => expectError(() => m.createClient({ baseURL }).getCurrentUser(), m.MissingCredentialError),
  }),
  podstack: (m, { baseURL, apiKey }) => ({
    read: () => attempt(() => new m.Client({ apiToken: apiKey, apiEndpoint: baseURL }).auth.whoami(), (user) => `user ${user.email}`),
    create: () =>
      attempt(
        () => new m.Client({ apiToken: apiKey, apiEndpoint: baseURL }).pods.create({ name: `runtime-test-${Math.random().toString(36).slice(2, 10)}`, image: "pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime", gpu_type: "A100", gpu_count: 1 }),
        (pod) => `pod ${pod.name} ${pod.status}`,
      ),
    wrongKey: () => expectError(() => new m.Client({ apiToken: "psk_wrong_token_000000000000", apiEndpoint: baseURL }).auth.whoami(), m.AuthenticationError),
    // A credentials file that does not exist, so no token is found whatever the machine has.
    missingKey: () => expectError(() => new m.Client({ apiEndpoint: baseURL, credentialsFile: "/nonexistent/cloud-sdk/credentials" }).auth.whoami(), m.AuthenticationError),
  }),
  phota: (m, { baseURL, apiKey }) => ({
    read: () => attempt(() => new m.PhotaClient({ apiKey, baseURL }).profiles.list(), (list) => `${list.profiles.length} profiles`),
    create: () =>
      attempt(
        () => new m.PhotaClient({ apiKey, baseURL }).profiles.add({ image_urls: Array.from({ length: 6 }, (_, index) => `https://photos.example.com/ada/${index + 1}.jpg`), training_tier: "fast" }),
        (added) => `profile ${String(added.profile_id).slice(0, 8)} training`,
      ),
    wrongKey: () => expectError(() => new m.PhotaClient({ apiKey: "phota_wrong_key_0000000000", baseURL }).profiles.list(), m.AuthenticationError),
    missingKey: () => expectError(() => new m.PhotaClient({ baseURL }).profiles.list(), m.MissingCredentialError),
  }),
};

/**
 * Runs each client's walkthrough. `clients` maps lambda/phala/podstack/phota to the loaded module,
 * `targets` to `{ baseURL, apiKey }` of its emulator. A client whose module failed to load is
 * `{ loadError }`. Answers `{ [client]: { read, create, wrongKey, missingKey } }`.
 */
export async function runWalkthroughs(clients, targets) {
  const results = {};
  for (const [name, walkthrough] of Object.entries(WALKTHROUGHS)) {
    const module = clients[name];
    if (module === undefined || module.loadError !== undefined) {
      results[name] = { loadError: module?.loadError ?? "not loaded" };
      continue;
    }
    const steps = walkthrough(module, targets[name]);
    results[name] = {};
    for (const [step, run] of Object.entries(steps)) results[name][step] = await run();
  }
  return results;
}

/**
 * Browsers only: Phala's cookie mode with a real cookie. Without the cookie the call must fail with
 * AuthError; after `POST <baseURL>/emulator/login` (which sets the session cookie) the same call, with
 * `useCookieAuth: true` and no key, must succeed because the browser sends the cookie.
 */
export async function phalaCookieAuth(m, { baseURL }) {
  const client = m.createClient({ useCookieAuth: true, baseURL });
  const before = await expectError(() => client.getCurrentUser(), m.AuthError);
  const login = await fetch(`${baseURL}/emulator/login`, { method: "POST", credentials: "include" });
  const after = await attempt(() => client.getCurrentUser(), (me) => `user ${me.user.username} by cookie`);
  return { before, loginStatus: login.status, after };
}
