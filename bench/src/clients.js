// The contenders of the per-request overhead benchmark, each reduced to `call()`: one GET that answers
// the parsed (and, for the SDKs, validated/unwrapped) body. All are built here, in the bench process,
// with the options each library documents, against the local server. Every one uses the global fetch
// (undici) underneath, so they share one keep-alive connection pool and differ only by what they add.
import ky from "ky";
import lambdaCloudNodeApi from "lambda-cloud-node-api";
import * as phalaOfficial from "@phala/cloud";
import { LambdaCloudClient } from "@cloud-sdk/lambda-cloud-client";
import { createClient as createPhalaClient } from "@cloud-sdk/phala-cloud-client";

const LAMBDA_KEY = "secret_bench_0123456789abcdef";
const PHALA_KEY = "phak_bench_0123456789abcdef";

/**
 * The contenders. `route` says which endpoint a contender calls; `floor` marks bare fetch, the
 * reference of every contender on the same route; `kyBaseline` the ky instance the budget compares
 * with; `ours` marks the clients the budget applies to.
 */
export function createContenders(baseURL) {
  const instancesURL = `${baseURL}/instances`;
  const meURL = `${baseURL}/auth/me`;
  const lambdaHeaders = { authorization: `Bearer ${LAMBDA_KEY}`, accept: "application/json" };
  const phalaHeaders = { "x-api-key": PHALA_KEY, "x-phala-version": "2026-01-21", accept: "application/json" };

  const ours = new LambdaCloudClient({ apiKey: LAMBDA_KEY, baseURL });
  const oursPhala = createPhalaClient({ apiKey: PHALA_KEY, baseURL });
  const official = phalaOfficial.createClient({ apiKey: PHALA_KEY, baseURL });
  const peer = new lambdaCloudNodeApi.LambdaCloudAPI({ apiKey: LAMBDA_KEY, basePath: baseURL });
  const kyInstance = ky.create({ timeout: 60_000, retry: { limit: 2 } });

  return [
    {
      name: "bare fetch + JSON.parse",
      route: "instances",
      floor: true,
      call: async () => JSON.parse(await (await fetch(instancesURL, { headers: lambdaHeaders })).text()).data,
    },
    { name: "ky alone (.json())", route: "instances", reference: true, call: async () => (await ky.get(instancesURL, { headers: lambdaHeaders }).json()).data },
    {
      // The budget's yardstick: the same call made with ky as a user of ky would, a ky.create instance
      // with the same timeout and retry settings as our client (60 s, 2 retries), answering .json().
      name: "ky instance, same timeout and retries (.json())",
      route: "instances",
      kyBaseline: true,
      call: async () => (await kyInstance.get(instancesURL, { headers: lambdaHeaders }).json()).data,
    },
    { name: "ours: LambdaCloudClient instances.list()", route: "instances", ours: true, call: () => ours.instances.list() },
    { name: "lambda-cloud-node-api listRunningInstances()", route: "instances", peer: true, call: () => peer.listRunningInstances() },
    {
      name: "bare fetch + JSON.parse",
      route: "auth/me",
      floor: true,
      call: async () => JSON.parse(await (await fetch(meURL, { headers: phalaHeaders })).text()),
    },
    {
      name: "ky instance, same timeout and retries (.json())",
      route: "auth/me",
      kyBaseline: true,
      call: async () => kyInstance.get(meURL, { headers: phalaHeaders }).json(),
    },
    { name: "ours: phala createClient().getCurrentUser()", route: "auth/me", ours: true, call: () => oursPhala.getCurrentUser() },
    { name: "@phala/cloud createClient().getCurrentUser()", route: "auth/me", peer: true, call: () => official.getCurrentUser() },
  ];
}

/** Throws unless `result` is what `contender` should answer (2 instances, or the test user). */
export function checkAnswer(contender, result) {
  const ok = contender.route === "instances" ? Array.isArray(result) && result.length === 2 : result?.user?.username === "testuser";
  if (!ok) throw new Error(`${contender.name} on /${contender.route} answered an unexpected value: ${JSON.stringify(result).slice(0, 200)}`);
}
