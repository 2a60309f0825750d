// Runs s3rver for test/support/s3rver.ts in its own process: s3rver 3.7.1 makes ListObjectsV2
// continuation tokens with DES, which Node 20's OpenSSL 3 refuses unless this process runs with
// --openssl-legacy-provider (a flag a test runner's own process cannot take at run time).
// Prints {"port": n} once listening; exits when its parent closes stdin, so it never outlives the test.
const S3rver = require("s3rver");

const [directory, ...buckets] = process.argv.slice(2);
const server = new S3rver({
  address: "127.0.0.1",
  port: 0,
  silent: true,
  directory,
  configureBuckets: buckets.map((name) => ({ name })),
});
server.run().then(({ port }) => {
  process.stdout.write(`${JSON.stringify({ port })}\n`);
});
const stop = () => server.close().finally(() => process.exit(0));
process.stdin.on("end", stop);
process.stdin.resume();
process.on("SIGTERM", stop);
