import type { Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { rankForBot } from "@/lib/bot/bot-index";
import type { ArticleSuggestion } from "@/lib/contracts/chat";
import { conversationScope } from "@/lib/conversations/access";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/locales";
import { loadBotIndex } from "@/lib/services/bot/load-bot-index";

/** How many of the customer's latest messages the suggestions read: the question usually sits in the last few. */
const MESSAGES_READ = 3;

/**
 * Help-center articles an agent may send on a chat: the bot's ranking of the customer's latest messages, in the
 * chat's language (the customer's), best first. Staff only; the chat must be one the agent may open.
 */
export async function suggestArticles({
  actor,
  conversationId,
}: {
  actor: Actor;
  conversationId: string;
}): Promise<ArticleSuggestion[]> {
  const agent = requireAgent(actor);
  const prisma = await getPrisma();
  const conversation = await prisma.conversation.findFirst({
    where: { id: conversationId, ...conversationScope(agent) },
    select: {
      locale: true,
      messages: {
        where: { authorKind: "CUSTOMER", internal: false },
        orderBy: { seq: "desc" },
        take: MESSAGES_READ,
        select: { body: true },
      },
    },
  });
  if (!conversation) throw new AppError("NOT_FOUND", "conversationNotFound");
  const text = conversation.messages.map((message) => message.body).join("\n");
  if (!text.trim()) return [];
  const ranked = rankForBot(await loadBotIndex(), text.slice(0, 1000), toLocale(conversation.locale));
  return ranked.map(({ slug, title }) => ({ slug, title, path: `/help/articles/${slug}` }));
}
