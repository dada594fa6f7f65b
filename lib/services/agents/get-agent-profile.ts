import type { Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { withLocalizedName } from "@/lib/db/localized";

/** The agent's presence, capacity and teams (created on first use for agents made outside the seed). */
export async function getAgentProfile({ actor }: { actor: Actor }) {
  const agent = requireAgent(actor);
  const prisma = await getPrisma();
  const [profile, teams] = await Promise.all([
    prisma.agentProfile.upsert({ where: { userId: agent.id }, create: { userId: agent.id }, update: {} }),
    prisma.team.findMany({ where: { members: { some: { userId: agent.id } } }, orderBy: { slug: "asc" } }),
  ]);
  return { ...profile, teams: teams.map(withLocalizedName) };
}
