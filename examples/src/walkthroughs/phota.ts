import { AuthenticationError, decodeImages, MissingCredentialError, PhotaClient } from "@cloud-sdk/phota-client";
import { type Output, shortId } from "../output.js";
import { expectFailure, step, type Target } from "./step.js";

const PHOTOS = Array.from({ length: 6 }, (_, index) => `https://photos.example.com/ada/${index + 1}.jpg`);

/** Phota: train a profile, wait until it is ready, generate with it; then a wrong key and no key. */
export async function photaWalkthrough(out: Output, target: Target): Promise<void> {
  const client = new PhotaClient({ apiKey: target.apiKey, baseURL: target.baseURL });

  const { profile_id } = await step(
    out,
    "profiles.add",
    () => client.profiles.add({ image_urls: PHOTOS, training_tier: "fast", tag: "demo-user-42" }),
    (added) => `training profile ${shortId(added.profile_id)} from ${PHOTOS.length} photos`,
  );
  const progress = out.progress("profiles.waitUntilReady");
  const seen: string[] = [];
  await step(
    out,
    "profiles.waitUntilReady",
    () =>
      client.profiles
        .waitUntilReady(profile_id, {
          interval: 300,
          timeout: 30_000,
          onPoll: (status) => {
            if (seen.at(-1) !== status.status) seen.push(status.status);
            progress.update(status.status);
          },
        })
        .finally(() => progress.clear()),
    () => seen.join(" → "),
  );
  await step(
    out,
    "generate",
    () => client.generate({ prompt: `[[${profile_id}]] hiking at sunrise, 35 mm film`, num_output_images: 2 }),
    (result) => {
      const images = decodeImages(result);
      const subjects = Object.entries(result.known_subjects.counts).map(([id, count]) => `${shortId(id)}×${count}`);
      return `${images.length} PNG images (${images.map((image) => `${image.byteLength} B`).join(", ")}); subjects: ${subjects.join(", ") || "none"}`;
    },
  );

  await expectFailure(
    out,
    "wrong key",
    () => new PhotaClient({ apiKey: "phota_wrong_key_0000000000", baseURL: target.baseURL }).profiles.list(),
    AuthenticationError,
  );
  await expectFailure(out, "no key", () => new PhotaClient({ baseURL: target.baseURL }), MissingCredentialError);
}
