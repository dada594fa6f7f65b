import { route } from "@/lib/http/route";
import { setArticleStatus } from "@/lib/services/kb/set-article-status";

export const POST = route<{ articleId: string }>(async ({ actor, params }) => ({
  article: await setArticleStatus({ actor, articleId: params.articleId, publish: true }),
}), { scope: "kb:write" });
