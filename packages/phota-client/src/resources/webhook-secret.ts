import type { RequestOptions } from "@cloud-sdk/auth-core";
import * as v from "valibot";
import { WEBHOOK_SECRET_FIELDS, WebhookSecretResponse, webhookSecretValue } from "../schemas/webhook-secret";
import { type ResourceContext, quickCallOptions } from "./context";

// The answer's field name is undocumented: take the secret from the likely fields, and report a
// body that has none of them as an unexpected response rather than answering `undefined`.
const WebhookSecret = v.pipe(
  WebhookSecretResponse,
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const secret = webhookSecretValue(dataset.value);
    if (secret !== undefined) return secret;
    addIssue({
      message: `no secret in the answer (looked for ${WEBHOOK_SECRET_FIELDS.join(", ")})`,
      expected: `a string in one of ${WEBHOOK_SECRET_FIELDS.join(", ")}`,
      received: `the fields ${Object.keys(dataset.value).join(", ") || "(none)"}`,
    });
    return NEVER;
  }),
);

/** `GET /webhook-secret`: the account's secret for callback signatures. */
export function fetchWebhookSecret(context: ResourceContext, options: RequestOptions | undefined): Promise<string> {
  return context.transport.request({
    ...quickCallOptions(context, options),
    operation: "webhookSecret",
    method: "GET",
    path: "/webhook-secret",
    schema: WebhookSecret,
  });
}
