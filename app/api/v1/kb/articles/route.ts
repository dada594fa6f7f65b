import { route, methodNotAllowed } from "@/lib/http/route";
import { createArticle } from "@/lib/services/kb/create-article";
import { findArticles } from "@/lib/services/kb/find-articles";
import { articleListQuerySchema, createArticleSchema } from "@/lib/contracts/kb";

/** Agents and admins: the article list, drafts included. */
export const GET = route(async ({ actor, locale, query }) =>
  findArticles({ actor, locale, ...query(articleListQuerySchema) }),
);

/** Admins: a new article (draft unless `publish: true`). */
export const POST = route(
  async ({ actor, json }) => {
    const article = await createArticle({ actor, ...(await json(createArticleSchema)) });
    return Response.json({ article }, { status: 201 });
  },
  { scope: "kb:write" },
);

export { methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
