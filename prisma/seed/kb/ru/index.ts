import { ruAccountSecurity } from "./account-security";
import { ruApi } from "./api";
import { ruDepositsWithdrawals } from "./deposits-withdrawals";
import { ruEarn } from "./earn";
import { ruGettingStarted } from "./getting-started";
import { ruKyc } from "./kyc";
import { ruPrivacy } from "./privacy";
import { ruTrading } from "./trading";
import type { RuArticle } from "./types";

/** Russian translations of every help-center article, with what Russian-speaking customers ask for each. */
export const ru: Record<string, RuArticle> = {
  ...ruGettingStarted,
  ...ruAccountSecurity,
  ...ruKyc,
  ...ruDepositsWithdrawals,
  ...ruTrading,
  ...ruApi,
  ...ruEarn,
  ...ruPrivacy,
};
