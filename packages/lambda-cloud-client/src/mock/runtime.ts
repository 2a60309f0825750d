/**
 * The fake's sources of ids and timestamps. Deterministic, so that two runs of a test see the
 * same ids, and per mock, so that two mocks never share them. Time only moves when the fake
 * creates something: tests never wait on a clock.
 */
export interface MockRuntime {
  /** A 32-hex id like Lambda's instance, key and filesystem ids. */
  hexId(): string;
  /** A dashed UUID-shaped id like Lambda's image and fabric-partition ids. */
  uuid(): string;
  /** An ISO 8601 timestamp one second after the previous one. */
  now(): string;
  /** The last octet of the next instance's public and private addresses. */
  nextHostOctet(): number;
  /** Hostnames asked for at launch, applied when the instance becomes active. */
  readonly launchHostnames: Map<string, string>;
}

const START = Date.UTC(2025, 9, 1, 0, 0, 0);

/** A fresh runtime; `seed` varies the ids between mocks of one process. */
export function createRuntime(seed: number): MockRuntime {
  let x = seed >>> 0 || 0x9e3779b9;
  let time = START;
  let octet = 10;
  const next = (): string => {
    // xorshift32: cheap, deterministic, no Node built-in needed (the fake also runs in browsers).
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x.toString(16).padStart(8, "0");
  };
  const hexId = () => next() + next() + next() + next();
  return {
    hexId,
    uuid() {
      const h = hexId();
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    now() {
      time += 1000;
      return new Date(time).toISOString();
    },
    nextHostOctet() {
      octet = octet >= 254 ? 10 : octet + 1;
      return octet;
    },
    launchHostnames: new Map(),
  };
}
