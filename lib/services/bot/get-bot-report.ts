import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";

const TOP = 20;

export type BotReport = {
  chats: number;
  solved: number;
  /** Chats the bot solved ("Did this help?" → yes) ÷ chats started. */
  deflectionRate: number;
  answered: number;
  missed: { text: string; locale: string; count: number; lastAt: Date | null }[];
};

/** Admins only. Over the last `days`: how many chats the bot solved, and the questions it could not answer. */
export async function getBotReport({ actor, days }: { actor: Actor | null; days: number }): Promise<BotReport> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const since = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  const [chats, solved, answered, missed] = await Promise.all([
    prisma.conversation.count({ where: { createdAt: { gte: since } } }),
    prisma.conversation.count({ where: { createdAt: { gte: since }, botSolvedAt: { not: null } } }),
    prisma.botTurn.count({ where: { createdAt: { gte: since }, outcome: "ANSWERED" } }),
    prisma.botTurn.groupBy({
      by: ["text", "locale"],
      where: { createdAt: { gte: since }, outcome: "MISSED" },
      _count: { _all: true },
      _max: { createdAt: true },
      orderBy: [{ _count: { text: "desc" } }, { text: "asc" }],
      take: TOP,
    }),
  ]);
  return {
    chats,
    solved,
    deflectionRate: chats ? solved / chats : 0,
    answered,
    missed: missed.map((row) => ({
      text: row.text,
      locale: row.locale,
      count: row._count._all,
      lastAt: row._max.createdAt,
    })),
  };
}
