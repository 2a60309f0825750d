import type { RequestOptions } from "@cloud-sdk/auth-core";
import type { OperationCall, OperationResult, Operations } from "../operation";
import type { OperationId } from "../routes";

/** Base of the resource classes: holds the sender privately, so nothing leaks through inspection. */
export abstract class Resource {
  readonly #operations: Operations;

  /** @internal Created by the client. */
  constructor(operations: Operations) {
    this.#operations = operations;
  }

  /**
   * Sends one operation of the routes table.
   *
   * @internal Used by the resource classes only; users call their methods, or `client.request`.
   */
  protected send<O extends OperationId>(
    operation: O,
    call: OperationCall,
    options: RequestOptions | undefined,
  ): Promise<OperationResult<O>> {
    return this.#operations.send(operation, call, options);
  }

  /**
   * Sends one operation and answers its success body unread, as a stream of bytes.
   *
   * @internal Used by the resource classes only.
   */
  protected stream(
    operation: OperationId,
    call: OperationCall,
    options: RequestOptions | undefined,
  ): Promise<ReadableStream<Uint8Array>> {
    return this.#operations.stream(operation, call, options);
  }
}

/** The `force` query flag of stop and delete: sent only when the caller set it. */
export const forceQuery = (force: boolean | undefined): Record<string, string> =>
  force === undefined ? {} : { force: String(force) };
