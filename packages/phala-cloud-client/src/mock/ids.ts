/**
 * Deterministic ids and hashes for the fake. Not cryptographic: the fake only needs stable,
 * well-formed values, and must not import Node's crypto (it also runs in a browser worker).
 */

function fnv1a(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** `length` hex characters derived from `text` (a stand-in for a SHA-256 hex digest). */
export function hexDigest(text: string, length = 64): string {
  let out = "";
  for (let seed = 0; out.length < length; seed++) {
    out += fnv1a(`${seed}:${text}`, seed).toString(16).padStart(8, "0");
  }
  return out.slice(0, length);
}

/** A v4-shaped UUID derived from `text`. */
export function uuidFrom(text: string): string {
  const h = hexDigest(`uuid:${text}`, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A hashed public id such as `cvm_ykL5lbAn`, derived from a number. */
export function hashedId(prefix: string, n: number): string {
  const h = hexDigest(`${prefix}:${n}`, 16);
  let id = "";
  for (let i = 0; i < 8; i++) id += ALPHABET[parseInt(h.slice(i * 2, i * 2 + 2), 16) % ALPHABET.length];
  return `${prefix}_${id}`;
}

/** The fake's clock: a fixed origin plus one minute per tick, so bodies are reproducible. */
export function timestamp(tick: number): string {
  return new Date(Date.UTC(2026, 1, 1, 12, 0, 0) + tick * 60_000).toISOString();
}
