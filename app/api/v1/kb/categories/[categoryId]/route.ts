import { route, methodNotAllowed } from "@/lib/http/route";
import { deleteCategory, updateCategory } from "@/lib/services/kb/categories";
import { updateCategorySchema } from "@/lib/contracts/kb";

type Params = { categoryId: string };

export const PATCH = route<Params>(
  async ({ actor, params, json }) => ({
    category: await updateCategory({ actor, categoryId: params.categoryId, ...(await json(updateCategorySchema)) }),
  }),
  { scope: "kb:write" },
);

export const DELETE = route<Params>(
  async ({ actor, params }) => {
    await deleteCategory({ actor, categoryId: params.categoryId });
    return new Response(null, { status: 204 });
  },
  { scope: "kb:write" },
);

export { methodNotAllowed as GET, methodNotAllowed as POST, methodNotAllowed as PUT };
