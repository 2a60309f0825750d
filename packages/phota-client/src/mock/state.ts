import type { ImageResult } from "../schemas/image-result";
import type { PhotaMockProfileOutcome, PhotaMockProfileSeed, PhotaMockSeed } from "./seed";

/** A profile as the fake holds it. Its status advances one step per status read. */
export interface MockProfile {
  /** The profile's id. */
  profile_id: string;
  /** The profile's tag, or `null` if it has none. */
  tag: string | null;
  /** The tier it was trained with, e.g. `standard`. */
  training_tier: string;
  /** The URLs of the training photos it was created from. */
  image_urls: string[];
  /** The states it goes through; the last one is where it stays. */
  steps: string[];
  /** Index in `steps` of the state the next read shows. */
  position: number;
  /** The message shown once it reaches `ERROR` or `INACTIVE`. */
  failureMessage: string | null;
}

/** An async job as the fake holds it. Its status advances one step per poll. */
export interface MockJob {
  /** The job's id. */
  job_id: string;
  /** The path of the image call that submitted it, e.g. `/edit`. */
  endpoint: string;
  /** The states it goes through: `queued`, `running`, then `succeeded` or `failed` (names per the mock's shapes). */
  steps: string[];
  /** Whether it ends in failure (its last step is then the failed status). */
  fails: boolean;
  /** Index in `steps` of the state the next poll shows. */
  position: number;
  /** Revealed once the job has succeeded. */
  result: ImageResult;
  /** Revealed once the job has failed. */
  error: {
    /** What went wrong, for a person. */
    detail: string;
    /** A machine-readable code, e.g. `GENERATION_FAILED`. */
    code: string;
  } | null;
  /** Reserved at submit, given back if the job fails. */
  costCents: number;
  /** Whether the reserved cost has been given back (once a poll has shown the failure). */
  refunded: boolean;
  /** The submit's `callback_url`, kept for assertions; the fake does not call it. */
  callback_url: string | null;
  /** The submit's idempotency key, or `null` if it had none. */
  client_request_id: string | null;
  /** When it was submitted, on the fake's clock. */
  created_at: string;
  /** When a poll first showed it finished, on the fake's clock; `null` until then. */
  completed_at: string | null;
}

/** The first answer to an async submit's idempotency key, replayed for every later submit with that key. */
export interface IdempotentReply {
  /** The path of the image call that was answered, e.g. `/edit`. */
  endpoint: string;
  /** The HTTP status of the answer: 200, or 202 for an async submit. */
  status: number;
  /** The JSON body of the answer: an image result or a job handle. */
  body: unknown;
}

/** One image call as received (after authentication), for assertions on what a client sent. */
export interface RecordedImageRequest {
  /** The path it was sent to, e.g. `/edit`. */
  endpoint: string;
  /** The JSON body exactly as sent (unparsed), or `undefined` if it was not JSON. */
  body: unknown;
  /** The id the fake gave the request, sent back in `X-Request-Id`. */
  requestId: string;
  /** Whether it was answered from the idempotency store (an async submit repeated, so not charged). */
  replayed: boolean;
}

/** A failure queued with `failNext`. */
export interface PhotaMockFailure {
  /**
   * HTTP status to answer, e.g. 503, 504, 429. A 2xx with a `body` answers that body instead of the
   * real one: a drifted success body, for `responseValidation` tests.
   */
  status: number;
  /** JSON body; default: a Phota-style `{detail, request_id}` for the status. */
  body?: unknown;
  /** Extra response headers (e.g. `Retry-After`). */
  headers?: Record<string, string>;
  /** How many matching requests fail. Default 1. */
  times?: number;
  /** Only requests whose path below the base URL starts with this, e.g. `/edit` or `/jobs`. */
  path?: string;
  /** Only requests with this method (case-insensitive). */
  method?: string;
  /**
   * Do the work first (charge, create the job, remember the idempotency key), then answer with
   * the failure: a response lost on the way back, the case `client_request_id` exists for.
   */
  afterProcessing?: boolean;
}

/** The fake's data. Mutated in place (also by `reset()`), so a reference to it stays current. */
export interface PhotaMockState {
  /** The profiles, by id. */
  profiles: Map<string, MockProfile>;
  /** The async jobs, by id. */
  jobs: Map<string, MockJob>;
  /** client_request_id → first answer of an async submit. */
  idempotency: Map<string, IdempotentReply>;
  /** Download file name (`<id>.<ext>`) → format, for the files the fake has handed out. */
  downloads: Map<string, "png" | "jpg">;
  /** The image calls that got past queued failures and the key check, in order; replays and invalid bodies included. */
  imageRequests: RecordedImageRequest[];
  /** Billed calls: image calls and training runs (a replayed async submit is not counted). */
  chargedCalls: number;
  /** Remaining prepaid balance in cents. */
  creditCents: number;
  /** What `GET /webhook-secret` returns, as `webhook_secret`. */
  webhookSecret: string;
  /** How profiles created with `profiles/add` end their training. */
  newProfileOutcome: PhotaMockProfileOutcome;
  /** Failures queued with `failNext`, consumed in order. */
  failures: PhotaMockFailure[];
  /** Counter behind every generated id and the fake clock. */
  sequence: number;
}

const TRAINING_PATH = ["VALIDATING", "QUEUING", "IN_PROGRESS"];
const TERMINAL = new Set(["READY", "ERROR", "INACTIVE"]);

/** The states a profile goes through from `start` to `outcome`. */
export function profileSteps(start: string, outcome: PhotaMockProfileOutcome): string[] {
  if (TERMINAL.has(start)) return [start];
  const from = Math.max(0, TRAINING_PATH.indexOf(start));
  return [...TRAINING_PATH.slice(from), outcome];
}

/** The default message of a failed profile. */
export function defaultFailureMessage(outcome: string): string | null {
  if (outcome === "ERROR") return "Training failed: no subject was detected in the training images.";
  if (outcome === "INACTIVE") return "The profile is inactive.";
  return null;
}

function profileFromSeed(seed: PhotaMockProfileSeed): MockProfile {
  const steps = profileSteps(seed.status ?? "READY", seed.outcome ?? "READY");
  const last = steps[steps.length - 1] ?? "READY";
  return {
    profile_id: seed.profile_id,
    tag: seed.tag ?? null,
    training_tier: seed.training_tier ?? "standard",
    image_urls: seed.image_urls ?? [],
    steps,
    position: 0,
    failureMessage: seed.message ?? defaultFailureMessage(last),
  };
}

/** Puts `state` back to `seed`, keeping the object itself. */
export function resetState(state: PhotaMockState, seed: PhotaMockSeed): void {
  state.profiles = new Map(seed.profiles.map((profile) => [profile.profile_id, profileFromSeed(profile)]));
  state.jobs = new Map();
  state.idempotency = new Map();
  state.downloads = new Map();
  state.imageRequests = [];
  state.chargedCalls = 0;
  state.creditCents = seed.creditCents;
  state.webhookSecret = seed.webhookSecret;
  state.newProfileOutcome = seed.newProfileOutcome;
  state.failures = [];
  state.sequence = 0;
}

/** A fresh state from `seed`. */
export function createState(seed: PhotaMockSeed): PhotaMockState {
  const state = {} as PhotaMockState;
  resetState(state, seed);
  return state;
}
