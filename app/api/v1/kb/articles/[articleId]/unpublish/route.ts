import { route, methodNotAllowed } from "@/lib/http/route";
import { setArticleStatus } from "@/lib/services/kb/set-article-status";

export const POST = route<{ articleId: string }>(
  async ({ actor, params }) => ({
    article: await setArticleStatus({ actor, articleId: params.articleId, publish: false }),
  }),
  { scope: "kb:write" },
);

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
