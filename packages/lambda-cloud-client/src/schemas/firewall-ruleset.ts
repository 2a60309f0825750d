import * as v from "valibot";
import { dataEnvelope, EmptyResponseBody } from "./envelope.js";
import { FirewallRule, FirewallRuleInput } from "./firewall-rule.js";
import { DateTimeString } from "./primitives.js";
import { Region } from "./region.js";

/** A named set of firewall rules in one region, and the instances it is attached to. */
export const FirewallRuleset = v.looseObject({
  /** The ruleset's unique id, used in `/firewall-rulesets/{id}`. */
  id: v.string(),
  /** The ruleset's name. */
  name: v.string(),
  /** The region of the ruleset; only instances of this region can use it. */
  region: Region,
  /** The rules of the ruleset. */
  rules: v.array(FirewallRule),
  /** When the ruleset was created (ISO 8601). */
  created: DateTimeString,
  /** The instances the ruleset is attached to; a ruleset in use cannot be deleted. */
  instance_ids: v.array(v.string()),
});
/** See {@link FirewallRuleset}. */
export type FirewallRuleset = {
  [K in keyof v.InferOutput<typeof FirewallRuleset>]: v.InferOutput<typeof FirewallRuleset>[K];
};

/** The workspace-wide ruleset that applies in every region; its id is always `"global"`. */
export const GlobalFirewallRuleset = v.looseObject({
  /** Always `global`. */
  id: v.literal("global"),
  /** The ruleset's name. */
  name: v.string(),
  /** The rules that apply in every region. */
  rules: v.array(FirewallRule),
});
/** See {@link GlobalFirewallRuleset}. */
export type GlobalFirewallRuleset = {
  [K in keyof v.InferOutput<typeof GlobalFirewallRuleset>]: v.InferOutput<typeof GlobalFirewallRuleset>[K];
};

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
  /** The ruleset's name, up to 64 characters. */
  name: v.pipe(v.string(), v.maxLength(64)),
  /** The region to create it in. */
  region: v.pipe(v.string(), v.minLength(1)),
  /** The rules of the new ruleset. */
  rules: v.array(FirewallRuleInput),
});
/** See {@link CreateFirewallRulesetRequest}. */
export type CreateFirewallRulesetRequest = {
  [K in keyof v.InferOutput<typeof CreateFirewallRulesetRequest>]: v.InferOutput<typeof CreateFirewallRulesetRequest>[K];
};

/** Body of `PATCH /firewall-rulesets/{id}`: a partial update of the name, the rules, or both. */
export const UpdateFirewallRulesetRequest = v.strictObject({
  /** The new name, up to 64 characters; omitted: unchanged. */
  name: v.optional(v.pipe(v.string(), v.maxLength(64))),
  /** The new rules, replacing the old ones; omitted: unchanged. */
  rules: v.optional(v.array(FirewallRuleInput)),
});
/** See {@link UpdateFirewallRulesetRequest}. */
export type UpdateFirewallRulesetRequest = {
  [K in keyof v.InferOutput<typeof UpdateFirewallRulesetRequest>]: v.InferOutput<typeof UpdateFirewallRulesetRequest>[K];
};

/** Body of `PATCH /firewall-rulesets/global`: only the rules can change. */
export const UpdateGlobalFirewallRulesetRequest = v.strictObject({
  /** The new rules, replacing the old ones; omitted: unchanged. */
  rules: v.optional(v.array(FirewallRuleInput)),
});
/** See {@link UpdateGlobalFirewallRulesetRequest}. */
export type UpdateGlobalFirewallRulesetRequest = {
  [K in keyof v.InferOutput<typeof UpdateGlobalFirewallRulesetRequest>]: v.InferOutput<typeof UpdateGlobalFirewallRulesetRequest>[K];
};

/** `GET /firewall-rulesets`: `{"data": FirewallRuleset[]}`. */
export const ListFirewallRulesetsResponseBody = dataEnvelope(v.array(FirewallRuleset));
/** See {@link ListFirewallRulesetsResponseBody}. */
export type ListFirewallRulesetsResponseBody = {
  [K in keyof v.InferOutput<typeof ListFirewallRulesetsResponseBody>]: v.InferOutput<typeof ListFirewallRulesetsResponseBody>[K];
};

/** `GET`, `POST` and `PATCH` of one ruleset: `{"data": FirewallRuleset}`. */
export const FirewallRulesetResponseBody = dataEnvelope(FirewallRuleset);
/** See {@link FirewallRulesetResponseBody}. */
export type FirewallRulesetResponseBody = {
  [K in keyof v.InferOutput<typeof FirewallRulesetResponseBody>]: v.InferOutput<typeof FirewallRulesetResponseBody>[K];
};

/** `GET` and `PATCH /firewall-rulesets/global`: `{"data": GlobalFirewallRuleset}`. */
export const GlobalFirewallRulesetResponseBody = dataEnvelope(GlobalFirewallRuleset);
/** See {@link GlobalFirewallRulesetResponseBody}. */
export type GlobalFirewallRulesetResponseBody = {
  [K in keyof v.InferOutput<typeof GlobalFirewallRulesetResponseBody>]: v.InferOutput<typeof GlobalFirewallRulesetResponseBody>[K];
};

/** `DELETE /firewall-rulesets/{id}`: `{"data": {}}`. */
export const DeleteFirewallRulesetResponseBody = EmptyResponseBody;
/** See {@link DeleteFirewallRulesetResponseBody}. */
export type DeleteFirewallRulesetResponseBody = {
  [K in keyof v.InferOutput<typeof DeleteFirewallRulesetResponseBody>]: v.InferOutput<typeof DeleteFirewallRulesetResponseBody>[K];
};
