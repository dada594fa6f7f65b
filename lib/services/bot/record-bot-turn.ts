import { getPrisma } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { logger } from "@/lib/logger";
import type { BotIntent } from "@/lib/bot/decide-bot-reply";

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
export async function recordBotTurn(conversationId: string, text: string, locale: Locale, intent: BotIntent) {
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
