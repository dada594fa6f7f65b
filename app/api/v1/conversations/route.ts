import { requireUser } from "@/lib/auth/guards";
import { DEVICE_HEADER, parseDeviceId } from "@/lib/device-id";
import { clientIp } from "@/lib/http/client-ip";
import { route, methodNotAllowed } from "@/lib/http/route";
import { findConversations } from "@/lib/services/chat/find-conversations";
import { startConversation } from "@/lib/services/chat/start-conversation";
import { guestCookie } from "@/lib/auth/guest-cookie";
import { SITE_HEADER } from "@/lib/auth/guest-header";
import { findConversationsSchema, guestStartConversationSchema, startConversationSchema } from "@/lib/contracts/chat";

/** Customers: their own chats. Agents: any chat, `?email=` searches by the customer's email. */
export const GET = route(
  async ({ actor, query }) => {
    const user = requireUser(actor);
    return findConversations({ actor: user, ...query(findConversationsSchema) });
  },
  { scope: "conversations:read" },
);

/**
 * Starts a chat (or continues the open one). Visitors send name and email and become a guest: the token comes back
 * as an httpOnly cookie and, for the widget (header `x-beacon-widget: 1`), in the body to pass to the socket.
 */
export const POST = route(async ({ req, actor, locale, json }) => {
  const input = actor ? await json(startConversationSchema) : await json(guestStartConversationSchema);
  const siteKey = req.headers.get(SITE_HEADER);
  const device = parseDeviceId(req.headers.get(DEVICE_HEADER));
  const started = await startConversation({
    actor,
    locale: input.locale ?? locale,
    ip: clientIp(req.headers),
    siteKey,
    device,
    ...input,
  });
  const widget = req.headers.get("x-beacon-widget") === "1";
  const body = {
    conversation: started.conversation,
    message: started.message,
    ...(widget && started.guestToken ? { guestToken: started.guestToken } : {}),
  };
  const headers = new Headers();
  if (started.guestToken)
    headers.append("Set-Cookie", guestCookie(started.conversation.customerId, req.nextUrl.protocol === "https:"));
  return Response.json(body, { status: started.created ? 201 : 200, headers });
});

export { methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
