import { getPrisma } from "@/lib/db/client";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { cachedRead } from "@/lib/db/read-cache";
import { translator } from "@/lib/i18n/messages";
import { toLocale, type Locale } from "@/lib/i18n/locales";
import { asLocalizedText } from "@/lib/db/localized";
import { logger } from "@/lib/logger";
import type { BotMeta } from "@/lib/contracts/bot";
import type { ConversationDto } from "@/lib/contracts/chat";
import { enqueueConversation } from "@/lib/services/routing/enqueue-conversation";
import { loadRoutingConfig } from "@/lib/services/routing/routing-settings";
import { getPresence } from "@/lib/services/routing/get-presence";
import { inferTopic } from "@/lib/bot/decide-bot-reply";
import { detectLanguage } from "@/lib/bot/detect-language";
import { articleUrl, digestArticle, nobodyOnlineText, urgentText } from "./compose-answer";

/** The topics the bot routes by, as it reads them. */
const botTopicSelect = {
  id: true,
  slug: true,
  name: true,
  teamId: true,
  basePriority: true,
  keywords: true,
} as const;

export type TopicRow = {
  id: string;
  slug: string;
  name: Prisma.JsonValue;
  teamId: string;
  basePriority: "LOW" | "NORMAL" | "HIGH" | "URGENT";
  keywords: string[];
};

const readBotTopics = cachedRead(["Topic"], (prisma: PrismaClient) =>
  prisma.topic.findMany({ select: botTopicSelect, orderBy: { sortOrder: "asc" } }),
);

/** Every topic, in the admin's order: the bot reads them on each turn, an admin rarely changes them. */
export async function findBotTopics(): Promise<TopicRow[]> {
  return readBotTopics(await getPrisma());
}

/** The bot hands the chat to the agents' queue with its context: why, the topic, the articles it offered. */
export async function handOff(
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

/** A chat started on an urgent topic skips the bot: straight to the urgent lane with the safety steps. */
export async function handOffUrgentTopic(conversationId: string, text: string): Promise<ConversationDto | null> {
  try {
    const prisma = await getPrisma();
    const chat = await prisma.conversation.findUniqueOrThrow({
      where: { id: conversationId },
      select: { locale: true, topicId: true },
    });
    const [config, topics] = await Promise.all([loadRoutingConfig(), findBotTopics()]);
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
  const [topics, config] = await Promise.all([findBotTopics(), loadRoutingConfig()]);
  return handOff(conversationId, "asked", toLocale(chat.locale), topics, null, chat.topicId, config.safetyArticleSlug);
}
