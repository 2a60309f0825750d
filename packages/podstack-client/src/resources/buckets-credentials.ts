import { ResponseValidationError, scrubText } from "@cloud-sdk/auth-core";

const SECRET_FIELD = /secret/i;

/** A copy of a credentials body with every secret-looking field replaced, for errors. */
function scrub(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrub);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, item]) => [name, SECRET_FIELD.test(name) ? "[redacted]" : scrub(item)]),
  );
}

/** The values of every secret-looking field, as text. */
function secretValues(value: unknown, found: string[] = []): string[] {
  if (value === null || typeof value !== "object") return found;
  for (const [name, item] of Object.entries(value)) {
    if (SECRET_FIELD.test(name) && item !== null && item !== undefined) found.push(String(item));
    else secretValues(item, found);
  }
  return found;
}

/**
 * A `ResponseValidationError` of `buckets.getCredentials` rebuilt without the secret: its body and
 * its issues would otherwise hold the secret key the server sent.
 */
export function withoutSecrets(error: unknown): unknown {
  if (!(error instanceof ResponseValidationError)) return error;
  const secrets = secretValues(error.body);
  return new ResponseValidationError(scrubText(error.message, secrets), {
    operation: error.operation,
    status: error.status,
    requestId: error.requestId,
    body: scrub(error.body),
    issues: error.issues.map((issue) =>
      SECRET_FIELD.test(issue.path)
        ? { ...issue, received: "[redacted]", message: scrubText(issue.message, secrets) }
        : issue,
    ),
  });
}
