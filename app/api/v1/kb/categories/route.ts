import { route, methodNotAllowed } from "@/lib/http/route";
import { createCategory, findCategories } from "@/lib/services/kb/categories";
import { categoryInputSchema } from "@/lib/contracts/kb";

export const GET = route(async ({ actor }) => ({ categories: await findCategories({ actor }) }));

export const POST = route(
  async ({ actor, json }) => {
    const category = await createCategory({ actor, ...(await json(categoryInputSchema)) });
    return Response.json({ category }, { status: 201 });
  },
  { scope: "kb:write" },
);

export { methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
