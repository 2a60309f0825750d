import { openEnum } from "@cloud-sdk/auth-core";
import * as v from "valibot";
import { HttpsUrl } from "./inputs";

/** `standard` ("Full Train", the default) or `fast` ("Quick Train"); open for future tiers. */
export const TrainingTier = openEnum(["standard", "fast"] as const);
/** A training tier: the known ones, or any string. */
export type TrainingTier = v.InferOutput<typeof TrainingTier>;

/** A profile tag: your own label (e.g. your end-user id), 1–128 characters. */
export const ProfileTag = v.pipe(
  v.string(),
  v.minLength(1, "tag must be 1–128 characters."),
  v.maxLength(128, "tag must be 1–128 characters."),
);

/**
 * Body of `POST /v1/phota/profiles/add`: start training a profile from public image URLs (base64
 * is not accepted here). The image count per tier is not checked: the docs disagree on it
 * (30–50, 10–50, 5–10), so the server is left to decide.
 *
 * @example
 * ```ts
 * v.parse(AddProfileRequest, { image_urls: urls, training_tier: "fast", tag: "user_42" });
 * ```
 */
export const AddProfileRequest = v.strictObject({
  /** Public https URLs of the training photos (base64 is not accepted); at least one. */
  image_urls: v.pipe(v.array(HttpsUrl), v.minLength(1, "image_urls must not be empty.")),
  /** `standard` ("Full Train", the default) or `fast` ("Quick Train"). */
  training_tier: v.optional(TrainingTier),
  /** Your own label for the profile (e.g. your end-user id), 1–128 characters; immutable once set. */
  tag: v.optional(ProfileTag),
});
/** A valid `profiles/add` body. */
export type AddProfileRequest = {
  [K in keyof v.InferOutput<typeof AddProfileRequest>]: v.InferOutput<typeof AddProfileRequest>[K];
};

/** Query of `GET /v1/phota/profiles/ids`: an optional tag filter. */
export const ListProfilesQuery = v.strictObject({
  /** Only the profiles with this tag. */
  tag: v.optional(ProfileTag),
});
/** A valid `profiles/ids` query. */
export type ListProfilesQuery = {
  [K in keyof v.InferOutput<typeof ListProfilesQuery>]: v.InferOutput<typeof ListProfilesQuery>[K];
};
