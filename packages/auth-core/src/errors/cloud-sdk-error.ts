const MARKERS = Symbol.for("cloud-sdk.error.types");

type Marked = { [MARKERS]?: readonly string[] };

/**
 * Base of every error thrown by cloud-sdk packages.
 *
 * `instanceof` works even when a program ends up with two copies of `@cloud-sdk/auth-core` (two
 * provider packages resolved to different versions, a bundle plus node_modules): each class that
 * declares its own `errorType` is matched by a `Symbol.for` marker rather than by prototype identity.
 * `isInstance` is the same check as a function.
 *
 * @example
 * ```ts
 * try {
 *   await client.instances.list();
 * } catch (error) {
 *   if (error instanceof CloudSdkError) console.error(error.message);
 * }
 * ```
 */
export class CloudSdkError extends Error {
  /** Stable identity of this class across package copies. Subclasses declare their own. */
  static readonly errorType: string = "cloud-sdk.CloudSdkError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    const types: string[] = [];
    let name: string | undefined;
    // Walk from the concrete class up to this one, collecting each declared errorType.
    for (let current: unknown = new.target; current && current !== Error; current = Object.getPrototypeOf(current)) {
      if (Object.hasOwn(current as object, "errorType")) {
        const type = (current as typeof CloudSdkError).errorType;
        types.push(type);
        name ??= type.slice(type.lastIndexOf(".") + 1);
      }
    }
    Object.defineProperty(this, MARKERS, { value: types, enumerable: false });
    // A class without its own errorType keeps its JavaScript name; minifiers may mangle that, which is
    // why cloud-sdk's own classes declare errorType.
    Object.defineProperty(this, "name", {
      value: Object.hasOwn(new.target, "errorType") ? name : new.target.name,
      enumerable: false,
      configurable: true,
      writable: true,
    });
  }

  /** True when `value` is an instance of this class, from any copy of the package. */
  static isInstance(value: unknown): boolean {
    return hasMarker(this, value);
  }

  /** `value instanceof ThisClass`, by marker, so it also holds for errors from another copy of the package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasMarker(this, value);
  }
}

function hasMarker(constructor: typeof CloudSdkError, value: unknown): boolean {
  if (!Object.hasOwn(constructor, "errorType")) {
    // No identity of its own (a user's subclass): fall back to plain prototype identity.
    return Function.prototype[Symbol.hasInstance].call(constructor, value);
  }
  if (typeof value !== "object" || value === null) return false;
  const types = (value as Marked)[MARKERS];
  return Array.isArray(types) && types.includes(constructor.errorType);
}
