// Validation cost: what checking a response against our valibot schema adds to parsing it. Bodies are
// Lambda instances lists of 1, 100 and 1,000 real instances; the schema is the one the Lambda client
// runs on GET /instances (ListInstancesResponseBody, imported from the built package), applied with
// v.safeParse as auth-core does. One call is too short to time alone, so calls are timed in batches
// of ~batchMs; batches of the two variants alternate and the median batch gives µs per call.
import { performance } from "node:perf_hooks";
import * as v from "valibot";
import { ListInstancesResponseBody } from "@cloud-sdk/lambda-cloud-client";
import { lambdaInstancesListText } from "./fixtures.js";
import { bytes, ratio, us } from "./format.js";
import { median } from "./stats.js";

let sink = 0; // results feed this so that no work can be optimised away

const variants = {
  parse: (text) => {
    sink += JSON.parse(text).data.length;
  },
  parseAndValidate: (text) => {
    const result = v.safeParse(ListInstancesResponseBody, JSON.parse(text));
    if (!result.success) throw new Error(`the schema rejected the fixture: ${result.issues[0].message}`);
    sink += result.output.data.length;
  },
};

export function measureValidation({ sizes, batches, batchMs }) {
  const results = sizes.map((size) => {
    const text = lambdaInstancesListText(size);
    variants.parseAndValidate(text);
    const iterations = calibrate(() => variants.parseAndValidate(text), batchMs);
    const perCall = { parse: [], parseAndValidate: [] };
    for (let batch = 0; batch < batches; batch++) {
      const order = batch % 2 ? ["parseAndValidate", "parse"] : ["parse", "parseAndValidate"];
      for (const name of order) perCall[name].push(timeBatch(variants[name], text, iterations) / iterations);
    }
    const parse = median(perCall.parse);
    const parseAndValidate = median(perCall.parseAndValidate);
    return { size, bodyBytes: Buffer.byteLength(text), iterations, parse, parseAndValidate, validateOnly: parseAndValidate - parse, ratio: parseAndValidate / parse };
  });
  if (sink === 0) throw new Error("unreachable");
  return {
    id: "validation",
    title: "2. Validation cost",
    how:
      `JSON.parse alone vs JSON.parse + v.safeParse(ListInstancesResponseBody) (the schema the Lambda client applies to GET /instances, from the built package), ` +
      `on {"data": [...]} bodies of N copies of a real instance with distinct ids. Timed in batches of ~${batchMs} ms (the iteration count is calibrated on the ` +
      `slower variant and used for both), ${batches} batches per variant, alternating; the figure is the median batch ÷ its iterations.`,
    tables: [
      {
        columns: ["instances", "body bytes", "JSON.parse µs", "parse + schema µs", "schema alone µs", "÷ JSON.parse"],
        rows: results.map((r) => [r.size.toLocaleString("en-US"), bytes(r.bodyBytes), us(r.parse), us(r.parseAndValidate), us(r.validateOnly), ratio(r.ratio)]),
      },
    ],
    data: { results },
  };
}

function timeBatch(run, text, iterations) {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) run(text);
  return performance.now() - start;
}

/** How many calls take about `targetMs` (after a warm-up). */
function calibrate(run, targetMs) {
  for (let i = 0; i < 20; i++) run();
  let iterations = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) run();
    const elapsed = performance.now() - start;
    if (elapsed >= targetMs / 4) return Math.max(1, Math.round((iterations * targetMs) / elapsed));
    iterations *= 2;
  }
}
