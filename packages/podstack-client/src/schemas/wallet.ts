import * as v from "valibot";

/**
 * Money as the wallet reports it: a number [assumed from the SDK's `{wallet.balance:.2f}`], or a
 * decimal string (a common way to send money without float rounding), read as a number.
 */
const Amount = v.union([
  v.pipe(v.number(), v.finite()),
  v.pipe(v.string(), v.decimal(), v.transform(Number)),
]);

/**
 * The wallet balance. [doc: `wallet.balance()` → `balance`, `currency`; the CLI calls it the
 * "available USD balance"]
 *
 * @example
 * ```ts
 * const wallet = v.parse(WalletBalance, { balance: 125.5, currency: "USD" });
 * if (wallet.balance < 10) console.warn("top up your Podstack wallet");
 * ```
 */
export const WalletBalance = v.looseObject({
  /** [doc] */
  balance: Amount,
  /** [doc] e.g. `USD`. Optional because only the field name is documented [assumed]. */
  currency: v.optional(v.string()),
});

/** The wallet balance. */
export type WalletBalance = v.InferOutput<typeof WalletBalance>;
