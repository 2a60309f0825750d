/** A response with its body read in full, and the URL that finally answered. */
export interface Exchange {
  readonly response: Response;
  readonly text: string;
  readonly bytes: Uint8Array | undefined;
  readonly url: string;
}
