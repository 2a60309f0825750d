import { type RequestOptions, poll, validateInput } from "@cloud-sdk/auth-core";
import { ProfileTrainingError } from "../errors/wait-errors";
import { AddProfileRequest, ListProfilesQuery } from "../schemas/profile-requests";
import { AddProfileResponse, DeleteProfileResponse, ProfileList, ProfileStatus } from "../schemas/profile-responses";
import { type ResourceContext, type WaitOptions, quickCallOptions } from "./context";

/** Default pause between two status reads while training (Phota suggests 10–30 s). */
export const PROFILE_POLL_INTERVAL_MS = 15_000;
/** Default limit of `waitUntilReady`: training takes about 20 minutes. */
export const PROFILE_WAIT_TIMEOUT_MS = 45 * 60_000;

/** Options of `profiles.waitUntilReady`. */
export interface ProfileWaitOptions extends WaitOptions {
  /** Called with each status read, e.g. to show progress. */
  onPoll?: ((status: ProfileStatus, attempt: number) => void) | undefined;
}

const FAILED = new Set(["ERROR", "INACTIVE"]);

/**
 * Profiles: a trained identity (a person, dog or cat) that image calls keep recognisable when
 * given in `profile_ids` or as `[[profile_id]]` in the prompt.
 */
export class Profiles {
  readonly #context: ResourceContext;

  constructor(context: ResourceContext) {
    this.#context = context;
  }

  /**
   * `POST /profiles/add`: starts training (about 20 min; $2.90 standard, $1.49 fast) from public
   * https image URLs. It bills, so it is never retried except after a 429. `tag` (your end-user id,
   * say) cannot be changed later.
   *
   * @example
   * ```ts
   * const { profile_id } = await client.profiles.add({ image_urls: urls, training_tier: "fast", tag: "user_42" });
   * ```
   */
  async add(params: AddProfileRequest, options?: RequestOptions): Promise<AddProfileResponse> {
    const json = validateInput(AddProfileRequest, params, "profiles.add");
    return this.#context.transport.request({
      ...quickCallOptions(this.#context, options),
      operation: "profiles.add",
      method: "POST",
      path: "/profiles/add",
      json,
      schema: AddProfileResponse,
      idempotent: false,
    });
  }

  /**
   * `GET /profiles/ids`: the account's profiles, optionally only those with a `tag`. Elements are
   * ids (or objects carrying one; read them with `profileEntryId`).
   *
   * @example
   * ```ts
   * const { profiles } = await client.profiles.list({ tag: "user_42" });
   * ```
   */
  async list(params: ListProfilesQuery = {}, options?: RequestOptions): Promise<ProfileList> {
    const query = validateInput(ListProfilesQuery, params, "profiles.list");
    return this.#context.transport.request({
      ...quickCallOptions(this.#context, options),
      operation: "profiles.list",
      method: "GET",
      path: "/profiles/ids",
      query,
      schema: ProfileList,
    });
  }

  /**
   * `GET /profiles/{profile_id}/status`: `VALIDATING`, `QUEUING`, `IN_PROGRESS`, then `READY` (or
   * `ERROR`/`INACTIVE`, with a `message`).
   *
   * @example
   * ```ts
   * const { status, message } = await client.profiles.status(profileId);
   * ```
   */
  status(profileId: string, options?: RequestOptions): Promise<ProfileStatus> {
    return this.#context.transport.request({
      ...quickCallOptions(this.#context, options),
      operation: "profiles.status",
      method: "GET",
      path: "/profiles/{profile_id}/status",
      pathParams: { profile_id: profileId },
      schema: ProfileStatus,
    });
  }

  /**
   * `DELETE /profiles/{profile_id}`: deletes the profile and its data, permanently. Retried like any
   * delete; a retry after a lost answer gets a `NotFoundError`.
   *
   * @example
   * ```ts
   * await client.profiles.delete(profileId); // { profile_id, status: "ok" }
   * ```
   */
  delete(profileId: string, options?: RequestOptions): Promise<DeleteProfileResponse> {
    return this.#context.transport.request({
      ...quickCallOptions(this.#context, options),
      operation: "profiles.delete",
      method: "DELETE",
      path: "/profiles/{profile_id}",
      pathParams: { profile_id: profileId },
      schema: DeleteProfileResponse,
    });
  }

  /**
   * `GET /profiles/{profile_id}/profile_picture`: the profile's picture, JPEG bytes.
   *
   * @example
   * ```ts
   * await fs.writeFile("profile.jpg", await client.profiles.picture(profileId));
   * ```
   */
  picture(profileId: string, options?: RequestOptions): Promise<Uint8Array> {
    return this.#context.transport.request<Uint8Array>({
      ...quickCallOptions(this.#context, options),
      operation: "profiles.picture",
      method: "GET",
      path: "/profiles/{profile_id}/profile_picture",
      pathParams: { profile_id: profileId },
      responseType: "bytes",
    });
  }

  /**
   * Reads the status until `READY` and resolves with it. Rejects with `ProfileTrainingError` on
   * `ERROR` or `INACTIVE`, `WaitTimeoutError` after `timeout` (default 45 min; training goes on), or
   * `AbortError` when `signal` aborts. Polls every 15 s by default.
   *
   * @example
   * ```ts
   * const { profile_id } = await client.profiles.add({ image_urls: urls });
   * await client.profiles.waitUntilReady(profile_id, { onPoll: (s) => console.log(s.status) });
   * ```
   */
  waitUntilReady(profileId: string, options: ProfileWaitOptions = {}): Promise<ProfileStatus> {
    return poll({
      operation: "profiles.waitUntilReady",
      description: `Phota profile ${profileId} to be READY`,
      fetch: (signal) => this.status(profileId, { signal, maxRetries: options.maxRetries, headers: options.headers }),
      // `?.`: with responseValidation "off" the body may be anything; an unexpected one keeps the wait going.
      isDone: (profile) => profile?.status === "READY",
      failure: (profile) => (FAILED.has(profile?.status) ? new ProfileTrainingError(profile) : undefined),
      describe: (profile) => `status ${String(profile?.status ?? "(none)")}`,
      interval: options.interval ?? PROFILE_POLL_INTERVAL_MS,
      timeout: options.timeout ?? PROFILE_WAIT_TIMEOUT_MS,
      signal: options.signal,
      onPoll: options.onPoll,
    });
  }
}
