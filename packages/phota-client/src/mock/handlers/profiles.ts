import type { HttpHandler } from "msw";
import * as v from "valibot";
import { AddProfileRequest, ListProfilesQuery } from "../../schemas/profile-requests";
import type { MockConfig, RequestContext } from "../context";
import { nextUuid } from "../ids";
import { tinyJpeg } from "../images";
import { trainingPriceCents } from "../pricing";
import { readProfileStatus } from "../profile-store";
import { bytes, detailError, json } from "../respond";
import { type RouteArgs, param, route } from "../route";
import { type MockProfile, type PhotaMockState, defaultFailureMessage, profileSteps } from "../state";
import { readJson, validationError } from "../validation";

function withProfile(state: PhotaMockState, args: RouteArgs, then: (profile: MockProfile) => Response): Response {
  const profile = state.profiles.get(param(args, "profile_id"));
  return profile ? then(profile) : detailError(args.ctx, 404, "Profile not found.");
}

async function addProfile(state: PhotaMockState, ctx: RequestContext, request: Request): Promise<Response> {
  const read = await readJson(ctx, request);
  if (!read.ok) return read.response;
  const parsed = v.safeParse(AddProfileRequest, read.body);
  if (!parsed.success) return validationError(ctx, parsed.issues, "body");
  const body = parsed.output;
  const cost = trainingPriceCents(body.training_tier);
  if (state.creditCents < cost) return detailError(ctx, 402, "Insufficient prepaid credit balance.");
  state.creditCents -= cost;
  state.chargedCalls += 1;
  const outcome = state.newProfileOutcome;
  const profile: MockProfile = {
    profile_id: nextUuid(state),
    tag: body.tag ?? null,
    training_tier: body.training_tier ?? "standard",
    image_urls: body.image_urls,
    steps: profileSteps("VALIDATING", outcome),
    position: 0,
    failureMessage: defaultFailureMessage(outcome),
  };
  state.profiles.set(profile.profile_id, profile);
  return json(ctx, { profile_id: profile.profile_id });
}

function listProfiles(state: PhotaMockState, ctx: RequestContext, request: Request): Response {
  // FastAPI ignores unknown query parameters, so only `tag` is read.
  const tag = new URL(request.url).searchParams.get("tag");
  const parsed = v.safeParse(ListProfilesQuery, tag === null ? {} : { tag });
  if (!parsed.success) return validationError(ctx, parsed.issues, "query");
  const wanted = parsed.output.tag;
  const ids = [...state.profiles.values()]
    .filter((profile) => wanted === undefined || profile.tag === wanted)
    .map((profile) => profile.profile_id);
  // Plain ids: the element shape is undocumented, and the endpoint is named `profiles/ids`.
  return json(ctx, { profiles: ids });
}

/**
 * The profile endpoints. Training advances one step per status read; the list, the picture and
 * delete do not move it (the list does not show states).
 */
export function profileHandlers(state: PhotaMockState, config: MockConfig): HttpHandler[] {
  return [
    route(state, config, "post", "/profiles/add", ({ ctx, request }) => addProfile(state, ctx, request)),
    route(state, config, "get", "/profiles/ids", ({ ctx, request }) => listProfiles(state, ctx, request)),
    route(state, config, "get", "/profiles/:profile_id/status", (args) =>
      withProfile(state, args, (profile) => json(args.ctx, readProfileStatus(profile, config.shapes))),
    ),
    route(state, config, "get", "/profiles/:profile_id/profile_picture", (args) =>
      withProfile(state, args, (profile) => bytes(args.ctx, tinyJpeg(`profile ${profile.profile_id}`), "image/jpeg")),
    ),
    route(state, config, "delete", "/profiles/:profile_id", (args) =>
      withProfile(state, args, (profile) => {
        state.profiles.delete(profile.profile_id);
        return json(args.ctx, { profile_id: profile.profile_id, status: "ok" });
      }),
    ),
  ];
}
