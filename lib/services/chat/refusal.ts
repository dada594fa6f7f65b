import { isAgent, type Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { conversationScope } from "@/lib/conversations/access";

/**
 * Explains why a write matched no conversation: unknown (or not the customer's own), closed, or not the agent's.
 * A customer reaching for a conversation that is not theirs is logged and written to the audit trail.
 */
export async function refusal(actor: Actor, conversationId: string, action: string): Promise<AppError> {
  const prisma = await getPrisma();
  const visible = await prisma.conversation.findFirst({
    where: { id: conversationId, ...conversationScope(actor) },
    select: { status: true, assigneeId: true },
  });
  if (!visible) {
    await auditRefusal(actor, conversationId, action);
    return new AppError("NOT_FOUND", "conversationNotFound");
  }
  if (visible.status === "CLOSED") return new AppError("CONFLICT", "conversationClosed");
  if (visible.status === "QUEUED" && !visible.assigneeId) return new AppError("FORBIDDEN", "acceptFirst");
  return new AppError("FORBIDDEN", "notAssignee");
}

/** Records a customer's attempt on a conversation that does not exist or is not theirs. */
export async function auditRefusal(actor: Actor, conversationId: string, action: string): Promise<void> {
  if (isAgent(actor)) return;
  logger.warn({ actorId: actor.id, conversationId, action }, "conversation access refused");
  const prisma = await getPrisma();
  await prisma.auditEvent
    .create({
      data: {
        actorId: actor.id,
        action: "conversation.access_refused",
        targetType: "Conversation",
        targetId: conversationId,
        data: { action },
      },
    })
    .catch((error: unknown) => logger.error({ err: error }, "audit write failed"));
}
