import * as v from "valibot";
import { RequestValidationError, validateInput } from "../src/index.js";

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
