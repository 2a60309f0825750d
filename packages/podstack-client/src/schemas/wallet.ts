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
  /** The available balance [doc]; a decimal string on the wire is read as a number. */
  balance: Amount,
  /**
   * The balance's currency, e.g. `USD` [doc]; optional because only the field name is documented
   * [assumed].
   */
  currency: v.optional(v.string()),
});

/** The wallet balance; see {@link WalletBalance}. */
export type WalletBalance = {
  [K in keyof v.InferOutput<typeof WalletBalance>]: v.InferOutput<typeof WalletBalance>[K];
};
