import type { HttpHandler } from "msw";
import {
  DEPRECATION_HEADER,
  OUTPUT_FORMAT_DEPRECATION_DATE,
  PHOTA_MOCK_JOB_FAILURE_TRIGGER,
  PHOTA_MOCK_MODERATION_TRIGGER,
} from "../constants";
import type { MockConfig, RequestContext } from "../context";
import { createJob } from "../job-store";
import { imageCallPriceCents } from "../pricing";
import { profileStatus } from "../profile-store";
import { detailError, error, json } from "../respond";
import { buildImageResult } from "../results";
import { route } from "../route";
import type { PhotaMockState } from "../state";
import { STUDIO_ENDPOINTS, type StudioCall, type StudioEndpoint } from "../studio-endpoints";
import { isReadableImage, modelOptionsProblem } from "../studio-rules";
import { readJson, validationError } from "../validation";

/** The 400 a moderation refusal gets (shape of the third-party fixture, plus `request_id`). */
function moderationError(ctx: RequestContext): Response {
  return error(ctx, 400, { message: "Content moderation violation", detail: "CONTENT_MODERATION" });
}

/** A documented 400/404 for a call that passed its schema, or `undefined`. */
function semanticProblem(ctx: RequestContext, call: StudioCall): Response | undefined {
  const modelProblem = call.model ? modelOptionsProblem(call.model) : undefined;
  if (modelProblem) return detailError(ctx, 400, modelProblem);
  const unreadable = call.images.findIndex((image) => !isReadableImage(image));
  if (unreadable >= 0) {
    return detailError(ctx, 400, `Image ${unreadable} is neither a URL nor valid base64 image data.`);
  }
  const unknown = call.profileRefs.find((id) => !ctx.state.profiles.has(id));
  if (unknown !== undefined) return detailError(ctx, 404, `Profile '${unknown}' not found.`);
  return undefined;
}

/** Does the work of a validated call: charge it, then answer with a result or a job. */
function perform(ctx: RequestContext, endpoint: StudioEndpoint, call: StudioCall): Response {
  const { state, config } = ctx;
  const { body } = call;
  // Identity is applied only for trained profiles; others are not counted (nor billed as such).
  const subjects = call.profileRefs.filter((id) => {
    const profile = state.profiles.get(id);
    return profile !== undefined && profileStatus(profile) === "READY";
  });
  const count = body.num_output_images ?? 1;
  const cost = imageCallPriceCents(count, subjects.length > 0);
  if (state.creditCents < cost) return detailError(ctx, 402, "Insufficient prepaid credit balance.");
  state.creditCents -= cost;
  state.chargedCalls += 1;

  // The server default is jpg since 2026-05-08; relying on it earns the deprecation header.
  const headers: Record<string, string> =
    body.output_format === undefined ? { [DEPRECATION_HEADER]: OUTPUT_FORMAT_DEPRECATION_DATE } : {};
  const result = buildImageResult(
    state,
    { format: body.output_format ?? "jpg", mode: body.response_mode ?? "bytes", count, subjects },
    config.shapes,
  );
  if (body.async !== true) return reply(ctx, body, endpoint, 200, result, headers);

  const job = createJob(state, config.shapes, {
    endpoint: endpoint.path,
    result,
    fail: (body.prompt ?? "").includes(PHOTA_MOCK_JOB_FAILURE_TRIGGER),
    costCents: cost,
    callback_url: body.callback_url ?? null,
    client_request_id: body.client_request_id ?? null,
  });
  const handle = { job_id: job.job_id, poll_url: `${config.baseURL}/jobs/${job.job_id}`, status: "queued" };
  return reply(ctx, body, endpoint, 202, handle, headers);
}

/**
 * Answers, and remembers the answer of an async submit under its idempotency key. Phota documents
 * the replay for async submits only ("a retried submit with the same value returns the original
 * job"), so a synchronous call is billed every time it arrives, key or not.
 */
function reply(
  ctx: RequestContext,
  body: StudioCall["body"],
  endpoint: StudioEndpoint,
  status: number,
  payload: unknown,
  headers: Record<string, string>,
): Response {
  if (body.async === true && body.client_request_id !== undefined) {
    ctx.state.idempotency.set(body.client_request_id, { endpoint: endpoint.path, status, body: payload });
  }
  return json(ctx, payload, status, headers);
}

function studioHandler(state: PhotaMockState, config: MockConfig, endpoint: StudioEndpoint): HttpHandler {
  return route(state, config, "post", endpoint.path, async ({ request, ctx }) => {
    const read = await readJson(ctx, request);
    const record = { endpoint: endpoint.path, body: read.ok ? read.body : undefined, requestId: ctx.requestId, replayed: false };
    state.imageRequests.push(record);
    if (!read.ok) return read.response;

    const validated = endpoint.validate(read.body);
    if (!validated.ok) return validationError(ctx, validated.issues, "body");
    const { call } = validated;

    // "A retried submit with the same value returns the original job and is not charged twice."
    // Only async submits are remembered (see `reply`), so only they are replayed.
    const key = call.body.async === true ? call.body.client_request_id : undefined;
    const original = key === undefined ? undefined : state.idempotency.get(key);
    if (original) {
      record.replayed = true;
      return json(ctx, original.body, original.status);
    }
    const problem = semanticProblem(ctx, call);
    if (problem) return problem;
    if ((call.body.prompt ?? "").includes(PHOTA_MOCK_MODERATION_TRIGGER)) return moderationError(ctx);
    return perform(ctx, endpoint, call);
  });
}

/** Handlers for `POST /edit`, `/generate`, `/enhance` and `/remix`. */
export function studioHandlers(state: PhotaMockState, config: MockConfig): HttpHandler[] {
  return STUDIO_ENDPOINTS.map((endpoint) => studioHandler(state, config, endpoint));
}
