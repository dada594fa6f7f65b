import type { Locale } from "@/lib/i18n/locales";
import { rankForBot } from "@/lib/bot/bot-index";
import { decideBotReply, type BotArticle, type BotIntent } from "@/lib/bot/decide-bot-reply";
import { detectLanguage } from "@/lib/bot/detect-language";
import { loadBotIndex } from "./load-bot-index";

export type Understanding = { locale: Locale; intent: BotIntent };

export type UnderstandInput = {
  text: string;
  /** The chat's language (the account's or the widget's): used only when the message itself does not tell. */
  chatLocale: Locale;
  botMisses: number;
  urgentKeywords: string[];
  minScore: number;
};

/**
 * What one customer message asks and the language to answer in (the message's own, not the account's). Reads the
 * knowledge base, writes nothing: the chat and bench:bot call the same function.
 */
export async function understandMessage(input: UnderstandInput): Promise<Understanding> {
  const locale = detectLanguage(input.text, input.chatLocale);
  const decide = (results: BotArticle[]) =>
    decideBotReply({
      text: input.text,
      results,
      botMisses: input.botMisses,
      urgentKeywords: input.urgentKeywords,
      minScore: input.minScore,
    });
  let intent = decide([]);
  if (intent.kind === "miss" || (intent.kind === "human" && intent.reason === "misses")) {
    const ranked = rankForBot(await loadBotIndex(), input.text.slice(0, 500), locale);
    intent = decide(ranked.map((r) => ({ slug: r.slug, title: r.title, snippet: r.body, score: r.score })));
  }
  return { locale, intent };
}
