import { RequestValidationError } from "@cloud-sdk/auth-core";

/** A `RequestValidationError` for one bad argument of an object call, raised before any request. */
export function invalidArgument(
  operation: string,
  path: string,
  expected: string,
  received: string,
  advice: string,
): RequestValidationError {
  return new RequestValidationError(`${operation}: ${path} must be ${expected} (got ${received}). ${advice}`, {
    operation,
    issues: [{ path, expected, received, message: `${path} must be ${expected}` }],
  });
}

const MAX_KEY_BYTES = 1024;

/** Checks an object key: S3 keys are 1 to 1 024 bytes of UTF-8. */
export function checkKey(operation: string, key: unknown, path = "key"): string {
  if (typeof key !== "string" || key === "") {
    throw invalidArgument(operation, path, "a non-empty string", JSON.stringify(key) ?? String(key), "Pass the object's key, e.g. \"datasets/data.csv\".");
  }
  const bytes = new TextEncoder().encode(key).length;
  if (bytes > MAX_KEY_BYTES) {
    throw invalidArgument(operation, path, `at most ${MAX_KEY_BYTES} bytes of UTF-8`, `${bytes} bytes`, "Use a shorter key.");
  }
  // A "." or ".." segment (or its percent-encoded form, which URL parsing treats the same) would be
  // collapsed by the URL and address another object, or the bucket itself.
  const dotSegment = key.split("/").find((segment) => /^(?:\.|%2e){1,2}$/i.test(segment));
  if (dotSegment !== undefined) {
    throw invalidArgument(
      operation,
      path,
      'a key without "." or ".." segments',
      JSON.stringify(key),
      "Such a segment would change the request's path to another object; rename the object.",
    );
  }
  return key;
}
