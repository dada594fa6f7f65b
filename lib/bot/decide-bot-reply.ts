import { LOCALES } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { isPreventionQuestion, soundsUrgent } from "./urgency";

/** The chat's quick replies as every language words them: a tap sends that text, so the bot must know it. */
const quickReplies = (pick: (m: (typeof messages)["en"]) => string[]) =>
  LOCALES.flatMap((locale) => pick(messages[locale]));
const QUICK_SOLVED = quickReplies((m) => [m.bot.quickSolved, m.routing.quickSolved]);
const QUICK_HUMAN = quickReplies((m) => [m.bot.quickHuman, m.routing.quickHuman]);
const QUICK_UNHELPFUL = quickReplies((m) => [m.botAnswers.quickNo]);

/** What the bot does with one customer message. Pure: the service runs the search and applies the decision. */
export type BotIntent =
  | { kind: "urgent" }
  | { kind: "human"; reason: "asked" | "misses" }
  | { kind: "answer"; article: BotArticle; others: BotArticle[] }
  | { kind: "miss" }
  | { kind: "solved" }
  | { kind: "unhelpful" };

export type BotArticle = { slug: string; title: string; snippet: string; score: number };

export type BotInput = {
  text: string;
  /** Search results for the text, best first. */
  results: BotArticle[];
  /** Misses so far in this chat (before this message). */
  botMisses: number;
  /** Keywords of URGENT topics (admin-defined) plus the built-in ones. */
  urgentKeywords: string[];
  /** Minimum search score for an answer the bot stands behind. */
  minScore: number;
  /** Misses after which the bot hands off (the issue says two). */
  maxMisses?: number;
};

/** Phrases asking for a person. Short Chinese words match anywhere; English ones on word boundaries. */
export const HUMAN_PHRASES_ZH = ["转人工", "人工客服", "人工服务", "人工", "真人", "客服", "找人工", "接人工"];
export const HUMAN_PHRASES_RU = [
  "оператор",
  "живой человек",
  "живого человека",
  "человеком",
  "живым",
  "позовите человека",
  "позвать человека",
  "сотрудник",
  "менеджер",
  "специалист",
  "живая поддержка",
];
export const HUMAN_PHRASES_EN = [
  "talk to a human",
  "human",
  "agent",
  "real person",
  "a person",
  "someone real",
  "representative",
  "operator",
  "live support",
  "live chat",
  "customer service",
  "talk to someone",
  "speak to someone",
];

/** "This solved it": the quick reply's text in every language, and what customers type. */
export const SOLVED_PHRASES = [...QUICK_SOLVED, "solved", "已解决", "解决了", "помогло", "решено", "вопрос решен"];

const normalize = (text: string) => text.normalize("NFKC").toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();

function containsPhrase(text: string, phrase: string): boolean {
  const p = normalize(phrase);
  if (!p) return false;
  // Latin phrases must stand as words ("agent" is not "agentic", "human" not "humane"); CJK has no word breaks.
  if (/^[\x20-\x7e]+$/.test(p))
    return new RegExp(`(^|[^a-z0-9-])${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}s?($|[^a-z0-9-])`).test(text);
  return text.includes(p);
}

export function asksForHuman(text: string): boolean {
  const t = normalize(text);
  return [...QUICK_HUMAN, ...HUMAN_PHRASES_ZH, ...HUMAN_PHRASES_EN, ...HUMAN_PHRASES_RU].some((phrase) =>
    containsPhrase(t, phrase),
  );
}

/** A theft or takeover (families of phrasing, see urgency.ts), or an urgent topic's keyword outside a prevention question. */
export function isUrgent(text: string, urgentKeywords: string[] = []): boolean {
  if (soundsUrgent(text)) return true;
  const t = normalize(text);
  return urgentKeywords.some((phrase) => containsPhrase(t, phrase)) && !isPreventionQuestion(text);
}

/** "Did this help?" → no: the quick reply's text in every language, and what customers type. */
export const UNHELPFUL_PHRASES = [
  ...QUICK_UNHELPFUL,
  "не помогло",
  "это не помогло",
  "no, that didn't help",
  "that didn't help",
  "not helpful",
  "没有帮助",
  "没帮助",
  "没有解决",
  "没解决",
];

export function isUnhelpful(text: string): boolean {
  const t = normalize(text).replace(/[.!。！]+$/, "");
  return UNHELPFUL_PHRASES.some((phrase) => t === normalize(phrase));
}

export function isSolved(text: string): boolean {
  const t = normalize(text).replace(/[.!。！]+$/, "");
  return SOLVED_PHRASES.some((phrase) => t === normalize(phrase));
}

/** Urgent beats everything (a hacked account never waits on the bot); then a request for a person; then the KB. */
export function decideBotReply(input: BotInput): BotIntent {
  if (isUrgent(input.text, input.urgentKeywords)) return { kind: "urgent" };
  if (asksForHuman(input.text)) return { kind: "human", reason: "asked" };
  if (isSolved(input.text)) return { kind: "solved" };
  if (isUnhelpful(input.text)) return { kind: "unhelpful" };
  const confident = input.results.filter((result) => result.score >= input.minScore);
  if (confident.length) return { kind: "answer", article: confident[0], others: confident.slice(1, 3) };
  if (input.botMisses + 1 >= (input.maxMisses ?? 2)) return { kind: "human", reason: "misses" };
  return { kind: "miss" };
}

/** The topic whose keywords the text mentions most (ties: the higher priority, then the first). */
export function inferTopic<T extends { keywords: string[]; basePriority: string }>(
  text: string,
  topics: T[],
): T | null {
  const t = normalize(text);
  const rank = { URGENT: 3, HIGH: 2, NORMAL: 1, LOW: 0 } as Record<string, number>;
  let best: { topic: T; hits: number } | null = null;
  for (const topic of topics) {
    const hits = topic.keywords.filter((keyword) => containsPhrase(t, keyword)).length;
    if (!hits) continue;
    if (!best || hits > best.hits || (hits === best.hits && rank[topic.basePriority] > rank[best.topic.basePriority]))
      best = { topic, hits };
  }
  return best?.topic ?? null;
}
