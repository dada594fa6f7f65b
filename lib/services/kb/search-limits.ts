import { isAgent, type Actor } from "@/lib/auth/actor";
import { consumeOrThrow, isLimitRefusal, limiter } from "@/lib/rate-limit";

/** Who is searching, for limits and the search log: the account or guest, else the address. */
export const searcherKey = (actor: Actor | null, ip: string) => (actor ? `user:${actor.id}` : `ip:${ip}`);

/**
 * Search-as-you-type asks often, so the limit is generous, but it holds for everyone except agents (visitors, guests
 * and customers alike) and for the help-center page as for the API.
 */
export async function limitSearch(actor: Actor | null, ip: string): Promise<void> {
  if (isAgent(actor)) return;
  await consumeOrThrow(limiter("kb-search", 120, 60), searcherKey(actor, ip));
}

/** The search report counts people, not keystrokes or reloads: one searcher's same query is logged once in 10 minutes. */
export async function firstTimeSearched(searcher: string, normalizedQuery: string): Promise<boolean> {
  return limiter("kb-search-log", 1, 600)
    .consume(`${searcher}|${normalizedQuery}`)
    .then(
      () => true,
      (error: unknown) => {
        if (isLimitRefusal(error)) return false;
        throw error;
      },
    );
}
