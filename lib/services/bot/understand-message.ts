import type { Locale } from "@/lib/i18n/locales";
import { searchArticles } from "@/lib/services/kb/search-articles";
import { decideBotReply, type BotArticle, type BotIntent } from "./decide-bot-reply";

export type Understanding = { locale: Locale; intent: BotIntent };

export type UnderstandInput = {
  text: string;
  /** The chat's language (the account's or the widget's). */
  chatLocale: Locale;
  botMisses: number;
  urgentKeywords: string[];
  minScore: number;
};

const plain = (snippet: string) =>
  snippet.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/** What one customer message asks and in which language the bot answers it. Reads the knowledge base, writes nothing. */
export async function understandMessage(input: UnderstandInput): Promise<Understanding> {
  const locale = input.chatLocale;
  const decide = (results: BotArticle[]) =>
    decideBotReply({ text: input.text, results, botMisses: input.botMisses, urgentKeywords: input.urgentKeywords, minScore: input.minScore });
  let intent = decide([]);
  if (intent.kind === "miss" || (intent.kind === "human" && intent.reason === "misses")) {
    const found = await searchArticles({ actor: null, q: input.text.slice(0, 200), locale, limit: 3, log: false });
    intent = decide(found.results.map((r) => ({ slug: r.slug, title: r.title, snippet: plain(r.snippet), score: r.score })));
  }
  return { locale, intent };
}
