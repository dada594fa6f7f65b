import { requireAgent } from "@/lib/auth/guards";
import { route, methodNotAllowed } from "@/lib/http/route";
import { findInbox } from "@/lib/services/chat/find-inbox";
import { findQueue } from "@/lib/services/routing/find-queue";

/** Agents: their open chats (with unread counts) and the unassigned queue — what the console reloads after a reconnect. */
export const GET = route(async ({ actor }) => {
  const agent = requireAgent(actor);
  const [inbox, queue] = await Promise.all([findInbox({ actor: agent }), findQueue({ actor: agent })]);
  return { inbox, queue };
});

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
