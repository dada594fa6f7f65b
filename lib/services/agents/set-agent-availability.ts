import { isAdmin, type Actor } from "@/lib/auth/actor";
import { requireSupervisor } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AgentAvailabilityDto, SetAgentAvailabilityInput } from "@/lib/contracts/agent";
import { rooms } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";
import { scheduleAutoAssign } from "@/lib/services/routing/auto-assign";
import { scheduleQueueBroadcast } from "@/lib/services/routing/broadcast-queue";

/**
 * A supervisor sets a colleague's status (sends an agent who walked away offline, so customers stop waiting for
 * them) or chat capacity. Supervisors reach the agents who share one of their teams; admins everyone on staff.
 */
export async function setAgentAvailability({
  actor,
  agentId,
  status,
  maxConcurrentChats,
}: { actor: Actor } & SetAgentAvailabilityInput): Promise<AgentAvailabilityDto> {
  const supervisor = requireSupervisor(actor);
  const prisma = await getPrisma();
  const reach = isAdmin(supervisor)
    ? {}
    : { user: { teams: { some: { team: { members: { some: { userId: supervisor.id } } } } } } };
  const changed = await prisma.agentProfile.updateMany({
    where: { userId: agentId, ...reach },
    data: {
      ...(status ? { status, statusChangedAt: new Date() } : {}),
      ...(maxConcurrentChats !== undefined ? { maxConcurrentChats } : {}),
    },
  });
  if (changed.count === 0) throw new AppError("NOT_FOUND", "agentNotFound");
  const profile = await prisma.agentProfile.findUniqueOrThrow({
    where: { userId: agentId },
    select: { status: true, maxConcurrentChats: true, activeChats: true },
  });
  if (status) publish(rooms.agents, "agent.status.changed", { agentId, status: profile.status });
  // A free slot or a new online agent can take a waiting chat; every waiting customer's estimate changes either way.
  await scheduleAutoAssign();
  scheduleQueueBroadcast();
  return { agentId, ...profile };
}
