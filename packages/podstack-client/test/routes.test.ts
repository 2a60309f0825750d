import { readProjectId, withProjectId } from "../src/project-context";
import {
  buildPath,
  OPERATION_IDS,
  PODSTACK_DEFAULT_BASE_URL,
  PROJECT_CONTEXT,
  ROUTES,
} from "../src/routes";
import { OPERATION_SCHEMAS } from "../src/schemas";

describe("ROUTES", () => {
  it("offers exactly the operations of the issue", () => {
    expect([...OPERATION_IDS].sort()).toEqual(
      [
        "auth.whoami",
        "pods.create",
        "pods.list",
        "pods.get",
        "pods.start",
        "pods.stop",
        "pods.restart",
        "pods.delete",
        "pods.exec",
        "pods.execAsync",
        "pods.logs",
        "pods.logsStream",
        "pods.metrics",
        "pods.events",
        "pods.saveTemplate",
        "pods.createFromTemplate",
        "vms.create",
        "vms.list",
        "vms.images",
        "vms.get",
        "vms.start",
        "vms.stop",
        "vms.restart",
        "vms.delete",
        "vms.resize",
        "vms.createSnapshot",
        "vms.snapshots",
        "vms.restoreSnapshot",
        "vms.deleteSnapshot",
        "vms.allocatePublicIp",
        "vms.releasePublicIp",
        "vms.addFirewallRule",
        "vms.firewallRules",
        "vms.removeFirewallRule",
        "vms.metrics",
        "vms.console",
        "vms.exec",
        "tasks.get",
        "volumes.create",
        "volumes.list",
        "volumes.get",
        "volumes.resize",
        "volumes.delete",
        "projects.list",
        "wallet.balance",
        "buckets.create",
        "buckets.list",
        "buckets.get",
        "buckets.delete",
        "buckets.getCredentials",
      ].sort(),
    );
  });

  it("marks only GET /v1/pods as documented", () => {
    const documented = OPERATION_IDS.filter((id) => ROUTES[id].documented);
    expect(documented).toEqual(["pods.list"]);
    expect(ROUTES["pods.list"]).toMatchObject({ method: "GET", path: "pods" });
    expect(`${PODSTACK_DEFAULT_BASE_URL}/${ROUTES["pods.list"].path}`).toBe(
      "https://api.podstack.ai/v1/pods",
    );
  });

  it("has relative paths and a schema entry for every operation", () => {
    for (const id of OPERATION_IDS) {
      expect(ROUTES[id].path.startsWith("/")).toBe(false);
      expect(OPERATION_SCHEMAS[id]).toBeDefined();
      // a route that answers JSON has a response schema, a text or 204 route has none
      expect("response" in OPERATION_SCHEMAS[id]).toBe(ROUTES[id].responds === "json");
      expect("text" in OPERATION_SCHEMAS[id]).toBe(ROUTES[id].responds === "text");
    }
  });

  it("follows one project rule: body when there is a body, query otherwise, none for account routes", () => {
    for (const id of OPERATION_IDS) {
      const route = ROUTES[id];
      // Tasks are looked up by their own id, and the OS images are the same for every project.
      const accountLevel =
        id.startsWith("auth.") ||
        id.startsWith("projects.") ||
        id.startsWith("wallet.") ||
        id.startsWith("tasks.") ||
        id === "vms.images";
      const expected = accountLevel ? "none" : route.body ? "body" : "query";
      expect({ id, project: route.project }).toEqual({ id, project: expected });
    }
  });
});

describe("buildPath", () => {
  it("fills and encodes the id", () => {
    expect(buildPath("pods.get", "pod-123")).toBe("pods/pod-123");
    expect(buildPath("pods.stop", "a/../b?c")).toBe("pods/a%2F..%2Fb%3Fc/stop");
    expect(buildPath("pods.list")).toBe("pods");
  });

  it("refuses a route that needs an id without one", () => {
    expect(() => buildPath("volumes.get")).toThrow("volumes.get needs id");
    expect(() => buildPath("volumes.get", "")).toThrow(TypeError);
  });

  it("fills every placeholder of a nested route by name, encoded", () => {
    expect(buildPath("vms.deleteSnapshot", { id: "vm 1", snapshot_id: "s/2" })).toBe(
      "vms/vm%201/snapshots/s%2F2",
    );
    expect(() => buildPath("vms.deleteSnapshot", { id: "vm-1" })).toThrow(
      "vms.deleteSnapshot needs snapshot_id",
    );
  });
});

describe("project context", () => {
  const empty = { searchParams: {}, headers: {} };

  it("puts the project in the query of a list and in the body of a create", () => {
    expect(
      withProjectId("pods.list", "p1", { searchParams: { status: "running" }, headers: {} }),
    ).toEqual({
      searchParams: { status: "running", project_id: "p1" },
      headers: {},
    });
    expect(
      withProjectId("volumes.create", "p1", { ...empty, json: { name: "v", quota_gb: 1 } }),
    ).toEqual({
      searchParams: {},
      headers: {},
      json: { name: "v", quota_gb: 1, project_id: "p1" },
    });
  });

  it("sends nothing for account routes or without a project, and leaves the input alone", () => {
    const input = { searchParams: {}, headers: {}, json: { name: "x" } };
    expect(withProjectId("wallet.balance", "p1", empty)).toEqual(empty);
    expect(withProjectId("pods.create", undefined, input)).toEqual(input);
    withProjectId("pods.create", "p1", input);
    expect(input.json).toEqual({ name: "x" });
  });

  it("reads back what it wrote", () => {
    const list = withProjectId("pods.get", "p1", empty);
    const url = new URL("https://api.podstack.ai/v1/pods/pod-1");
    for (const [k, value] of Object.entries(list.searchParams)) url.searchParams.set(k, value);
    expect(readProjectId("pods.get", new Request(url), undefined)).toBe("p1");
    expect(readProjectId("pods.create", new Request(url), { project_id: "p2" })).toBe("p2");
    expect(readProjectId("pods.create", new Request(url), { project_id: 7 })).toBeUndefined();
    expect(readProjectId("projects.list", new Request(url), { project_id: "p2" })).toBeUndefined();
    expect(PROJECT_CONTEXT.field).toBe("project_id");
  });
});
