import { HttpResponse } from "msw";
import type { ApiErrorObject } from "../schemas/index.js";

/**
 * The type of {@link LAMBDA_CLOUD_ERRORS}: each error object by name, with when the fake sends it.
 * Those it never sends on its own are there for canned failures (`mock.failNext({ status, body })`).
 */
export interface LambdaCloudErrors {
  /** 401 for a missing, wrong or revoked key, and the default body of a canned 401. */
  readonly invalidApiKey: Readonly<ApiErrorObject>;
  /** The default body of a canned 403. */
  readonly accountInactive: Readonly<ApiErrorObject>;
  /** Lambda's answer when the billing address is invalid; never sent by the fake on its own. */
  readonly invalidAddress: Readonly<ApiErrorObject>;
  /** 400 for a request the fake rejects (what was wrong goes in `suggestion`), and the default body of a canned 400. */
  readonly invalidParameters: Readonly<ApiErrorObject>;
  /** Lambda's answer when a quota is exhausted; never sent by the fake on its own. */
  readonly quotaExceeded: Readonly<ApiErrorObject>;
  /** 404 for an unknown path, SSH key or fabric partition, and the default body of a canned 404. */
  readonly notFound: Readonly<ApiErrorObject>;
  /** 404 for an unknown ticket. */
  readonly ticketNotFound: Readonly<ApiErrorObject>;
  /** 404 for an unknown instance. */
  readonly instanceNotFound: Readonly<ApiErrorObject>;
  /** 404 for an unknown filesystem. */
  readonly filesystemNotFound: Readonly<ApiErrorObject>;
  /** 404 for an unknown firewall ruleset. */
  readonly firewallRulesetNotFound: Readonly<ApiErrorObject>;
  /** 400 when deleting a firewall ruleset that instances still use. */
  readonly firewallRulesetInUse: Readonly<ApiErrorObject>;
  /** 400 when the launch region has no capacity for the instance type. */
  readonly insufficientCapacity: Readonly<ApiErrorObject>;
  /** 409 for a restart the instance's state does not allow, and the default body of a canned 409. */
  readonly conflict: Readonly<ApiErrorObject>;
  /** The default body of a canned failure whose status has no other default (500, …). */
  readonly internalError: Readonly<ApiErrorObject>;
  /** The default body of a canned 503 (the spec's own example). */
  readonly providerUnavailable: Readonly<ApiErrorObject>;
}

/**
 * Lambda's documented error objects, with the spec's default message and suggestion where it
 * has one. Where the spec gives none (duplicate, filesystem-in-use, wrong region, launch
 * resources, attachments), the fake's text is its own and only `code` is Lambda's.
 */
export const LAMBDA_CLOUD_ERRORS: LambdaCloudErrors = {
  invalidApiKey: {
    code: "global/invalid-api-key",
    message: "API key was invalid, expired, or deleted.",
    suggestion: "Check your API key or create a new one, then try again.",
  },
  accountInactive: {
    code: "global/account-inactive",
    message: "Your account is inactive.",
    suggestion:
      "Make sure you have verified your email address and have a valid payment method. Contact Support if problems continue.",
  },
  invalidAddress: {
    code: "global/invalid-address",
    message: "Your billing address is invalid.",
    suggestion: "Make sure your billing address is valid. Contact Support if problems continue.",
  },
  invalidParameters: { code: "global/invalid-parameters", message: "Invalid request data." },
  quotaExceeded: {
    code: "global/quota-exceeded",
    message: "Quota exceeded.",
    suggestion: "Contact Support to increase your quota.",
  },
  notFound: { code: "global/not-found", message: "The requested resource was not found." },
  ticketNotFound: {
    code: "global/not-found",
    message: "Ticket not found.",
    suggestion: "Check the ticket ID and try again.",
  },
  instanceNotFound: { code: "global/object-does-not-exist", message: "Specified instance does not exist." },
  filesystemNotFound: { code: "global/object-does-not-exist", message: "Filesystem was not found." },
  firewallRulesetNotFound: {
    code: "global/object-does-not-exist",
    message: "Firewall ruleset does not exist or you do not have permission to access it.",
    suggestion: "Check your firewall ruleset ID and try again.",
  },
  firewallRulesetInUse: {
    code: "firewall-rulesets/firewall-ruleset-in-use",
    message: "Firewall ruleset is in use by one or more instances.",
    suggestion: "Terminate all instances that are using the ruleset before deleting it.",
  },
  insufficientCapacity: {
    code: "instance-operations/launch/insufficient-capacity",
    message: "Not enough capacity to fulfill launch request.",
  },
  conflict: { code: "global/conflict", message: "The request conflicts with the current state of the resource." },
  internalError: {
    code: "global/internal-error",
    message: "An internal server error occurred.",
    suggestion: "Try again later. Contact Support if the problem persists.",
  },
  providerUnavailable: {
    code: "provider/internal-unavailable",
    message: "Provider unavailable",
    suggestion: "Try again shortly",
  },
};

/** An error response in Lambda's envelope, `{"error": {...}}`. */
export function errorResponse(status: number, error: ApiErrorObject): Response {
  return HttpResponse.json({ error }, { status });
}

/** 400 `global/invalid-parameters`; `detail` (what was wrong) goes in the suggestion. */
export function invalidParameters(detail?: string): Response {
  const error: ApiErrorObject = { ...LAMBDA_CLOUD_ERRORS.invalidParameters };
  if (detail !== undefined) error.suggestion = detail;
  return errorResponse(400, error);
}

/** 404 `global/object-does-not-exist` for a resource a launch names (no spec default text). */
export function launchResourceNotFound(kind: string, name: string): Response {
  return errorResponse(404, {
    code: "global/object-does-not-exist",
    message: `${kind} '${name}' does not exist.`,
    suggestion: `Check the ${kind.toLowerCase()} and try again.`,
  });
}
