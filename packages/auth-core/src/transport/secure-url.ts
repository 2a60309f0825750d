import { InsecureTransportError } from "../errors/insecure-transport-error.js";

/** True for this machine: localhost (and *.localhost), 127.0.0.0/8 and ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (host === "::1" || host === "0:0:0:0:0:0:0:1") return true;
  return /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * Refuses a plain-http URL to another machine, where the credential would cross the network in
 * clear text. Loopback is allowed (local emulators, tests); `allowInsecureHttp` opts in explicitly.
 */
export function assertSecureURL(url: string, allowInsecureHttp: boolean, provider: string): void {
  const parsed = new URL(url);
  if (parsed.protocol === "https:" || allowInsecureHttp || isLoopbackHost(parsed.hostname)) return;
  throw new InsecureTransportError(
    `Refusing to send the ${provider} credential over plain http to ${parsed.host}: anyone on the network could read it. ` +
      `Use an https:// base URL, or pass allowInsecureHttp: true if this network is trusted.`,
    { url: parsed.origin + parsed.pathname },
  );
}
