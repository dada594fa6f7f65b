import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { withLocalizedName } from "@/lib/db/localized";

/** Counts and the routing table for the admin overview. */
export async function getOverview({ actor }: { actor: Actor }) {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const [users, categories, teams, topics] = await Promise.all([
    prisma.user.count({ where: { isGuest: false } }),
    prisma.category.count(),
    prisma.team.findMany({ orderBy: { slug: "asc" }, include: { _count: { select: { members: true } } } }),
    prisma.topic.findMany({ orderBy: { sortOrder: "asc" }, include: { team: true } }),
  ]);
  return {
    users,
    categories,
    teams: teams.map(withLocalizedName),
    topics: topics.map((topic) => ({ ...withLocalizedName(topic), team: withLocalizedName(topic.team) })),
  };
}
