import * as v from "valibot";
import { openEnum } from "@cloud-sdk/auth-core";
import { dataEnvelope } from "./envelope.js";
import { Integer } from "./primitives.js";

const PROTOCOLS = ["tcp", "udp", "icmp", "all"] as const;

/** The protocol of a firewall rule, as the API reports it (open, like every enum it sends). */
export const NetworkProtocol = openEnum(PROTOCOLS);
/** See {@link NetworkProtocol}. */
export type NetworkProtocol = v.InferOutput<typeof NetworkProtocol>;

/**
 * An inbound firewall rule as the API returns it. `port_range` is absent for `icmp`.
 *
 * @example
 * ```json
 * { "protocol": "tcp", "port_range": [22, 22], "source_network": "0.0.0.0/0",
 *   "description": "Allow SSH from anywhere" }
 * ```
 */
export const FirewallRule = v.looseObject({
  /** The protocol the rule allows. */
  protocol: NetworkProtocol,
  /** Inclusive `[min, max]` port range; a single port is listed twice, e.g. `[22, 22]`. */
  port_range: v.optional(v.tuple([Integer, Integer])),
  /** The IPv4 addresses allowed in, as a CIDR block; `0.0.0.0/0` allows any address. */
  source_network: v.string(),
  /** A human-readable description of the rule. */
  description: v.string(),
});
/** See {@link FirewallRule}. */
export type FirewallRule = {
  [K in keyof v.InferOutput<typeof FirewallRule>]: v.InferOutput<typeof FirewallRule>[K];
};

const Port = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65535));
// A public IPv4 address, optionally with a /0-32 prefix; a bare address means /32.
const IPV4_NETWORK =
  /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(\/(3[0-2]|[12]?\d))?$/;

/**
 * The fields of a {@link FirewallRuleInput}, each with its own rules; `FirewallRuleInput` adds the
 * checks across fields. A schema of its own so that those checks can name their input type.
 */
export const FirewallRuleInputFields = v.strictObject({
  /** The protocol to allow. */
  protocol: v.picklist(PROTOCOLS),
  /** Inclusive `[min, max]` of ports 1-65535; required except for `icmp`, where it is not allowed. */
  port_range: v.optional(v.tuple([Port, Port])),
  /** A public IPv4 address or CIDR block to allow traffic from; `0.0.0.0/0` allows any address. */
  source_network: v.pipe(v.string(), v.regex(IPV4_NETWORK, "Expected an IPv4 address or CIDR block")),
  /** A human-readable description, up to 128 characters. */
  description: v.pipe(v.string(), v.maxLength(128)),
});

/**
 * A firewall rule as sent in a request. Checked before sending: `port_range` is an inclusive
 * `[min, max]` of ports 1-65535, required for every protocol except `icmp`, forbidden for `icmp`.
 *
 * @example
 * ```ts
 * const ssh: FirewallRuleInput = {
 *   protocol: "tcp", port_range: [22, 22], source_network: "0.0.0.0/0", description: "SSH",
 * };
 * const ping: FirewallRuleInput = { protocol: "icmp", source_network: "0.0.0.0/0", description: "ping" };
 * ```
 */
export const FirewallRuleInput = v.pipe(
  FirewallRuleInputFields,
  v.forward(
    v.check(
      (rule: FirewallRuleInput) => (rule.protocol === "icmp" ? rule.port_range === undefined : rule.port_range !== undefined),
      "port_range is required for tcp, udp and all, and not allowed for icmp",
    ),
    ["port_range"],
  ),
  v.forward(
    v.check((rule: FirewallRuleInput) => rule.port_range === undefined || rule.port_range[0] <= rule.port_range[1], "port_range must be [min, max]"),
    ["port_range"],
  ),
);
/** See {@link FirewallRuleInput}. */
export type FirewallRuleInput = {
  [K in keyof v.InferOutput<typeof FirewallRuleInputFields>]: v.InferOutput<typeof FirewallRuleInputFields>[K];
};

/**
 * Body of `PUT /firewall-rules`. The rules are wrapped in `data` in the *request* too, and
 * replace every account-wide rule (they do not apply in `us-south-1`).
 */
export const ReplaceFirewallRulesRequest = v.strictObject({
  /** The complete new list of inbound rules; rules left out are removed. */
  data: v.array(FirewallRuleInput),
});
/** See {@link ReplaceFirewallRulesRequest}. */
export type ReplaceFirewallRulesRequest = {
  [K in keyof v.InferOutput<typeof ReplaceFirewallRulesRequest>]: v.InferOutput<typeof ReplaceFirewallRulesRequest>[K];
};

/** `GET /firewall-rules` and `PUT /firewall-rules`: `{"data": FirewallRule[]}`. */
export const FirewallRulesResponseBody = dataEnvelope(v.array(FirewallRule));
/** See {@link FirewallRulesResponseBody}. */
export type FirewallRulesResponseBody = {
  [K in keyof v.InferOutput<typeof FirewallRulesResponseBody>]: v.InferOutput<typeof FirewallRulesResponseBody>[K];
};
