import * as v from "valibot";
import {
  AuditEventsResponseBody,
  LAMBDA_CLOUD_OPERATIONS,
  LAMBDA_ERROR_CODES,
  LambdaErrorCode,
  toAuditEventsPage,
} from "../src/index.js";
import { ERROR_FIXTURES } from "./fixtures/errors.js";
import { fixture } from "./support/api.js";

interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  successStatus: number;
}

describe("LAMBDA_CLOUD_OPERATIONS", () => {
  const spec = fixture("spec-operations.json") as SpecOperation[];

  it("lists exactly the 37 operations of the 1.10.0 spec, with their method, path and status", () => {
    const ours = Object.entries(LAMBDA_CLOUD_OPERATIONS).map(([operationId, op]) => ({
      operationId,
      method: op.method,
      path: op.path,
      successStatus: op.status,
    }));
    const byId = (a: SpecOperation, b: SpecOperation) => a.operationId.localeCompare(b.operationId);
    expect(spec).toHaveLength(37);
    expect(ours.sort(byId)).toEqual([...spec].sort(byId));
  });

  it("has a request schema for every operation that sends a body", () => {
    const withBody = Object.entries(LAMBDA_CLOUD_OPERATIONS)
      .filter(([, op]) => "request" in op)
      .map(([id]) => id);
    expect(withBody.sort()).toEqual(
      [
        "addSSHKey",
        "createFabricPartition",
        "createFilesystem",
        "createFirewallRuleset",
        "createTicket",
        "firewallRulesSet",
        "initiateAttachmentUpload",
        "launchInstance",
        "postInstance",
        "restartInstance",
        "terminateInstance",
        "updateFabricPartition",
        "updateFirewallRuleset",
        "updateGlobalFirewallRuleset",
        "updateTicket",
      ].sort(),
    );
  });
});

describe("audit events in both documented shapes", () => {
  it("reads the 1.10.0 shape (page_token next to data)", () => {
    const page = toAuditEventsPage(v.parse(AuditEventsResponseBody, fixture("audit-events-1.10.0.json")));
    expect(page.events.map((e) => e.event_id)).toEqual(["0123456789abcdef0123456789abcdef"]);
    expect(page.page_token).toBe("eyJuZXh0IjoxNzA0MTk2ODAwfQ==");
  });

  it("reads the 1.8.3 shape (events and page_token inside data)", () => {
    const page = toAuditEventsPage(v.parse(AuditEventsResponseBody, fixture("audit-events-1.8.3.json")));
    expect(page.events.map((e) => e.action)).toEqual(["created"]);
    expect(page.page_token).toBeNull();
  });

  it("refuses a 1.10.0 body without its page_token", () => {
    expect(v.safeParse(AuditEventsResponseBody, { data: [] }).success).toBe(false);
    expect(v.safeParse(AuditEventsResponseBody, { data: [], page_token: null }).success).toBe(true);
  });
});

describe("error codes", () => {
  it("lists every code of the documented error bodies", () => {
    const documented = new Set(Object.values(ERROR_FIXTURES).map((f) => f.body.error.code));
    for (const code of documented) expect(LAMBDA_ERROR_CODES).toContain(code);
  });

  it("accepts a code Lambda adds later", () => {
    expect(v.parse(LambdaErrorCode, "global/brand-new")).toBe("global/brand-new");
  });
});
