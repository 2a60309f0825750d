// The small programs each runtime runs in the consumer project: they load the four installed clients
// (import, require, or a bundle of them) and hand them to walkthrough.mjs.

/** The emulator each client talks to. */
export type Targets = Record<ClientName, { baseURL: string; apiKey: string }>;
export type ClientName = "lambda" | "phala" | "podstack" | "phota";

export const CLIENT_PACKAGES: Record<ClientName, string> = {
  lambda: "@cloud-sdk/lambda-cloud-client",
  phala: "@cloud-sdk/phala-cloud-client",
  podstack: "@cloud-sdk/podstack-client",
  phota: "@cloud-sdk/phota-client",
};

const describe = `const describe = (error) => ({ loadError: \`\${error?.name}: \${error?.message}\` });`;

/** `import()` of each client; a client that fails to load is reported, not fatal to the others. */
const importClients = Object.entries(CLIENT_PACKAGES)
  .map(([name, specifier]) => `  ${name}: await import(${JSON.stringify(specifier)}).catch(describe),`)
  .join("\n");

/** An ES module run by Node, Bun and Deno: prints the results as one JSON line. */
export function esmEntry(targets: Targets): string {
  return `import { runWalkthroughs } from "./walkthrough.mjs";
${describe}
const clients = {
${importClients}
};
console.log(JSON.stringify(await runWalkthroughs(clients, ${JSON.stringify(targets)})));
`;
}

/** A CommonJS file: the clients come from require() (their CJS builds); the shared walkthrough is import()ed. */
export function cjsEntry(targets: Targets): string {
  const requires = Object.entries(CLIENT_PACKAGES)
    .map(([name, specifier]) => `  ${name}: load(${JSON.stringify(specifier)}),`)
    .join("\n");
  return `"use strict";
${describe}
const load = (specifier) => {
  try {
    return require(specifier);
  } catch (error) {
    return describe(error);
  }
};
const clients = {
${requires}
};
import("./walkthrough.mjs")
  .then(({ runWalkthroughs }) => runWalkthroughs(clients, ${JSON.stringify(targets)}))
  .then((results) => console.log(JSON.stringify(results)));
`;
}

/** A Worker (module syntax) for workerd: each request runs the walkthroughs and answers the results. */
export function workerEntry(targets: Targets): string {
  return `import { runWalkthroughs } from "./walkthrough.mjs";
${describe}
export default {
  async fetch() {
    const clients = {
${importClients}
    };
    return Response.json(await runWalkthroughs(clients, ${JSON.stringify(targets)}));
  },
};
`;
}

/** The browser page's script: the walkthroughs, then Phala's cookie mode; the results are shown on the page. */
export function pageEntry(targets: Targets): string {
  return `import { phalaCookieAuth, runWalkthroughs } from "./walkthrough.mjs";
${describe}
const show = (results) => {
  const table = document.createElement("table");
  for (const [client, steps] of Object.entries(results)) {
    for (const [step, result] of Object.entries(steps)) {
      const row = table.insertRow();
      row.insertCell().textContent = client;
      row.insertCell().textContent = step;
      row.insertCell().textContent = JSON.stringify(result);
    }
  }
  document.body.append(table);
  const out = document.getElementById("results");
  out.textContent = JSON.stringify(results);
  out.dataset.done = "true";
};
(async () => {
  const clients = {
${importClients}
  };
  const results = await runWalkthroughs(clients, ${JSON.stringify(targets)});
  if (clients.phala.loadError === undefined) results.phala.cookieAuth = await phalaCookieAuth(clients.phala, ${JSON.stringify(targets.phala)});
  show(results);
})().catch((error) => show({ page: { error: { ok: false, error: \`\${error?.name}: \${error?.message}\` } } }));
`;
}

export const PAGE_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>cloud-sdk in a browser</title></head>
<body><h1>cloud-sdk clients in a browser</h1><pre id="results"></pre><script src="/page.js"></script></body></html>
`;

/**
 * Two compatibility dates are run. workerd 2026-11-17 gives Workers a global `process` from a compatibility
 * date between 2026-06-01 and 2026-09-01 on (checked by hand with this binary); Workers with an older date,
 * most deployed ones, have none, so an unguarded `process` only fails there.
 */
export const WORKERD_DATES = { current: "2026-11-01", withoutProcess: "2026-06-01" } as const;

/** workerd's configuration: one Worker on 127.0.0.1:port, allowed to reach loopback (the emulators). */
export function workerdConfig(port: number, compatibilityDate: string): string {
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "loopback", network = (allow = ["local", "private", "public"])),
  ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);

const worker :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "worker.bundle.js") ],
  compatibilityDate = "${compatibilityDate}",
  globalOutbound = "loopback",
);
`;
}
