import type { Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import type { AgentStatus } from "@/lib/db/generated/enums";
import { rooms } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";
import { scheduleQueueBroadcast } from "@/lib/services/routing/broadcast-queue";
import { scheduleAutoAssign } from "@/lib/services/routing/auto-assign";

/** An agent goes online, away or offline; other agents see it live. */
export async function setAgentStatus({ actor, status }: { actor: Actor; status: AgentStatus }): Promise<AgentStatus> {
  const agent = requireAgent(actor);
  const prisma = await getPrisma();
  const profile = await prisma.agentProfile.upsert({
    where: { userId: agent.id },
    create: { userId: agent.id, status },
    update: { status, statusChangedAt: new Date() },
  });
  publish(rooms.agents, "agent.status.changed", { agentId: agent.id, status: profile.status });
  // Someone new can take chats (routing), and every waiting customer's estimate changes either way.
  if (profile.status === "ONLINE") await scheduleAutoAssign();
  scheduleQueueBroadcast();
  return profile.status;
}
