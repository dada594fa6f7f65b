import { route } from "@/lib/http/route";
import { searchArticles } from "@/lib/services/kb/search-articles";
import { searchQuerySchema } from "@/lib/validations/kb";

/** GET /api/v1/kb/search?q=&locale=&limit=&category=&drafts=1 → { results, total, tookMs, correctedQuery? } */
export const GET = route(async ({ actor, locale, query }) => {
  const input = query(searchQuerySchema);
  return searchArticles({
    actor,
    q: input.q,
    locale: input.locale ?? locale,
    limit: input.limit,
    categorySlug: input.category,
    includeDrafts: input.drafts,
  });
});
