import { route, methodNotAllowed } from "@/lib/http/route";
import { reorderCategories } from "@/lib/services/kb/categories";
import { reorderCategoriesSchema } from "@/lib/contracts/kb";

/** Admins: `{ ids }`, every category once, in the new order. */
export const POST = route(async ({ actor, json }) => {
  await reorderCategories({ actor, ...(await json(reorderCategoriesSchema)) });
  return { ok: true };
});

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
