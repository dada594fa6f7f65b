import { route, methodNotAllowed } from "@/lib/http/route";
import { restoreRevision } from "@/lib/services/kb/restore-revision";

export const POST = route<{ articleId: string; revisionId: string }>(async ({ actor, params }) =>
  restoreRevision({ actor, articleId: params.articleId, revisionId: params.revisionId }),
);

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
