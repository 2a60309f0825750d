import { resolveCvmId } from "../src";

const UUID = "550e8400-e29b-41d4-a716-446655440000";
const HEX40 = "50b0e827cc6c53f4010b57e588a18c5ef9388cc1";

describe("resolveCvmId", () => {
  it("strips the dashes of a v4 UUID, given as uuid or as id", () => {
    expect(resolveCvmId({ uuid: UUID })).toBe("550e8400e29b41d4a716446655440000");
    expect(resolveCvmId({ id: UUID })).toBe("550e8400e29b41d4a716446655440000");
  });

  it("leaves a dashless UUID as it is", () => {
    expect(resolveCvmId({ uuid: "550e8400e29b41d4a716446655440000" })).toBe("550e8400e29b41d4a716446655440000");
  });

  it("prefixes 40 hex characters with app_, whatever field carries them", () => {
    expect(resolveCvmId({ app_id: HEX40 })).toBe(`app_${HEX40}`);
    expect(resolveCvmId({ id: HEX40 })).toBe(`app_${HEX40}`);
    expect(resolveCvmId({ instance_id: "b".repeat(40) })).toBe(`app_${"b".repeat(40)}`);
    expect(resolveCvmId({ app_id: HEX40.toUpperCase() })).toBe(`app_${HEX40.toUpperCase()}`);
  });

  it("passes anything else through: hashed ids, prefixed ids, numeric ids, custom instance ids", () => {
    expect(resolveCvmId({ id: "cvm_ykL5lbAn" })).toBe("cvm_ykL5lbAn");
    expect(resolveCvmId({ id: `app_${HEX40}` })).toBe(`app_${HEX40}`);
    expect(resolveCvmId({ id: "123" })).toBe("123");
    expect(resolveCvmId({ instance_id: "custom-instance-123" })).toBe("custom-instance-123");
    expect(resolveCvmId({ id: "cvm-123-test_special.id" })).toBe("cvm-123-test_special.id");
  });

  it("uses a name as it is, even when it would look like something else", () => {
    expect(resolveCvmId({ name: "my-app" })).toBe("my-app");
  });

  it("takes the fields in the order id, uuid, app_id, instance_id, name", () => {
    const all = { id: "test-id", uuid: UUID, app_id: HEX40, instance_id: "c".repeat(40), name: "my-app" };
    expect(resolveCvmId(all)).toBe("test-id");
    const { id: _id, ...noId } = all;
    expect(resolveCvmId(noId)).toBe("550e8400e29b41d4a716446655440000");
    const { uuid: _uuid, ...noUuid } = noId;
    expect(resolveCvmId(noUuid)).toBe(`app_${HEX40}`);
    const { app_id: _app, ...noApp } = noUuid;
    expect(resolveCvmId(noApp)).toBe(`app_${"c".repeat(40)}`);
    const { instance_id: _inst, ...onlyName } = noApp;
    expect(resolveCvmId(onlyName)).toBe("my-app");
  });

  it("rejects an empty identifier with the official message", () => {
    expect(() => resolveCvmId({})).toThrow("One of id, uuid, app_id, instance_id, or name must be provided");
    expect(() => resolveCvmId({ id: "" })).toThrow("One of id, uuid, app_id, instance_id, or name must be provided");
  });

  it("rejects a malformed uuid and an invalid name", () => {
    expect(() => resolveCvmId({ uuid: "invalid-uuid" })).toThrow("Invalid UUID format");
    expect(() => resolveCvmId({ name: "1bad" })).toThrow(/Name must be 5-63 characters/);
    expect(() => resolveCvmId({ name: "abc" })).toThrow(/Name must be 5-63 characters/);
  });
});
