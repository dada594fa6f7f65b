import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { translator } from "@/lib/i18n/messages";
import { toLocale } from "@/lib/i18n/locales";
import { logger } from "@/lib/logger";
import type { BotMeta } from "@/lib/contracts/bot";
import type { ConversationDto, MessageDto } from "@/lib/contracts/chat";
import { toMessageDto } from "@/lib/conversations/dto";
import { ConversationNotWritable, insertMessage } from "@/lib/conversations/insert-message";
import { publishMessage } from "@/lib/conversations/publish";
import { TX_OPTIONS } from "@/lib/conversations/tx-options";
import { loadRoutingConfig } from "@/lib/services/routing/routing-settings";
import { inferTopic } from "@/lib/bot/decide-bot-reply";
import { answerText, articleUrl, digestArticle } from "./compose-answer";
import { findBotTopics, handOff, handOffUrgentTopic } from "./hand-off";
import { recordBotTurn } from "./record-bot-turn";
import { understandMessage } from "./understand-message";

/**
 * The bot's turn after a customer message, while the chat is with the bot (status BOT). Every bot line is written
 * under the condition that the chat is still BOT, so once a handoff or an agent has happened the bot stays silent.
 * Returns the conversation when this turn changed it (a handoff), else null.
 */
export async function replyAsBot({
  conversationId,
  text,
}: {
  conversationId: string;
  text: string;
}): Promise<ConversationDto | null> {
  const prisma = await getPrisma();
  const chat = await prisma.conversation.findFirst({
    where: { id: conversationId, status: "BOT" },
    select: { locale: true, botMisses: true, topicId: true },
  });
  if (!chat) return null;
  const chatLocale = toLocale(chat.locale);
  const [config, topics] = await Promise.all([loadRoutingConfig(), findBotTopics()]);
  const urgentKeywords = topics.filter((t) => t.basePriority === "URGENT").flatMap((t) => t.keywords);
  const { locale, intent } = await understandMessage({
    text,
    chatLocale,
    botMisses: chat.botMisses,
    urgentKeywords,
    minScore: config.botMinScore,
  });
  const topicOfText = inferTopic(text, topics);
  if (locale !== chatLocale)
    await prisma.conversation.updateMany({ where: { id: conversationId, status: "BOT" }, data: { locale } });
  await recordBotTurn(conversationId, text, locale, intent);
  const t = translator(locale);
  switch (intent.kind) {
    case "answer": {
      const { article } = intent;
      const found = await digestArticle(article.slug, locale);
      const title = found?.title ?? article.title;
      const body = answerText(locale, article.slug, title, found?.digest ?? null);
      const articles = [{ ...article, title }, ...intent.others].map((a) => ({
        slug: a.slug,
        title: a.title,
        url: articleUrl(a.slug),
      }));
      const meta: BotMeta = {
        bot: "answer",
        articles,
        quickReplies: ["solved", "human"],
        answer: { table: found?.digest.table ?? null },
      };
      await say(
        conversationId,
        body,
        meta,
        topicOfText && !chat.topicId ? { topicId: topicOfText.id, teamId: topicOfText.teamId } : {},
      );
      return null;
    }
    case "miss":
      await say(
        conversationId,
        t("bot.miss"),
        { bot: "miss", articles: [], quickReplies: ["human"] },
        { botMisses: { increment: 1 } },
      );
      return null;
    case "solved":
      await say(
        conversationId,
        t("bot.solved"),
        { bot: "solved", articles: [], quickReplies: [] },
        { botSolvedAt: new Date() },
      );
      return null;
    case "unhelpful":
      await say(
        conversationId,
        t("botAnswers.unhelpful"),
        { bot: "miss", articles: [], quickReplies: ["human"] },
        { botMisses: { increment: 1 } },
      );
      return null;
    case "human":
    case "urgent":
      return handOff(
        conversationId,
        intent.kind === "urgent" ? "urgent" : intent.reason,
        locale,
        topics,
        topicOfText,
        chat.topicId,
        config.safetyArticleSlug,
      );
  }
}

/** One bot line, written only while the chat is still with the bot, with any change to the chat in the same step. */
async function say(
  conversationId: string,
  body: string,
  meta: BotMeta,
  data: Prisma.ConversationUpdateManyMutationInput & { topicId?: string; teamId?: string },
): Promise<MessageDto | null> {
  const prisma = await getPrisma();
  try {
    const result = await prisma.$transaction(async (tx) => {
      const inserted = await insertMessage(tx, {
        conversationId,
        where: { status: "BOT" },
        authorKind: "BOT",
        authorId: null,
        body,
        meta: meta as unknown as Prisma.InputJsonValue,
      });
      if (Object.keys(data).length) await tx.conversation.update({ where: { id: conversationId }, data });
      return inserted;
    }, TX_OPTIONS);
    const message = toMessageDto(result.message);
    publishMessage(message, result.conversation);
    return message;
  } catch (error) {
    if (error instanceof ConversationNotWritable) return null;
    throw error;
  }
}

/** The bot's turn, never failing the customer's own message: a bot error is logged and the chat goes on. */
export async function botTurn(conversationId: string, text: string): Promise<ConversationDto | null> {
  try {
    return await replyAsBot({ conversationId, text });
  } catch (error) {
    logger.error({ err: error, conversationId }, "bot turn failed");
    return null;
  }
}

/**
 * After a chat starts: a chosen urgent topic skips the bot (urgent lane); otherwise the bot answers the first
 * message. Returns the conversation when it left the bot.
 */
export async function botOnStart({
  conversation,
  message,
  created,
}: {
  conversation: ConversationDto;
  message: MessageDto | null;
  created: boolean;
}): Promise<ConversationDto | null> {
  if (conversation.status !== "BOT") return null;
  if (created && conversation.priority === "URGENT") return handOffUrgentTopic(conversation.id, message?.body ?? "");
  return message ? botTurn(conversation.id, message.body) : null;
}
