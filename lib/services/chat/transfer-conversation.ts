import { STAFF_ROLES, type Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { asLocalizedText } from "@/lib/db/localized";
import { AppError } from "@/lib/errors";
import type { ConversationDto, SystemEvent } from "@/lib/contracts/chat";
import { transferableScope } from "@/lib/conversations/access";
import { scheduleAutoAssign } from "@/lib/services/routing/auto-assign";
import { boardChanged } from "@/lib/realtime/board-signal";
import { scheduleQueueBroadcast } from "@/lib/services/routing/broadcast-queue";
import { releaseChatSlot, takeChatSlot } from "./capacity";
import { conversationSelect, toConversationDto, toMessageDto } from "@/lib/conversations/dto";
import { publishConversation, publishMessage } from "@/lib/conversations/publish";
import { refusal } from "./refusal";
import { insertSystemMessage } from "@/lib/conversations/system-message";
import { TX_OPTIONS } from "@/lib/conversations/tx-options";

type Target = { toAgentId?: string; toTeamId?: string };

/**
 * Hands a chat to another agent (who must be online or away and have a free slot) or back to a team's queue. Only
 * the assignee or an admin may; the slot counts of both agents move in the same transaction.
 */
export async function transferConversation({
  actor,
  conversationId,
  toAgentId,
  toTeamId,
}: { actor: Actor; conversationId: string } & Target) {
  const agent = requireAgent(actor);
  const prisma = await getPrisma();
  const before = await prisma.conversation.findFirst({
    where: { id: conversationId, ...transferableScope(agent) },
    select: { assigneeId: true, assignee: { select: { name: true } } },
  });
  if (!before) throw await refusal(agent, conversationId, "conversation.transfer");
  const target = await resolveTarget({ toAgentId, toTeamId }, before.assigneeId);
  const from = before.assignee?.name ?? null;

  const result = await prisma.$transaction(async (tx) => {
    const moved = await tx.conversation.updateMany({
      where: { id: conversationId, ...transferableScope(agent), assigneeId: before.assigneeId },
      data:
        target.kind === "agent"
          ? { status: "ACTIVE", assigneeId: target.id, assignedAt: new Date() }
          : { status: "QUEUED", assigneeId: null, assignedAt: null, teamId: target.id, queuedAt: new Date() },
    });
    if (moved.count === 0) throw new AppError("CONFLICT", "conversationChanged");
    if (target.kind === "agent" && !(await takeChatSlot(tx, target.id)))
      throw new AppError("CONFLICT", "transferTargetFull");
    await releaseChatSlot(tx, before.assigneeId);
    const event: SystemEvent =
      target.kind === "agent"
        ? { event: "transferred_agent", from, to: target.name }
        : { event: "transferred_team", from, team: asLocalizedText(target.name) };
    const { message } = await insertSystemMessage(tx, conversationId, event);
    const conversation = await tx.conversation.findUniqueOrThrow({
      where: { id: conversationId },
      select: conversationSelect,
    });
    return { conversation, message };
  }, TX_OPTIONS);
  const conversation: ConversationDto = toConversationDto(result.conversation);
  publishConversation(conversation);
  publishMessage(toMessageDto(result.message), conversation);
  scheduleQueueBroadcast();
  // A chat changing hands moves its first response from one agent's figures for the day to another's.
  boardChanged({ work: true });
  // Back in a team's queue, or a slot freed: route again.
  void scheduleAutoAssign();
  return conversation;
}

async function resolveTarget(target: Target, currentAssigneeId: string | null) {
  const prisma = await getPrisma();
  if (target.toAgentId) {
    if (target.toAgentId === currentAssigneeId) throw new AppError("CONFLICT", "transferToSelf");
    const agent = await prisma.user.findFirst({
      where: { id: target.toAgentId, role: { in: [...STAFF_ROLES] }, agentProfile: { status: { not: "OFFLINE" } } },
      select: { id: true, name: true },
    });
    if (!agent) throw new AppError("BAD_REQUEST", "transferTargetUnavailable");
    return { kind: "agent" as const, ...agent };
  }
  const team = await prisma.team.findUnique({
    where: { id: target.toTeamId ?? "" },
    select: { id: true, name: true },
  });
  if (!team) throw new AppError("BAD_REQUEST", "transferTeamUnknown");
  return { kind: "team" as const, ...team };
}
