// The local API the overhead and memory benchmarks call. It runs in its own process (forked by
// start-server.js) so that its CPU time never lands in the client's samples; it answers from
// pre-serialised buffers so that its cost is as small and as constant as possible. Keep-alive is on
// (long timeouts), as it is between a real client and a real API.
import http from "node:http";
import { lambdaInstancesListText, phalaCurrentUser } from "../fixtures.js";

const routes = new Map([
  // Lambda GET /instances: a list of 2 instances.
  ["/api/v1/instances", Buffer.from(lambdaInstancesListText(2))],
  // Phala GET /auth/me.
  ["/api/v1/auth/me", Buffer.from(JSON.stringify(phalaCurrentUser))],
]);
const notFound = Buffer.from(JSON.stringify({ error: { code: "global/object-does-not-exist", message: "Not found" } }));

const server = http.createServer({ keepAliveTimeout: 120_000 }, (request, response) => {
  const path = request.url.split("?")[0];
  const body = request.method === "GET" ? routes.get(path) : undefined;
  response.writeHead(body ? 200 : 404, { "content-type": "application/json", "content-length": (body ?? notFound).length });
  response.end(body ?? notFound);
});
server.keepAliveTimeout = 120_000;
server.headersTimeout = 121_000;
server.requestTimeout = 0;

server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
// The parent went away (or closed us): stop, whatever is still connected.
process.on("disconnect", () => process.exit(0));
