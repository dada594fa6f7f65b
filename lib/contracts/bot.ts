import { z } from "zod";
import type { LocalizedText } from "@/lib/i18n/locales";

// The bot's admin-edited data: the domain glossary (one group of synonyms per line).

export const GLOSSARY_TEXT_MAX = 50_000;
export const GLOSSARY_GROUPS_MAX = 500;
export const GLOSSARY_TERMS_MAX = 40;

export const glossarySchema = z.object({ text: z.string().max(GLOSSARY_TEXT_MAX) });

export type GlossaryInput = z.output<typeof glossarySchema>;

/** GET /api/v1/chat/presence: whether someone of the team (by id; any team when absent) can answer now. */
export const presenceQuerySchema = z.object({ team: z.string().trim().max(40).optional() });

/** `nextStaffedAt`: when business hours say someone will be in (null: 24/7, or open now); `timeZone` of those hours. */
export type PresenceDto = { online: boolean; nextStaffedAt: string | null; timeZone: string | null };

/** What the bot attaches to its lines (Message.meta), for the chat's article cards, quick replies and the agent's hand-off context. */
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
