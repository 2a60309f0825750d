/**
 * How a credential is attached to a request: the header it goes in (if any) and the fetch
 * `credentials` mode. The resolved credential always wins over a caller-supplied header of the same
 * name, so a stray `Authorization` in `headers` cannot replace the real key.
 */
export interface AuthScheme {
  /** Kind of scheme, for logs: "bearer", "basic", "api-key-header", "cookie-session". */
  readonly type: string;
  /** Lower-cased header the secret travels in, or undefined when none is sent. */
  readonly headerName: string | undefined;
  /** fetch `credentials` mode: `"include"` for cookie sessions. */
  readonly credentials: RequestCredentials | undefined;
  /** False when no secret is needed (cookie sessions rely on the browser's cookies). */
  readonly needsSecret: boolean;
  /** The header value carrying `secret`. */
  headerValue(secret: string): string;
  /**
   * The header value as logs show it: which key, never the key (`Bearer phak_…3f9a`). Schemes that
   * encode the secret (Basic) must not leave it to a search for the raw secret.
   */
  redactedHeaderValue(secret: string): string;
  /**
   * Every form of `secret` that would reveal it if echoed back (the raw secret; for Basic also its
   * base64 encoding), scrubbed from error bodies and headers.
   */
  revealingForms(secret: string): readonly string[];
  /**
   * Signs a whole request instead of carrying a secret in one header (AWS SigV4, say): answers the
   * headers to set, computed from the method, URL, headers and body. Set by {@link requestSigner}.
   */
  readonly sign?: RequestSigner | undefined;
  /** More header names the scheme's requests carry secrets in, hidden from errors and logs. */
  readonly secretHeaders?: readonly string[] | undefined;
}

/** What a {@link RequestSigner} sees of a request. */
export interface SignableRequest {
  /** The HTTP method, upper-case: "PUT". */
  readonly method: string;
  /** The full URL, query included. */
  readonly url: string;
  /** The request's headers, lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as given to the transport (a string, bytes, a Blob), undefined for none. */
  readonly body: BodyInit | undefined;
}

/** Computes the headers that sign a request, e.g. `authorization`, `x-amz-date`, `x-amz-content-sha256`. */
export type RequestSigner = (request: SignableRequest) => Promise<Record<string, string>> | Record<string, string>;
