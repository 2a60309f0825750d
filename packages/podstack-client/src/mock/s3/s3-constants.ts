/** The S3 endpoint the fake serves buckets on: Podstack's documented `s3.podstack.ai` [doc]. */
export const PODSTACK_MOCK_S3_ENDPOINT = "https://s3.podstack.ai";

/** The access key id `buckets.getCredentials` returns in the fake (the same for every bucket). */
export const PODSTACK_MOCK_S3_ACCESS_KEY = "PSMOCKACCESSKEY00001";

/** The secret key `buckets.getCredentials` returns in the fake; it never leaves a `Secret`. */
export const PODSTACK_MOCK_S3_SECRET_KEY = "psmockSecretKey0123456789abcdefghijklmnop";

/** The region of the fake's credentials, the docs' example [doc]. */
export const PODSTACK_MOCK_S3_REGION = "us-east-1";
