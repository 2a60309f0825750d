import type { HeadersInput, Logger, ResponseValidation, Transport } from "@cloud-sdk/auth-core";
import type { ApiVersion } from "./api-version";
import type { VersionedSchemas } from "./schemas";

/** What a client's methods work with. Held in a `#private` field: the transport holds the key. */
export interface ClientContext {
  readonly transport: Transport;
  readonly version: ApiVersion;
  /** The response schemas of `version`. */
  readonly schemas: VersionedSchemas<ApiVersion>;
  /** The user's `headers`, kept to derive a client for another version. */
  readonly headers: HeadersInput | undefined;
  /** The user's `responseValidation`, if set: a version unknown to the client defaults to "warn" only without it. */
  readonly responseValidation: ResponseValidation | undefined;
  /** The client's logger at its level, for notes the client itself writes. */
  readonly log: Logger;
}

let read: (client: ClientCore) => ClientContext;

/**
 * Holds a client's context where neither `util.inspect`, `JSON.stringify` nor property
 * enumeration can reach it. The methods, defined in `resources/`, read it through
 * {@link contextOf}, which this package does not export.
 */
export class ClientCore {
  readonly #context: ClientContext;

  constructor(context: ClientContext) {
    this.#context = context;
  }

  static {
    read = (client) => client.#context;
  }
}

/** The context of a client (for the method implementations). */
export function contextOf(client: ClientCore): ClientContext {
  return read(client);
}
