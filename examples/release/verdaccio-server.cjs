// Runs Verdaccio for the release test: `node verdaccio-server.cjs <config.yaml>`. Listens on 127.0.0.1 on a
// free port and prints {"port": n} once ready. It stops by itself when the process that started it is gone
// (checked every second) or after MAX_LIFETIME_MS, so a killed test run never leaves it behind.
"use strict";
const { verdaccio } = require("@cloud-sdk/runtimes");

const MAX_LIFETIME_MS = 15 * 60_000;
const parent = process.ppid;

setTimeout(() => process.exit(3), MAX_LIFETIME_MS).unref();
setInterval(() => {
  try {
    process.kill(parent, 0);
  } catch {
    process.exit(4);
  }
}, 1_000).unref();

verdaccio()
  .runServer(process.argv[2])
  .then((server) => {
    server.listen(0, "127.0.0.1", () => process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`));
  })
  .catch((error) => {
    process.stderr.write(`verdaccio failed to start: ${error.stack ?? error}\n`);
    process.exit(1);
  });
