import { type ApiErrorContext, apiErrorFields, findErrorCode, statusHint } from "@cloud-sdk/auth-core";
import type { ResolvedRoutes } from "../route-overrides";
import { findRoute, type OperationId } from "../routes";
import { readErrorBody } from "../schemas";
import { mentionsQuota, numberField, resourceIdOf, stringField } from "./error-fields";
import {
  assumedRouteHint,
  composeMessage,
  describeFieldErrors,
  serverDetail,
} from "./error-message";
import {
  AuthenticationError,
  InsufficientBalanceError,
  PermissionError,
  QuotaExceededError,
  RateLimitError,
  ResourceNotFoundError,
  ServerError,
  ValidationError,
} from "./http-errors";
import { PodstackError, type PodstackErrorInit } from "./podstack-error";

/** What the error messages may say about the client (never the token itself). */
export interface ErrorMessageContext {
  /** Where the token came from, e.g. "the PODSTACK_API_TOKEN environment variable". */
  readonly tokenSource: string;
  /** The client's project, if any. */
  readonly projectId: string | undefined;
  /** The routes as sent (the table with the `routes` option applied), for the route hints. */
  readonly routes?: ResolvedRoutes | undefined;
}

const projectWords = (projectId: string | undefined) =>
  projectId === undefined ? "no project is set" : `the client's project is ${projectId}`;

/**
 * The transport's `createApiError` hook: maps an error answer to the Python SDK's classes. The
 * status mapping is [assumed] except 401 and 403, whose causes Podstack documents.
 */
export function podstackErrorFactory(
  client: ErrorMessageContext,
): (context: ApiErrorContext) => Error {
  return (context) => {
    const { status, operation } = context;
    const value = context.body.value;
    const fields = context.body.kind === "json" ? readErrorBody(value) : {};
    const detail = serverDetail(context, fields);
    const init: PodstackErrorInit = {
      ...apiErrorFields(context),
      message: "",
      code: fields.code ?? findErrorCode(value),
      requestId: context.requestId ?? fields.requestId,
      details: context.body.kind === "json" ? value : undefined,
    };
    const say = (headline: string, hint: string, text = detail) =>
      composeMessage(context, headline, text, hint);

    if (status === 401) {
      return new AuthenticationError({
        ...init,
        message: say(
          "Invalid API token",
          `Check that the token is correct and has not expired or been revoked; create a new one in the Podstack dashboard (Account > API Tokens). The token came from ${client.tokenSource}.`,
        ),
      });
    }
    if ([400, 403, 409, 422].includes(status) && mentionsQuota(fields)) {
      const limit = numberField(value, "limit");
      const current = numberField(value, "current");
      const usage =
        limit === undefined
          ? ""
          : ` (limit ${limit}${current === undefined ? "" : `, in use ${current}`})`;
      return new QuotaExceededError({
        ...init,
        message: say(
          "Quota exceeded",
          `Delete resources you no longer need, or ask Podstack to raise the quota${usage}.`,
        ),
        resourceType: stringField(value, "resource_type"),
        limit,
        current,
      });
    }
    if (status === 403) {
      return new PermissionError({
        ...init,
        message: say(
          "Access denied to resource",
          `Check that the token has the required permissions and that the resource is in the project you use (${projectWords(
            client.projectId,
          )}).`,
        ),
      });
    }
    if (status === 404) {
      const route =
        client.routes !== undefined && Object.hasOwn(client.routes, operation)
          ? client.routes[operation as OperationId]
          : findRoute(operation);
      const resourceType = stringField(value, "resource_type") ?? route?.resourceType;
      const resourceId =
        stringField(value, "resource_id") ?? resourceIdOf(operation, context.url, route?.path);
      const what =
        resourceType && resourceId
          ? `${resourceType[0]?.toUpperCase()}${resourceType.slice(1)} ${resourceId}`
          : "Resource";
      return new ResourceNotFoundError({
        ...init,
        message: say(
          `${what} not found`,
          `Check the id and the project (${projectWords(client.projectId)}).${assumedRouteHint(
            operation,
            client.routes,
          )}`,
        ),
        resourceType,
        resourceId,
      });
    }
    if (status === 400 || status === 422) {
      const fieldErrors = fields.fieldErrors;
      const listed = fieldErrors === undefined ? undefined : describeFieldErrors(fieldErrors);
      const own =
        detail !== undefined &&
        !Object.values(fieldErrors ?? {})
          .flat()
          .includes(detail)
          ? detail
          : undefined;
      const text = [own, listed].filter((part) => part !== undefined).join(": ") || undefined;
      return new ValidationError({
        ...init,
        message: say(
          "Invalid request",
          listed === undefined
            ? "Check the parameters against the method's documentation."
            : "Fix the fields named above.",
          text,
        ),
        fieldErrors,
      });
    }
    if (status === 402) {
      const requiredAmount = numberField(value, "required_amount");
      const availableAmount = numberField(value, "available_amount");
      const amounts =
        requiredAmount === undefined
          ? ""
          : ` It needs ${requiredAmount}; the wallet holds ${availableAmount ?? "less"}.`;
      return new InsufficientBalanceError({
        ...init,
        message: say(
          "Insufficient balance",
          `Add funds to the wallet in the Podstack dashboard; client.wallet.balance() shows the balance.${amounts}`,
        ),
        requiredAmount,
        availableAmount,
      });
    }
    if (status === 429) {
      const retryAfter =
        context.retryAfterMs === undefined ? undefined : context.retryAfterMs / 1000;
      const wait =
        retryAfter === undefined ? "" : ` The server asked to wait ${Math.ceil(retryAfter)} s.`;
      return new RateLimitError({
        ...init,
        message: say(
          "Rate limit exceeded",
          `Slow down, then retry (the client already retried up to maxRetries times).${wait}`,
        ),
        retryAfter,
      });
    }
    if (status >= 500) {
      return new ServerError({
        ...init,
        message: say(
          "Podstack server error",
          "Retry later, and quote the request id if you contact Podstack support.",
        ),
      });
    }
    const routeHint = status === 405 ? assumedRouteHint(operation, client.routes) : "";
    return new PodstackError({
      ...init,
      message: say(`Podstack API error ${status}`, `${statusHint(status)}${routeHint}`),
    });
  };
}
