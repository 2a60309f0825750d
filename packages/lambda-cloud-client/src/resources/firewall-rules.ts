import { validateInput, type RequestOptions, type Transport } from "@cloud-sdk/auth-core";
import * as v from "valibot";
import { FirewallRuleInput, type FirewallRule } from "../schemas/firewall-rule.js";
import { defineOperation, send } from "./operation.js";

const LIST = defineOperation("firewallRules.list", "firewallRulesList");
// A full replacement: sending it twice leaves the same rules.
const REPLACE = defineOperation("firewallRules.replace", "firewallRulesSet");
// Validated as `rules`, so a bad rule is reported as `rules[1].port_range`, as the caller named it.
const ReplaceArguments = v.strictObject({ rules: v.array(FirewallRuleInput) });

/**
 * The account-wide inbound firewall rules (the legacy rules; see `firewallRulesets` for rules per
 * region). They do not apply in `us-south-1`.
 */
export class FirewallRules {
  readonly #transport: Transport;

  /** @internal Created by `LambdaCloudClient`. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * The current rules. `GET /firewall-rules`.
   *
   * @example
   * ```ts
   * const rules = await client.firewallRules.list();
   * ```
   */
  async list(options?: RequestOptions): Promise<FirewallRule[]> {
    return (await send(this.#transport, LIST, undefined, options)).data;
  }

  /**
   * Replaces every rule with `rules` (pass `[]` to remove them all). `PUT /firewall-rules`.
   *
   * @example
   * ```ts
   * await client.firewallRules.replace([
   *   { protocol: "tcp", port_range: [22, 22], source_network: "0.0.0.0/0", description: "SSH" },
   *   { protocol: "icmp", source_network: "0.0.0.0/0", description: "ping" },
   * ]);
   * ```
   */
  async replace(rules: readonly FirewallRuleInput[], options?: RequestOptions): Promise<FirewallRule[]> {
    const checked = validateInput(ReplaceArguments, { rules }, REPLACE.operation);
    return (await send(this.#transport, REPLACE, { json: { data: checked.rules } }, options)).data;
  }
}
