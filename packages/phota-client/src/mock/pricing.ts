/**
 * What the fake charges, in US cents. Documented: remix and enhance cost $0.12 per image, $0.15
 * when a trained identity is recognised; training costs $2.90 (standard) or $1.49 (fast). The
 * per-model prices of edit and generate are not in the material reviewed, so the same two image
 * rates are assumed for every image endpoint.
 */
export const IMAGE_PRICE_CENTS = 12;
/** Per-image price when the output contains a known profile. */
export const IMAGE_WITH_IDENTITY_PRICE_CENTS = 15;

/** Price of one training run by tier; unknown tiers cost as much as `standard`. */
export function trainingPriceCents(tier: string | undefined): number {
  return tier === "fast" ? 149 : 290;
}

/** Price of one image call. */
export function imageCallPriceCents(images: number, withIdentity: boolean): number {
  return images * (withIdentity ? IMAGE_WITH_IDENTITY_PRICE_CENTS : IMAGE_PRICE_CENTS);
}
