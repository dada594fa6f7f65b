import { route, methodNotAllowed } from "@/lib/http/route";
import { findRevisions } from "@/lib/services/kb/find-revisions";

export const GET = route<{ articleId: string }>(async ({ actor, params }) => ({
  revisions: await findRevisions({ actor, articleId: params.articleId }),
}));

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
