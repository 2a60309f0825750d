import * as v from "valibot";
import { bearer, createTransport, fromValue, RequestValidationError, validateInput, validateQuery } from "../src/index.js";

const Launch = v.strictObject({
  region_name: v.string(),
  quantity: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 1),
});

describe("validateInput: exact writer, open to fields newer than the SDK", () => {
  test("a field the schema does not know is sent as given, after the known ones", () => {
    const body = validateInput(Launch, { region_name: "us-west-1", tags: [{ key: "team", value: "ml" }] }, "instances.launch");
    expect(body).toEqual({ region_name: "us-west-1", quantity: 1, tags: [{ key: "team", value: "ml" }] });
  });

  test("known fields keep their validation, whatever unknown fields come with them", () => {
    expect(() => validateInput(Launch, { region_name: "us-west-1", quantity: 0, priority: "high" }, "instances.launch")).toThrow(
      RequestValidationError,
    );
    expect(() => validateInput(Launch, { region_name: 5, priority: "high" }, "instances.launch")).toThrow(
      "instances.launch: invalid arguments: region_name: expected string, received 5.",
    );
  });

  test("works through a pipe and a union of objects", () => {
    const Piped = v.pipe(v.object({ name: v.string() }), v.check((value) => value.name !== "", "name must not be empty"));
    expect(validateInput(Piped, { name: "a", severity: 2 }, "x")).toEqual({ name: "a", severity: 2 });
    const Either = v.union([v.strictObject({ name: v.string() }), v.strictObject({ public_key: v.string() })]);
    expect(validateInput(Either, { public_key: "ssh-ed25519 AAAA", label: "laptop" }, "x")).toEqual({
      public_key: "ssh-ed25519 AAAA",
      label: "laptop",
    });
  });

  test("a value that is not a plain object is validated as before", () => {
    expect(() => validateInput(Launch, "us-west-1", "instances.launch")).toThrow(RequestValidationError);
    expect(validateInput(v.array(v.string()), ["a"], "x")).toEqual(["a"]);
  });

  test("an unknown field never overwrites what the schema produced", () => {
    const Renamed = v.pipe(
      v.object({ regionName: v.string() }),
      v.transform((value) => ({ region_name: value.regionName })),
    );
    expect(validateInput(Renamed, { regionName: "a", region_name: "b" }, "x")).toEqual({ region_name: "a" });
  });
});

describe("validateQuery and the transport's query check", () => {
  const Query = v.object({ status: v.optional(v.string()) });

  test("an unknown filter is sent as given; a value a URL cannot carry is refused, naming it", () => {
    expect(validateQuery(Query, { status: "active", tag: ["a", "b"] }, "things.list")).toEqual({ status: "active", tag: ["a", "b"] });
    expect(() => validateQuery(Query, { owner: { id: 1 } }, "things.list")).toThrow(
      "things.list: invalid arguments: owner: expected a string, number or boolean, or an array of them, received an object.",
    );
  });

  test("the transport refuses such a value before sending, whatever the client checked", async () => {
    let sent = 0;
    const transport = createTransport({
      provider: "Example",
      baseURL: "https://api.example.test",
      credential: fromValue("k_0123456789abcdef"),
      auth: bearer(),
      fetch: async () => {
        sent++;
        return Response.json({});
      },
    });
    const error = await transport
      .request({ operation: "things.list", method: "GET", path: "/x", query: { owner: { id: 1 } as never } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(sent).toBe(0);
  });
});
