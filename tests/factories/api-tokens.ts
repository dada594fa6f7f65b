import { toActor } from "@/lib/auth/actor";
import type { ApiScope } from "@/lib/contracts/api-token";
import { createApiToken } from "@/lib/services/api-tokens/api-tokens-admin";
import { createUser } from "./users";

/** A token made by a fresh admin, with these scopes. */
export async function createToken(
  scopes: ApiScope[],
  options: { ratePerMinute?: number; expiresInDays?: number } = {},
) {
  const owner = await createUser({ role: "ADMIN", name: "Token Owner" });
  const made = await createApiToken({
    actor: toActor(owner),
    input: {
      name: "Back office",
      scopes,
      expiresInDays: options.expiresInDays ?? 30,
      ratePerMinute: options.ratePerMinute ?? 600,
    },
  });
  return { ...made, owner };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
