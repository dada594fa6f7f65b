import { clientIp } from "@/lib/http/client-ip";
import { route } from "@/lib/http/route";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import { searchArticles } from "@/lib/services/kb/search-articles";
import { searchQuerySchema } from "@/lib/contracts/kb";

/** GET /api/v1/kb/search?q=&locale=&limit=&category=&drafts=1 → { results, total, tookMs, correctedQuery? } */
export const GET = route(async ({ actor, locale, query, req }) => {
  const input = query(searchQuerySchema);
  // Generous (search-as-you-type asks often), but a visitor cannot flood the search log.
  if (!actor) await consumeOrThrow(limiter("kb-search", 120, 60), clientIp(req.headers));
  return searchArticles({
    actor,
    q: input.q,
    locale: input.locale ?? locale,
    limit: input.limit,
    categorySlug: input.category,
    includeDrafts: input.drafts,
  });
});
