import { STAFF_ROLES } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { scheduleQueueBroadcast } from "./broadcast-queue";
import { conversationSelect, toConversationDto, toMessageDto } from "@/lib/conversations/dto";
import { publishConversation, publishMessage } from "@/lib/conversations/publish";
import { insertSystemMessage } from "@/lib/conversations/system-message";
import { TX_OPTIONS } from "@/lib/conversations/tx-options";
import { orderQueue, type Priority, type RoutingSettings } from "@/lib/routing/queue-math";
import { loadRoutingConfig } from "./routing-settings";
import { enqueueWebhook } from "@/lib/services/webhooks/enqueue-webhook";
import { chatPayload } from "@/lib/services/webhooks/payloads";

export type Candidate = {
  id: string;
  name: string;
  teamIds: string[];
  activeChats: number;
  maxConcurrentChats: number;
  lastAssignedAt: Date | null;
};
export type QueuedChat = { id: string; teamId: string | null; priority: Priority; vipLevel: number; queuedAt: Date };

/**
 * Who may take a chat, best first: online agents of its team with a free slot (a chat without a team belongs to the
 * general team); after `widenAfterSeconds` the general team too. Least loaded first, then longest idle.
 */
export function rankCandidates(
  chat: QueuedChat,
  agents: Candidate[],
  now: Date,
  settings: RoutingSettings,
  generalTeamId: string | null,
): Candidate[] {
  const teamId = chat.teamId ?? generalTeamId;
  const widened = now.getTime() - chat.queuedAt.getTime() >= settings.widenAfterSeconds * 1000;
  const teams = new Set([teamId, ...(widened ? [generalTeamId] : [])].filter((id): id is string => Boolean(id)));
  return agents
    .filter((agent) => agent.activeChats < agent.maxConcurrentChats && agent.teamIds.some((id) => teams.has(id)))
    .sort(
      (a, b) =>
        a.activeChats / a.maxConcurrentChats - b.activeChats / b.maxConcurrentChats ||
        (a.lastAssignedAt?.getTime() ?? 0) - (b.lastAssignedAt?.getTime() ?? 0) ||
        (a.id < b.id ? -1 : 1),
    );
}

type State = { running?: Promise<number>; again?: Promise<number> };
const store = globalThis as typeof globalThis & { __beaconAutoAssign?: State };

/**
 * Runs routing now, or once more right after the run in flight (so a change made during a run is never missed).
 * Resolves with the number of chats this run assigned. Called on enqueue, when an agent goes online, when a chat
 * closes or moves, and by the periodic job (aging, widening).
 */
export function scheduleAutoAssign(): Promise<number> {
  const state = (store.__beaconAutoAssign ??= {});
  if (!state.running) {
    state.running = autoAssign()
      .catch((error) => {
        logger.error({ err: error }, "auto-assignment failed");
        return 0;
      })
      .finally(() => (state.running = undefined));
    return state.running;
  }
  state.again ??= state.running.then(() => {
    state.again = undefined;
    return scheduleAutoAssign();
  });
  return state.again;
}

/** One routing pass over the whole queue, in serving order. Safe to run on several instances at once. */
export async function autoAssign(now = new Date()): Promise<number> {
  const config = await loadRoutingConfig();
  if (!config.autoAssign) return 0;
  const prisma = await getPrisma();
  const profiles = await prisma.agentProfile.findMany({
    where: { status: "ONLINE", user: { role: { in: [...STAFF_ROLES] } } },
    select: {
      userId: true,
      activeChats: true,
      maxConcurrentChats: true,
      lastAssignedAt: true,
      user: { select: { name: true, teams: { select: { teamId: true } } } },
    },
  });
  const agents: Candidate[] = profiles
    .filter((p) => p.activeChats < p.maxConcurrentChats)
    .map((p) => ({
      id: p.userId,
      name: p.user.name,
      teamIds: p.user.teams.map((t) => t.teamId),
      activeChats: p.activeChats,
      maxConcurrentChats: p.maxConcurrentChats,
      lastAssignedAt: p.lastAssignedAt,
    }));
  if (!agents.length) return 0;
  const rows = await prisma.conversation.findMany({
    where: { status: "QUEUED", assigneeId: null },
    select: {
      id: true,
      teamId: true,
      priority: true,
      queuedAt: true,
      createdAt: true,
      customer: { select: { vipLevel: true } },
    },
  });
  const queue = orderQueue(
    rows.map((r) => ({
      id: r.id,
      teamId: r.teamId,
      priority: r.priority,
      vipLevel: r.customer.vipLevel,
      queuedAt: r.queuedAt ?? r.createdAt,
    })),
    now,
    config,
  );
  const general = await prisma.team.findUnique({ where: { slug: "general" }, select: { id: true } });
  let assigned = 0;
  for (const chat of queue) {
    for (const agent of rankCandidates(chat, agents, now, config, general?.id ?? null)) {
      const outcome = await claim(chat.id, agent);
      if (outcome === "assigned") {
        agent.activeChats += 1;
        agent.lastAssignedAt = new Date();
        assigned += 1;
      }
      if (outcome === "agent-full") agent.activeChats = agent.maxConcurrentChats;
      if (outcome !== "agent-full") break;
    }
    if (!agents.some((a) => a.activeChats < a.maxConcurrentChats)) break;
  }
  if (assigned) scheduleQueueBroadcast();
  return assigned;
}

class Lost extends Error {
  constructor(readonly why: "chat-gone" | "agent-full") {
    super(why);
  }
}

/**
 * The same atomic step as a manual accept: the chat moves only while still QUEUED and unassigned, and the agent's
 * slot is a conditional increment below maxConcurrentChats (and only while they are online). Either fails → rollback.
 */
async function claim(conversationId: string, agent: Candidate): Promise<"assigned" | "chat-gone" | "agent-full"> {
  const prisma = await getPrisma();
  try {
    const result = await prisma.$transaction(async (tx) => {
      const taken = await tx.conversation.updateMany({
        where: { id: conversationId, status: "QUEUED", assigneeId: null },
        data: { status: "ACTIVE", assigneeId: agent.id, assignedAt: new Date() },
      });
      if (taken.count === 0) throw new Lost("chat-gone");
      const slot = await tx.agentProfile.updateMany({
        where: { userId: agent.id, status: "ONLINE", activeChats: { lt: tx.agentProfile.fields.maxConcurrentChats } },
        data: { activeChats: { increment: 1 }, lastAssignedAt: new Date() },
      });
      if (slot.count === 0) throw new Lost("agent-full");
      const { message } = await insertSystemMessage(tx, conversationId, { event: "agent_joined", name: agent.name });
      await enqueueWebhook(tx, "chat.assigned", () => chatPayload(tx, conversationId));
      const conversation = await tx.conversation.findUniqueOrThrow({
        where: { id: conversationId },
        select: conversationSelect,
      });
      return { conversation, message };
    }, TX_OPTIONS);
    const conversation = toConversationDto(result.conversation);
    publishConversation(conversation);
    publishMessage(toMessageDto(result.message), conversation);
    return "assigned";
  } catch (error) {
    if (error instanceof Lost) return error.why;
    throw error;
  }
}
