import { requireAgent } from "@/lib/auth/guards";
import { route, methodNotAllowed } from "@/lib/http/route";
import { transferConversation } from "@/lib/services/chat/transfer-conversation";
import { transferTargetSchema } from "@/lib/contracts/chat";

/** Hands the chat to an agent (`toAgentId`) or a team's queue (`toTeamId`) — as `conversation.transfer`. */
export const POST = route<{ conversationId: string }>(async ({ actor, params, json }) => ({
  conversation: await transferConversation({
    actor: requireAgent(actor),
    conversationId: params.conversationId,
    ...(await json(transferTargetSchema)),
  }),
}));

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
