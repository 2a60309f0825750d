import { redact } from "./redact.js";

const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

/**
 * A credential value that does not leak by accident: `String()`, `JSON.stringify`, template
 * literals, `console.log` and `util.inspect` all show the redacted form (`phak_…3f9a`). Only
 * `reveal()` returns the value, and only the transport calls it, to build a request header.
 *
 * @example
 * ```ts
 * const secret = new Secret("phak_8Zt2cWq1k9LmN0pQ3f9a");
 * console.log(`${secret}`); // "phak_…3f9a"
 * secret.reveal();          // "phak_8Zt2cWq1k9LmN0pQ3f9a"
 * ```
 */
export class Secret {
  // A private field: invisible to Object.keys, JSON.stringify, structuredClone and util.inspect.
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The secret itself. Put it in a request header, nowhere else. */
  reveal(): string {
    return this.#value;
  }

  /** The shareable form, e.g. `phak_…3f9a`. */
  get redacted(): string {
    return redact(this.#value);
  }

  /** The redacted form, so template literals and string concatenation never leak the value. */
  toString(): string {
    return this.redacted;
  }

  /** The redacted form, so `JSON.stringify` never leaks the value. */
  toJSON(): string {
    return this.redacted;
  }

  /** What `util.inspect` and `console.log` show: `Secret(phak_…3f9a)`. */
  [inspectSymbol](): string {
    return `Secret(${this.redacted})`;
  }
}
