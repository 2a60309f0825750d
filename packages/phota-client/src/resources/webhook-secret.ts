import { type RequestOptions, ResponseValidationError } from "@cloud-sdk/auth-core";
import * as v from "valibot";
import { WEBHOOK_SECRET_FIELDS, WebhookSecretResponse, webhookSecretValue } from "../schemas/webhook-secret";
import { type ResourceContext, quickCallOptions } from "./context";

const OPERATION = "webhookSecret";

function missingSecretMessage(body: unknown): string {
  const fields = typeof body === "object" && body !== null ? Object.keys(body).join(", ") : "";
  return `no secret in the answer (looked for ${WEBHOOK_SECRET_FIELDS.join(", ")}); received the fields ${fields || "(none)"}`;
}

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

/**
 * `GET /webhook-secret`: the account's secret for callback signatures. The body carries a secret,
 * so it is marked `sensitiveResponse`: a body of an unexpected shape is reported without the body.
 * With `responseValidation` "warn" or "off" the transport hands back the body as sent; the secret
 * is then read from it here, and a body without one is still an error (field names only), since
 * this method promises a string.
 */
export async function fetchWebhookSecret(context: ResourceContext, options: RequestOptions | undefined): Promise<string> {
  const answer: unknown = await context.transport.request({
    ...quickCallOptions(context, options),
    operation: OPERATION,
    method: "GET",
    path: "/webhook-secret",
    schema: WebhookSecret,
    sensitiveResponse: true,
  });
  if (typeof answer === "string") return answer;
  const secret = typeof answer === "object" && answer !== null ? webhookSecretValue(answer as WebhookSecretResponse) : undefined;
  if (secret !== undefined) return secret;
  throw new ResponseValidationError(
    `Phota API response to ${OPERATION}: ${missingSecretMessage(answer)}. The API may have changed; please report it to the SDK maintainers.`,
    { operation: OPERATION, body: undefined, status: 200 },
  );
}
