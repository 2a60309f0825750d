import { validateInput, type RequestOptions, type Transport } from "@cloud-sdk/auth-core";
import {
  CreateFirewallRulesetRequest,
  UpdateFirewallRulesetRequest,
  UpdateGlobalFirewallRulesetRequest,
  type FirewallRuleset,
  type GlobalFirewallRuleset,
} from "../schemas/firewall-ruleset.js";
import { defineOperation, send } from "./operation.js";

const LIST = defineOperation("firewallRulesets.list", "firewallRulesetsList");
const GET = defineOperation("firewallRulesets.get", "getFirewallRuleset");
// May create a duplicate ruleset if repeated after a lost answer.
const CREATE = defineOperation("firewallRulesets.create", "createFirewallRuleset", { idempotent: false });
// Partial replacements: repeating one leaves the same ruleset.
const UPDATE = defineOperation("firewallRulesets.update", "updateFirewallRuleset", { idempotent: true });
const DELETE = defineOperation("firewallRulesets.delete", "deleteFirewallRuleset");
const GET_GLOBAL = defineOperation("firewallRulesets.getGlobal", "getGlobalFirewallRuleset");
const UPDATE_GLOBAL = defineOperation("firewallRulesets.updateGlobal", "updateGlobalFirewallRuleset", { idempotent: true });

/** Named firewall rulesets, one region each, attached to instances at launch; and the global ruleset. */
export class FirewallRulesets {
  readonly #transport: Transport;

  /** @internal Created by `LambdaCloudClient`. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Every ruleset of the account. `GET /firewall-rulesets`.
   *
   * @example
   * ```ts
   * const rulesets = await client.firewallRulesets.list();
   * ```
   */
  async list(options?: RequestOptions): Promise<FirewallRuleset[]> {
    return (await send(this.#transport, LIST, undefined, options)).data;
  }

  /**
   * One ruleset. `GET /firewall-rulesets/{id}`.
   *
   * @example
   * ```ts
   * const ruleset = await client.firewallRulesets.get("c4d291f47f9d436fa39f58493ce3b50d");
   * ```
   */
  async get(id: string, options?: RequestOptions): Promise<FirewallRuleset> {
    return (await send(this.#transport, GET, { pathParams: { id } }, options)).data;
  }

  /**
   * Creates a ruleset. Not retried automatically. `POST /firewall-rulesets`.
   *
   * @example
   * ```ts
   * const ruleset = await client.firewallRulesets.create({
   *   name: "ssh-only",
   *   region: "us-west-1",
   *   rules: [{ protocol: "tcp", port_range: [22, 22], source_network: "0.0.0.0/0", description: "SSH" }],
   * });
   * ```
   */
  async create(params: CreateFirewallRulesetRequest, options?: RequestOptions): Promise<FirewallRuleset> {
    const json = validateInput(CreateFirewallRulesetRequest, params, CREATE.operation);
    return (await send(this.#transport, CREATE, { json }, options)).data;
  }

  /**
   * Changes a ruleset's name, rules, or both (given rules replace the old ones).
   * `PATCH /firewall-rulesets/{id}`.
   *
   * @example
   * ```ts
   * await client.firewallRulesets.update("c4d291f47f9d436fa39f58493ce3b50d", { name: "ssh-and-https" });
   * ```
   */
  async update(id: string, params: UpdateFirewallRulesetRequest, options?: RequestOptions): Promise<FirewallRuleset> {
    const json = validateInput(UpdateFirewallRulesetRequest, params, UPDATE.operation);
    return (await send(this.#transport, UPDATE, { pathParams: { id }, json }, options)).data;
  }

  /**
   * Deletes a ruleset; no instance may use it (400 `firewall-rulesets/firewall-ruleset-in-use`).
   * `DELETE /firewall-rulesets/{id}`.
   *
   * @example
   * ```ts
   * await client.firewallRulesets.delete("c4d291f47f9d436fa39f58493ce3b50d");
   * ```
   */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await send(this.#transport, DELETE, { pathParams: { id } }, options);
  }

  /**
   * The global ruleset, which applies in every region (its id is `"global"`).
   * `GET /firewall-rulesets/global`.
   *
   * @example
   * ```ts
   * const { rules } = await client.firewallRulesets.getGlobal();
   * ```
   */
  async getGlobal(options?: RequestOptions): Promise<GlobalFirewallRuleset> {
    return (await send(this.#transport, GET_GLOBAL, undefined, options)).data;
  }

  /**
   * Replaces the global ruleset's rules. `PATCH /firewall-rulesets/global`.
   *
   * @example
   * ```ts
   * await client.firewallRulesets.updateGlobal({
   *   rules: [{ protocol: "tcp", port_range: [22, 22], source_network: "203.0.113.0/24", description: "office SSH" }],
   * });
   * ```
   */
  async updateGlobal(params: UpdateGlobalFirewallRulesetRequest, options?: RequestOptions): Promise<GlobalFirewallRuleset> {
    const json = validateInput(UpdateGlobalFirewallRulesetRequest, params, UPDATE_GLOBAL.operation);
    return (await send(this.#transport, UPDATE_GLOBAL, { json }, options)).data;
  }
}
