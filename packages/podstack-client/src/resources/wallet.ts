import type { RequestOptions } from "@cloud-sdk/auth-core";
import type { WalletBalance } from "../schemas";
import { Resource } from "./resource";

/** `client.wallet`: the account's prepaid balance. */
export class Wallet extends Resource {
  /**
   * The balance and its currency [doc]; a decimal string on the wire is read as a number.
   * Route `GET /v1/wallet/balance` [assumed].
   *
   * @example
   * ```ts
   * const wallet = await client.wallet.balance();
   * console.log(`Balance: ${wallet.balance.toFixed(2)} ${wallet.currency ?? ""}`);
   * ```
   */
  balance(options?: RequestOptions): Promise<WalletBalance> {
    return this.send("wallet.balance", {}, options);
  }
}
