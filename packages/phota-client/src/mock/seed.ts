/** How a training run ends in the fake. */
export type PhotaMockProfileOutcome = "READY" | "ERROR" | "INACTIVE";

/** The states a seeded profile may start in. */
export type PhotaMockProfileStart = "VALIDATING" | "QUEUING" | "IN_PROGRESS" | PhotaMockProfileOutcome;

/** A profile in the fake's initial data. */
export interface PhotaMockProfileSeed {
  /** The profile's id. */
  profile_id: string;
  /** The profile's tag, which `GET /profiles/ids?tag=` filters on. Default: none. */
  tag?: string;
  /** The state the first status read shows. Default `READY`. */
  status?: PhotaMockProfileStart;
  /** Where training ends when `status` is not terminal. Default `READY`. */
  outcome?: PhotaMockProfileOutcome;
  /** The status message once the profile reaches `ERROR`/`INACTIVE` (default: a generic one). */
  message?: string;
  /** The tier it was trained with. Default `standard`. */
  training_tier?: string;
  /** The training photos' URLs. Default: none. */
  image_urls?: string[];
}

/** The fake's initial data. Every field may be overridden on its own. */
export interface PhotaMockSeed {
  /** Profiles that exist from the start (replaces the default list when given). */
  profiles: PhotaMockProfileSeed[];
  /** Prepaid balance in US cents; image calls and training answer 402 when it does not cover them. Use 0 to test 402. */
  creditCents: number;
  /** What `GET /webhook-secret` returns. */
  webhookSecret: string;
  /** How profiles created with `profiles/add` end their training. Default `READY`. */
  newProfileOutcome: PhotaMockProfileOutcome;
}

const defaultSeed: PhotaMockSeed = {
  profiles: [
    { profile_id: "8c4b0a1e-5d2f-4e7a-9b13-6f0e2d7c9a41", tag: "user_123", status: "READY" },
    { profile_id: "2f9d7e63-1a8b-4c05-b7e2-d4a91c3f6b08", tag: "user_123", status: "READY", training_tier: "fast" },
    { profile_id: "b61e3f0a-7c24-4d98-a5f1-09e8c2b7d354", tag: "user_456", status: "IN_PROGRESS" },
  ],
  creditCents: 10_000,
  webhookSecret: "whsec_mock_5f2b9c8e1d4a7f3b6e0c9a2d",
  newProfileOutcome: "READY",
};

/**
 * The default seed: one end user (`user_123`) with two trained profiles, a second user whose
 * profile is still training (its first status read shows IN_PROGRESS, the next READY), and $100 of credit.
 * The docs publish no example ids, so these are made up in a UUID-like shape.
 * Frozen, so that tests cannot change it for each other.
 */
export const DEFAULT_PHOTA_MOCK_SEED: Readonly<PhotaMockSeed> = Object.freeze(defaultSeed);

/** The default seed with the given fields replaced. */
export function resolveSeed(seed: Partial<PhotaMockSeed> | undefined): PhotaMockSeed {
  const defined = Object.entries(seed ?? {}).filter(([, value]) => value !== undefined);
  return { ...DEFAULT_PHOTA_MOCK_SEED, ...(Object.fromEntries(defined) as Partial<PhotaMockSeed>) };
}
