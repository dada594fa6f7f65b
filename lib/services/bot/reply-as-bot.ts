import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { translator } from "@/lib/i18n/messages";
import { toLocale, type Locale, type LocalizedText } from "@/lib/i18n/locales";
import { asLocalizedText } from "@/lib/db/localized";
import { logger } from "@/lib/logger";
import type { ConversationDto, MessageDto } from "@/lib/contracts/chat";
import { toConversationDto, toMessageDto, conversationSelect } from "@/lib/conversations/dto";
import { ConversationNotWritable, insertMessage } from "@/lib/conversations/insert-message";
import { publishMessage } from "@/lib/conversations/publish";
import { TX_OPTIONS } from "@/lib/conversations/tx-options";
import { enqueueConversation } from "@/lib/services/routing/enqueue-conversation";
import { loadRoutingConfig } from "@/lib/services/routing/routing-settings";
import { scheduleQueueBroadcast } from "@/lib/services/routing/broadcast-queue";
import { scheduleAutoAssign } from "@/lib/services/routing/auto-assign";
import { getPresence } from "@/lib/services/routing/get-presence";
import { answerText, articleUrl, digestArticle, nobodyOnlineText, urgentText } from "./compose-answer";
import { inferTopic, isUrgent, type BotIntent } from "@/lib/bot/decide-bot-reply";
import { detectLanguage } from "@/lib/bot/detect-language";
import { understandMessage } from "./understand-message";

export type BotMeta = {
  bot: "answer" | "miss" | "handoff" | "urgent" | "solved";
  articles: { slug: string; title: string; url: string }[];
  quickReplies: ("solved" | "human")[];
  /** On a handoff: why, the inferred topic and every article offered before, for the agent who takes over. */
  reason?: "asked" | "misses" | "urgent";
  topic?: { slug: string; name: LocalizedText } | null;
  offered?: { slug: string; title: string }[];
  /** On an answer: the article's small table, shown as a table under the text. */
  answer?: { table: { head: string[]; rows: string[][] } | null };
};

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
  const [config, topics] = await Promise.all([
    loadRoutingConfig(),
    prisma.topic.findMany({
      select: { id: true, slug: true, name: true, teamId: true, basePriority: true, keywords: true },
      orderBy: { sortOrder: "asc" },
    }),
  ]);
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
  await recordTurn(conversationId, text, locale, intent);
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

/** "Did this help?" → no: the last answered question of the chat counts as missed in the report. */
async function markUnhelpful(conversationId: string) {
  try {
    const prisma = await getPrisma();
    const last = await prisma.botTurn.findFirst({
      where: { conversationId, outcome: "ANSWERED" },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    if (last) await prisma.botTurn.update({ where: { id: last.id }, data: { outcome: "MISSED" } });
  } catch (error) {
    logger.error({ err: error, conversationId }, "unhelpful answer not recorded");
  }
}

/** The report's record of this turn (never failing the chat). */
async function recordTurn(conversationId: string, text: string, locale: Locale, intent: BotIntent) {
  if (intent.kind === "solved") return;
  if (intent.kind === "unhelpful") return markUnhelpful(conversationId);
  const outcome =
    intent.kind === "answer"
      ? "ANSWERED"
      : intent.kind === "miss" || (intent.kind === "human" && intent.reason === "misses")
        ? "MISSED"
        : intent.kind.toUpperCase();
  const articleSlug = intent.kind === "answer" ? intent.article.slug : null;
  try {
    const prisma = await getPrisma();
    await prisma.botTurn.create({ data: { conversationId, text: text.slice(0, 500), locale, outcome, articleSlug } });
  } catch (error) {
    logger.error({ err: error, conversationId }, "bot turn not recorded");
  }
}

type TopicRow = {
  id: string;
  slug: string;
  name: Prisma.JsonValue;
  teamId: string;
  basePriority: "LOW" | "NORMAL" | "HIGH" | "URGENT";
  keywords: string[];
};

async function handOff(
  conversationId: string,
  reason: "asked" | "misses" | "urgent",
  locale: Locale,
  topics: TopicRow[],
  topicOfText: TopicRow | null,
  currentTopicId: string | null,
  safetySlug: string,
): Promise<ConversationDto | null> {
  const prisma = await getPrisma();
  const t = translator(locale);
  const history = await prisma.message.findMany({
    where: { conversationId, internal: false },
    select: { authorKind: true, body: true, meta: true },
    orderBy: { seq: "asc" },
  });
  const transcript = history
    .filter((m) => m.authorKind === "CUSTOMER")
    .map((m) => m.body)
    .join("\n");
  const offered = history
    .flatMap((m) => (m.authorKind === "BOT" ? ((m.meta as BotMeta | null)?.articles ?? []) : []))
    .map(({ slug, title }) => ({ slug, title }));
  let topic = topics.find((x) => x.id === currentTopicId) ?? topicOfText ?? inferTopic(transcript, topics);
  if (reason === "urgent" && topic?.basePriority !== "URGENT")
    topic = topics.find((x) => x.basePriority === "URGENT") ?? topic;
  const articles: BotMeta["articles"] = [];
  let body = reason === "asked" ? t("bot.handoffAsked") : t("bot.handoffMisses");
  // Honest at once: nobody of the team online means no "connecting you", but when we are back and a way to leave a message.
  const presence = await getPresence({ teamId: topic?.teamId ?? null });
  if (!presence.online && reason !== "urgent")
    body = nobodyOnlineText(locale, presence.nextStaffedAt, presence.timeZone ?? undefined);
  if (reason === "urgent") {
    const safety = await digestArticle(safetySlug, locale);
    if (safety) articles.push({ slug: safetySlug, title: safety.title, url: articleUrl(safetySlug) });
    body = urgentText(locale, safety);
    if (!presence.online)
      body += `\n\n${nobodyOnlineText(locale, presence.nextStaffedAt, presence.timeZone ?? undefined)}`;
  }
  const meta: BotMeta = {
    bot: reason === "urgent" ? "urgent" : "handoff",
    articles,
    quickReplies: [],
    reason,
    topic: topic ? { slug: topic.slug, name: asLocalizedText(topic.name) } : null,
    offered,
  };
  return enqueueConversation({
    conversationId,
    topic: topic ?? null,
    priority: reason === "urgent" ? "URGENT" : undefined,
    botMessage: { body, meta: meta as unknown as Prisma.InputJsonValue },
  });
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
      const conversation = await tx.conversation.findUniqueOrThrow({
        where: { id: conversationId },
        select: conversationSelect,
      });
      return { message: inserted.message, conversation };
    }, TX_OPTIONS);
    const message = toMessageDto(result.message);
    publishMessage(message, toConversationDto(result.conversation));
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
  if (created && conversation.priority === "URGENT") return urgentFromTopic(conversation.id, message?.body ?? "");
  return message ? botTurn(conversation.id, message.body) : null;
}

async function urgentFromTopic(conversationId: string, text: string): Promise<ConversationDto | null> {
  try {
    const prisma = await getPrisma();
    const chat = await prisma.conversation.findUniqueOrThrow({
      where: { id: conversationId },
      select: { locale: true, topicId: true },
    });
    const [config, topics] = await Promise.all([
      loadRoutingConfig(),
      prisma.topic.findMany({
        select: { id: true, slug: true, name: true, teamId: true, basePriority: true, keywords: true },
      }),
    ]);
    const locale = detectLanguage(text, toLocale(chat.locale));
    return await handOff(
      conversationId,
      "urgent",
      locale,
      topics,
      inferTopic(text, topics),
      chat.topicId,
      config.safetyArticleSlug,
    );
  } catch (error) {
    logger.error({ err: error, conversationId }, "urgent handoff failed");
    return null;
  }
}

/** The customer tapped "Talk to a human" (handoff.request): the bot hands over with its context. */
export async function handOffOnRequest(conversationId: string): Promise<ConversationDto | null> {
  const prisma = await getPrisma();
  const chat = await prisma.conversation.findFirst({
    where: { id: conversationId, status: "BOT" },
    select: { locale: true, topicId: true },
  });
  if (!chat) return null;
  const topics = await prisma.topic.findMany({
    select: { id: true, slug: true, name: true, teamId: true, basePriority: true, keywords: true },
  });
  const config = await loadRoutingConfig();
  return handOff(conversationId, "asked", toLocale(chat.locale), topics, null, chat.topicId, config.safetyArticleSlug);
}

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
