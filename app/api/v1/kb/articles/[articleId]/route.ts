import { route, methodNotAllowed } from "@/lib/http/route";
import { getArticleForEdit } from "@/lib/services/kb/find-articles";
import { updateArticle } from "@/lib/services/kb/update-article";
import { updateArticleSchema } from "@/lib/contracts/kb";

type Params = { articleId: string };

/** Agents and admins: the article with both translations. */
export const GET = route<Params>(async ({ actor, params }) => ({
  article: await getArticleForEdit({ actor, articleId: params.articleId }),
}));

/** Admins: save; each changed translation becomes a revision. */
export const PATCH = route<Params>(
  async ({ actor, params, json }) => ({
    article: await updateArticle({ actor, articleId: params.articleId, ...(await json(updateArticleSchema)) }),
  }),
  { scope: "kb:write" },
);

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as DELETE };
