import {
  type RequestOptions,
  apiKeyHeader,
  createTransport,
  readLogLevelEnv,
  readEnv,
  resolveApiKeyOption,
} from "@cloud-sdk/auth-core";
import type { PhotaClientOptions } from "./client-options";
import {
  PHOTA_API_KEY_ENV,
  PHOTA_BASE_URL_ENV,
  PHOTA_DEFAULT_BASE_URL,
  PHOTA_DEFAULT_TIMEOUT_MS,
  PHOTA_LOG_ENV,
  PHOTA_QUICK_TIMEOUT_MS,
} from "./defaults";
import { createPhotaApiError } from "./errors/create-api-error";
import { type ResourceContext, quickCallOptions } from "./resources/context";
import type {
  AnyMode,
  AsyncMode,
  BytesImageResult,
  BytesMode,
  EditParams,
  EnhanceParams,
  GenerateParams,
  ImageCallResult,
  RemixParams,
  UrlsImageResult,
  UrlsMode,
} from "./resources/image-types";
import { EDIT, ENHANCE, GENERATE, REMIX, sendImageRequest } from "./resources/images";
import { Jobs } from "./resources/jobs";
import { Profiles } from "./resources/profiles";
import { fetchWebhookSecret } from "./resources/webhook-secret";
import type { JobHandle } from "./schemas/job";

declare const __PACKAGE_NAME__: string;
declare const __PACKAGE_VERSION__: string;

const MISSING_KEY_HINT = `Pass apiKey to new PhotaClient() or set ${PHOTA_API_KEY_ENV}; keys are created at https://platform.photalabs.com.`;

/**
 * A client of the Phota API: identity-preserving edit, generate, enhance and remix, async jobs,
 * and profiles. Every image call sends `output_format` (default `"png"`) and a `client_request_id`,
 * so a retried async submit is never charged twice; a synchronous call, which Phota bills each time
 * it arrives, is retried only when it surely did not arrive (a 429, a refused connection).
 *
 * @example
 * ```ts
 * import { PhotaClient, decodeImages } from "@cloud-sdk/phota-client";
 *
 * const client = new PhotaClient(); // PHOTA_API_KEY from the environment
 * const result = await client.generate({ prompt: "[[8c4b0a1e-…]] hiking at sunrise" });
 * const [png] = decodeImages(result);
 * ```
 */
export class PhotaClient {
  /** Async jobs: `get` and `wait`. */
  readonly jobs: Jobs;
  /** Profiles: `add`, `list`, `status`, `delete`, `picture`, `waitUntilReady`. */
  readonly profiles: Profiles;
  readonly #context: ResourceContext;

  constructor(options: PhotaClientOptions = {}) {
    const credential = resolveApiKeyOption({
      value: options.apiKey,
      optionName: "apiKey",
      environmentVariable: PHOTA_API_KEY_ENV,
      subject: "Phota API key",
      hint: MISSING_KEY_HINT,
    });
    // Case-insensitive: PHOTA_LOG=DEBUG means what PHOTA_LOG=debug does.
    const transport = createTransport({
      provider: "Phota",
      baseURL: options.baseURL ?? readEnv(PHOTA_BASE_URL_ENV) ?? PHOTA_DEFAULT_BASE_URL,
      auth: apiKeyHeader("X-API-Key"),
      credential,
      missingCredential: { subject: "Phota API key", hint: MISSING_KEY_HINT },
      headers: options.headers,
      userAgent: `${__PACKAGE_NAME__}/${__PACKAGE_VERSION__}`,
      fetch: options.fetch,
      timeout: options.timeout ?? PHOTA_DEFAULT_TIMEOUT_MS,
      maxRetries: options.maxRetries,
      logger: options.logger,
      logLevel: options.logLevel ?? readLogLevelEnv(PHOTA_LOG_ENV),
      createApiError: createPhotaApiError,
      responseValidation: options.responseValidation,
      maxResponseBytes: options.maxResponseBytes,
    });
    this.#context = { transport, quickTimeout: options.timeout ?? PHOTA_QUICK_TIMEOUT_MS };
    this.jobs = new Jobs(this.#context);
    this.profiles = new Profiles(this.#context);
  }

  /** The base URL requests go to (without a trailing slash). */
  get baseURL(): string {
    return this.#context.transport.baseURL;
  }

  /**
   * `POST /edit`: edits up to 10 images (base64 or public URLs), keeping the identity of the
   * profiles in `profile_ids` or `[[profile_id]]` in the prompt. Takes tens of seconds; for long
   * work pass `async: true` and wait with `client.jobs.wait`.
   *
   * @example
   * ```ts
   * const result = await client.edit({ images: ["https://example.com/me.jpg"], prompt: "[[p_1]] on a beach" });
   * const urls = await client.edit({ images: [url], prompt: "studio light", response_mode: "urls" });
   * const job = await client.edit({ images: [url], prompt: "film look", async: true });
   * ```
   */
  edit(params: EditParams & AsyncMode, options?: RequestOptions): Promise<JobHandle>;
  edit(params: EditParams & UrlsMode, options?: RequestOptions): Promise<UrlsImageResult>;
  edit(params: EditParams & BytesMode, options?: RequestOptions): Promise<BytesImageResult>;
  edit(params: EditParams & AnyMode, options?: RequestOptions): Promise<ImageCallResult>;
  edit(params: EditParams & AnyMode, options?: RequestOptions): Promise<ImageCallResult> {
    return sendImageRequest(this.#context.transport, EDIT, params, options);
  }

  /**
   * `POST /generate`: text to image. People come in through `[[profile_id]]` in the prompt (this
   * endpoint takes no `images` or `profile_ids`).
   *
   * @example
   * ```ts
   * const result = await client.generate({ prompt: "[[p_1]] as an astronaut", base_model: "gpt-image-2", quality: "high" });
   * ```
   */
  generate(params: GenerateParams & AsyncMode, options?: RequestOptions): Promise<JobHandle>;
  generate(params: GenerateParams & UrlsMode, options?: RequestOptions): Promise<UrlsImageResult>;
  generate(params: GenerateParams & BytesMode, options?: RequestOptions): Promise<BytesImageResult>;
  generate(params: GenerateParams & AnyMode, options?: RequestOptions): Promise<ImageCallResult>;
  generate(params: GenerateParams & AnyMode, options?: RequestOptions): Promise<ImageCallResult> {
    return sendImageRequest(this.#context.transport, GENERATE, params, options);
  }

  /**
   * `POST /enhance`: improves one photo (Nano Banana 2 at 2K; no model or size options).
   *
   * @example
   * ```ts
   * const result = await client.enhance({ image: encodeImage(bytes), profile_ids: ["p_1"] });
   * ```
   */
  enhance(params: EnhanceParams & AsyncMode, options?: RequestOptions): Promise<JobHandle>;
  enhance(params: EnhanceParams & UrlsMode, options?: RequestOptions): Promise<UrlsImageResult>;
  enhance(params: EnhanceParams & BytesMode, options?: RequestOptions): Promise<BytesImageResult>;
  enhance(params: EnhanceParams & AnyMode, options?: RequestOptions): Promise<ImageCallResult>;
  enhance(params: EnhanceParams & AnyMode, options?: RequestOptions): Promise<ImageCallResult> {
    return sendImageRequest(this.#context.transport, ENHANCE, params, options);
  }

  /**
   * `POST /remix`: redraws `input_image` in the style of `reference_image` (2K, the input's aspect
   * ratio). `num_output_images` defaults to 1 here.
   *
   * @example
   * ```ts
   * const result = await client.remix({ input_image: portraitUrl, reference_image: watercolorUrl });
   * ```
   */
  remix(params: RemixParams & AsyncMode, options?: RequestOptions): Promise<JobHandle>;
  remix(params: RemixParams & UrlsMode, options?: RequestOptions): Promise<UrlsImageResult>;
  remix(params: RemixParams & BytesMode, options?: RequestOptions): Promise<BytesImageResult>;
  remix(params: RemixParams & AnyMode, options?: RequestOptions): Promise<ImageCallResult>;
  remix(params: RemixParams & AnyMode, options?: RequestOptions): Promise<ImageCallResult> {
    return sendImageRequest(this.#context.transport, REMIX, params, options);
  }

  /**
   * `GET /` (Phota's own key check, from its authentication guide: `GET
   * https://api.photalabs.com/v1/phota/` with `X-API-Key`): resolves when the key is accepted.
   * A wrong key rejects with `AuthenticationError` (401, or 403 for a missing key), like any call.
   * It creates nothing, so it is retried like any read; the answer's body is not documented, so only
   * the status is looked at.
   *
   * @example
   * ```ts
   * await client.verifyApiKey(); // throws AuthenticationError for a revoked key
   * ```
   */
  async verifyApiKey(options?: RequestOptions): Promise<void> {
    await this.#context.transport.request({
      ...quickCallOptions(this.#context, options),
      operation: "verifyApiKey",
      method: "GET",
      path: "/",
      // The body is undocumented and unused: read it as text so no shape can fail the check.
      responseType: "text",
    });
  }

  /**
   * `GET /webhook-secret`: the account's secret for the `X-Phota-Signature` of job callbacks. This
   * SDK does not verify signatures yet: Phota has not documented the scheme.
   *
   * @example
   * ```ts
   * const secret = await client.webhookSecret();
   * ```
   */
  webhookSecret(options?: RequestOptions): Promise<string> {
    return fetchWebhookSecret(this.#context, options);
  }
}
