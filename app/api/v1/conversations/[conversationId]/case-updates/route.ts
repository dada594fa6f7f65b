import { requireUser } from "@/lib/auth/guards";
import { route } from "@/lib/http/route";
import { caseUpdateSchema } from "@/lib/contracts/account-action";
import { postCaseUpdate } from "@/lib/services/account-actions/post-case-update";

/** A case update the customer sees in the chat, also after it closed (`{ body }`). */
export const POST = route<{ conversationId: string }>(async ({ actor, params, json }) => {
  const { body } = await json(caseUpdateSchema);
  return Response.json(
    await postCaseUpdate({ actor: requireUser(actor), target: { conversationId: params.conversationId }, body }),
    { status: 201 },
  );
});
