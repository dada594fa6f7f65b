import type { SeedArticle } from "./types";
import { categories } from "./categories";
import { articles as gettingStarted } from "./getting-started";
import { articles as accountSecurity } from "./account-security";
import { articles as kyc } from "./kyc";
import { articles as depositsWithdrawals } from "./deposits-withdrawals";
import { articles as trading } from "./trading";
import { articles as api } from "./api";
import { articles as earn } from "./earn";
import { articles as privacy } from "./privacy";

export type { SeedArticle, SeedCategory } from "./types";
export { categories };

/** Every seeded help-center article, in category order. */
export const allArticles: SeedArticle[] = [
  ...gettingStarted,
  ...accountSecurity,
  ...kyc,
  ...depositsWithdrawals,
  ...trading,
  ...api,
  ...earn,
  ...privacy,
];
