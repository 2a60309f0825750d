import * as v from "valibot";
import { dataEnvelope, EmptyResponseBody } from "./envelope.js";
import { FirewallRule, FirewallRuleInput } from "./firewall-rule.js";
import { DateTimeString } from "./primitives.js";
import { Region } from "./region.js";

/** A named set of firewall rules in one region, and the instances it is attached to. */
export const FirewallRuleset = v.looseObject({
  id: v.string(),
  name: v.string(),
  region: Region,
  rules: v.array(FirewallRule),
  created: DateTimeString,
  instance_ids: v.array(v.string()),
});
/** See {@link FirewallRuleset}. */
export type FirewallRuleset = v.InferOutput<typeof FirewallRuleset>;

/** The workspace-wide ruleset that applies in every region; its id is always `"global"`. */
export const GlobalFirewallRuleset = v.looseObject({
  id: v.literal("global"),
  name: v.string(),
  rules: v.array(FirewallRule),
});
/** See {@link GlobalFirewallRuleset}. */
export type GlobalFirewallRuleset = v.InferOutput<typeof GlobalFirewallRuleset>;

/**
 * Body of `POST /firewall-rulesets`; every field is required.
 *
 * @example
 * ```ts
 * const body: CreateFirewallRulesetRequest = {
 *   name: "ssh-only", region: "us-west-1",
 *   rules: [{ protocol: "tcp", port_range: [22, 22], source_network: "0.0.0.0/0", description: "SSH" }],
 * };
 * ```
 */
export const CreateFirewallRulesetRequest = v.strictObject({
  name: v.pipe(v.string(), v.maxLength(64)),
  region: v.pipe(v.string(), v.minLength(1)),
  rules: v.array(FirewallRuleInput),
});
/** See {@link CreateFirewallRulesetRequest}. */
export type CreateFirewallRulesetRequest = v.InferOutput<typeof CreateFirewallRulesetRequest>;

/** Body of `PATCH /firewall-rulesets/{id}`: a partial update of the name, the rules, or both. */
export const UpdateFirewallRulesetRequest = v.strictObject({
  name: v.optional(v.pipe(v.string(), v.maxLength(64))),
  rules: v.optional(v.array(FirewallRuleInput)),
});
/** See {@link UpdateFirewallRulesetRequest}. */
export type UpdateFirewallRulesetRequest = v.InferOutput<typeof UpdateFirewallRulesetRequest>;

/** Body of `PATCH /firewall-rulesets/global`: only the rules can change. */
export const UpdateGlobalFirewallRulesetRequest = v.strictObject({
  rules: v.optional(v.array(FirewallRuleInput)),
});
/** See {@link UpdateGlobalFirewallRulesetRequest}. */
export type UpdateGlobalFirewallRulesetRequest = v.InferOutput<typeof UpdateGlobalFirewallRulesetRequest>;

/** `GET /firewall-rulesets`: `{"data": FirewallRuleset[]}`. */
export const ListFirewallRulesetsResponseBody = dataEnvelope(v.array(FirewallRuleset));
/** See {@link ListFirewallRulesetsResponseBody}. */
export type ListFirewallRulesetsResponseBody = v.InferOutput<typeof ListFirewallRulesetsResponseBody>;

/** `GET`, `POST` and `PATCH` of one ruleset: `{"data": FirewallRuleset}`. */
export const FirewallRulesetResponseBody = dataEnvelope(FirewallRuleset);
/** See {@link FirewallRulesetResponseBody}. */
export type FirewallRulesetResponseBody = v.InferOutput<typeof FirewallRulesetResponseBody>;

/** `GET` and `PATCH /firewall-rulesets/global`: `{"data": GlobalFirewallRuleset}`. */
export const GlobalFirewallRulesetResponseBody = dataEnvelope(GlobalFirewallRuleset);
/** See {@link GlobalFirewallRulesetResponseBody}. */
export type GlobalFirewallRulesetResponseBody = v.InferOutput<typeof GlobalFirewallRulesetResponseBody>;

/** `DELETE /firewall-rulesets/{id}`: `{"data": {}}`. */
export const DeleteFirewallRulesetResponseBody = EmptyResponseBody;
/** See {@link DeleteFirewallRulesetResponseBody}. */
export type DeleteFirewallRulesetResponseBody = v.InferOutput<typeof DeleteFirewallRulesetResponseBody>;
