import * as v from "valibot";

/**
 * Answer of `GET /v1/phota/webhook-secret`: the per-account secret for callback signatures.
 * The field name is not documented, so the object is accepted whole and
 * {@link webhookSecretValue} looks for the likely names.
 */
export const WebhookSecretResponse = v.looseObject({});
/** A parsed webhook-secret answer. */
export type WebhookSecretResponse = {
  [K in keyof v.InferOutput<typeof WebhookSecretResponse>]: v.InferOutput<typeof WebhookSecretResponse>[K];
};

/** Field names tried, in order, for the secret. Assumed: correct here once documented. */
export const WEBHOOK_SECRET_FIELDS = ["webhook_secret", "secret", "signing_secret"] as const;

/**
 * The secret in a webhook-secret answer, or `undefined` if none of the likely fields holds a string.
 *
 * @example
 * ```ts
 * const secret = webhookSecretValue(v.parse(WebhookSecretResponse, body));
 * ```
 */
export function webhookSecretValue(body: WebhookSecretResponse): string | undefined {
  const record = body as Record<string, unknown>;
  for (const field of WEBHOOK_SECRET_FIELDS) {
    const value = record[field];
    if (typeof value === "string") return value;
  }
  return undefined;
}
