import { io } from "socket.io-client";
import type { Actor } from "@/lib/auth/actor";
import { toActor } from "@/lib/auth/actor";
import type { BeaconClientSocket } from "@/lib/realtime/client";
import { acceptConversation } from "@/lib/services/chat/accept-conversation";
import { requestHandoff } from "@/lib/services/bot/request-handoff";
import { startConversation } from "@/lib/services/chat/start-conversation";
import { createUser, sessionCookie } from "./users";

/** A customer's chat waiting in the queue (optionally with a first message): started with the bot, then handed off. */
export async function queuedChat(customer: Actor, firstMessage?: string) {
  const { conversation } = await startConversation({
    actor: customer,
    locale: "en",
    ip: "127.0.0.1",
    message: firstMessage ? { clientId: crypto.randomUUID(), body: firstMessage, attachmentIds: [] } : undefined,
  });
  if (conversation.status !== "BOT") return conversation;
  return requestHandoff({ actor: customer, conversationId: conversation.id });
}

/** A customer and an agent in an accepted chat, with their session cookies. */
export async function activeChat() {
  const customerRow = await createUser({ name: "Carla Customer" });
  const agentRow = await createUser({ role: "AGENT", name: "Andy Agent", teamSlugs: ["general"] });
  const customer = toActor(customerRow);
  const agent = toActor(agentRow);
  const conversation = await queuedChat(customer);
  await acceptConversation({ actor: agent, conversationId: conversation.id });
  return {
    customer,
    agent,
    conversation,
    customerCookie: await sessionCookie(customer.id),
    agentCookie: await sessionCookie(agent.id),
  };
}

/** A socket.io client that reconnects by itself (fast), as the browser's does. */
export function reconnectingClient(url: string, cookie: string): Promise<BeaconClientSocket> {
  const socket: BeaconClientSocket = io(url, {
    transports: ["websocket"],
    extraHeaders: { cookie },
    forceNew: true,
    reconnectionDelay: 20,
    reconnectionDelayMax: 100,
  });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

/** Resolves when `check` passes, polling; rejects with `what` after the timeout. */
export async function eventually(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
