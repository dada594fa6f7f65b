import { getPrisma } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { scheduleQueueBroadcast } from "@/lib/services/routing/broadcast-queue";
import { scheduleAutoAssign } from "@/lib/services/routing/auto-assign";
import { isUrgent } from "@/lib/bot/decide-bot-reply";

/**
 * A customer already waiting writes about a compromised account: the chat moves to the urgent topic's team at
 * URGENT priority (the bot says nothing more; the agents' queue and the customer's place update).
 */
export async function escalateIfUrgent(conversationId: string, text: string): Promise<void> {
  try {
    const prisma = await getPrisma();
    const topics = await prisma.topic.findMany({
      where: { basePriority: "URGENT" },
      select: { id: true, teamId: true, keywords: true },
    });
    if (
      !topics.length ||
      !isUrgent(
        text,
        topics.flatMap((t) => t.keywords),
      )
    )
      return;
    const topic = topics.find((t) => t.keywords.some((k) => isUrgent(text, [k]))) ?? topics[0];
    const moved = await prisma.conversation.updateMany({
      where: { id: conversationId, status: "QUEUED", assigneeId: null, priority: { not: "URGENT" } },
      data: { priority: "URGENT", topicId: topic.id, teamId: topic.teamId },
    });
    if (!moved.count) return;
    void scheduleAutoAssign();
    scheduleQueueBroadcast();
  } catch (error) {
    logger.error({ err: error, conversationId }, "urgent escalation failed");
  }
}
