import { STAFF_ROLES, type Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { asLocalizedText } from "@/lib/db/localized";
import type { AgentLoad, TeamOption } from "@/lib/realtime/chat-types";

export type { AgentLoad, TeamOption };

/** Every agent with presence and load (x of maxConcurrentChats), and every team: who a chat can go to. */
export async function findTransferTargets({
  actor,
}: {
  actor: Actor;
}): Promise<{ agents: AgentLoad[]; teams: TeamOption[] }> {
  requireAgent(actor);
  const prisma = await getPrisma();
  const [agents, teams] = await Promise.all([
    prisma.user.findMany({
      where: { role: { in: [...STAFF_ROLES] }, agentProfile: { isNot: null } },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        agentProfile: { select: { status: true, activeChats: true, maxConcurrentChats: true } },
        teams: { select: { teamId: true } },
      },
    }),
    prisma.team.findMany({ orderBy: { slug: "asc" }, select: { id: true, slug: true, name: true } }),
  ]);
  return {
    agents: agents.map((a) => ({
      id: a.id,
      name: a.name,
      status: a.agentProfile!.status,
      activeChats: a.agentProfile!.activeChats,
      maxConcurrentChats: a.agentProfile!.maxConcurrentChats,
      teamIds: a.teams.map((t) => t.teamId),
    })),
    teams: teams.map((team) => ({ ...team, name: asLocalizedText(team.name) })),
  };
}
