import { clientIp } from "@/lib/http/client-ip";
import { route, methodNotAllowed } from "@/lib/http/route";
import { searchArticles } from "@/lib/services/kb/search-articles";
import { limitSearch, searcherKey } from "@/lib/services/kb/search-limits";
import { searchQuerySchema } from "@/lib/contracts/kb";

/** GET /api/v1/kb/search?q=&locale=&limit=&category=&drafts=1 → { results, total, tookMs, correctedQuery? } */
export const GET = route(async ({ actor, locale, query, req }) => {
  const input = query(searchQuerySchema);
  const ip = clientIp(req.headers);
  await limitSearch(actor, ip);
  return searchArticles({
    searcher: searcherKey(actor, ip),
    actor,
    q: input.q,
    locale: input.locale ?? locale,
    limit: input.limit,
    categorySlug: input.category,
    includeDrafts: input.drafts,
  });
});

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
