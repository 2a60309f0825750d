import type { Attachment } from "../schemas/index.js";
import { defaultSeed } from "./seed.js";
import type { LambdaCloudMockSeed, LambdaCloudMockState } from "./types.js";

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function attachmentsByTicket(items: LambdaCloudMockSeed["attachments"]): Map<string, Map<string, Attachment>> {
  const result = new Map<string, Map<string, Attachment>>();
  for (const { ticket_id, ...attachment } of items) {
    const forTicket = result.get(ticket_id) ?? new Map<string, Attachment>();
    forTicket.set(attachment.id, attachment);
    result.set(ticket_id, forTicket);
  }
  return result;
}

/**
 * Builds a fresh state from the default seed overridden by `overrides`. Everything is deep-copied
 * (`structuredClone`), so neither the seed nor an earlier state is ever shared.
 */
export function createState(overrides: Partial<LambdaCloudMockSeed> = {}): LambdaCloudMockState {
  const seed: LambdaCloudMockSeed = structuredClone({ ...defaultSeed(), ...overrides });
  return {
    user: seed.user,
    workspaceId: seed.workspaceId,
    regions: seed.regions,
    instanceTypes: seed.instanceTypes,
    images: seed.images,
    instances: byId(seed.instances),
    sshKeys: byId(seed.sshKeys),
    fileSystems: byId(seed.fileSystems),
    firewallRules: seed.firewallRules,
    firewallRulesets: byId(seed.firewallRulesets),
    globalFirewallRuleset: seed.globalFirewallRuleset,
    auditEvents: seed.auditEvents,
    fabricPartitions: byId(seed.fabricPartitions),
    tickets: byId(seed.tickets),
    attachments: attachmentsByTicket(seed.attachments),
  };
}
