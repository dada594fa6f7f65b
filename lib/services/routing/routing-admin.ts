import { STAFF_ROLES, type Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { asLocalizedText } from "@/lib/db/localized";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import type { RoutingSettingsInput } from "@/lib/contracts/routing";
import type { LocalizedText } from "@/lib/i18n/locales";
import { scheduleQueueBroadcast } from "./broadcast-queue";
import { scheduleAutoAssign } from "./auto-assign";
import { loadRoutingConfig, ROUTING_KEY } from "./routing-settings";

export type RoutingAdminView = RoutingSettingsInput & {
  teams: { id: string; name: LocalizedText }[];
  topicNames: Record<string, LocalizedText>;
  agentNames: Record<string, { name: string; status: string; activeChats: number }>;
};

/** Everything the routing page edits, with the names to show. */
export async function getRoutingAdmin({ actor }: { actor: Actor }): Promise<RoutingAdminView> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const [config, topics, teams, profiles] = await Promise.all([
    loadRoutingConfig(),
    prisma.topic.findMany({ orderBy: [{ sortOrder: "asc" }, { slug: "asc" }] }),
    prisma.team.findMany({ orderBy: { slug: "asc" }, select: { id: true, name: true, autoAssignTickets: true } }),
    prisma.agentProfile.findMany({
      where: { user: { role: { in: [...STAFF_ROLES] } } },
      include: { user: { select: { name: true } } },
      orderBy: { user: { name: "asc" } },
      take: 1000,
    }),
  ]);
  return {
    topics: topics.map((t) => ({ id: t.id, teamId: t.teamId, basePriority: t.basePriority, keywords: t.keywords })),
    agents: profiles.map((p) => ({
      userId: p.userId,
      maxConcurrentChats: p.maxConcurrentChats,
      maxOpenTickets: p.maxOpenTickets,
    })),
    thresholds: {
      autoAssign: config.autoAssign,
      widenAfterSeconds: config.widenAfterSeconds,
      longerThanUsualSeconds: config.longerThanUsualSeconds,
      overflowSeconds: config.overflowSeconds,
      agingPointsPerMinute: config.agingPointsPerMinute,
      vipPoints: config.vipPoints,
      botMinScore: config.botMinScore,
    },
    teams: teams.map((team) => ({ id: team.id, name: asLocalizedText(team.name) })),
    ticketTeams: teams.map(({ id, autoAssignTickets }) => ({ id, autoAssignTickets })),
    topicNames: Object.fromEntries(topics.map((t) => [t.id, asLocalizedText(t.name)])),
    agentNames: Object.fromEntries(
      profiles.map((p) => [p.userId, { name: p.user.name, status: p.status, activeChats: p.activeChats }]),
    ),
  };
}

/** Saves the page in one transaction and records who changed it; routing and estimates pick it up at once. */
export async function updateRoutingAdmin({
  actor,
  settings,
}: {
  actor: Actor;
  settings: RoutingSettingsInput;
}): Promise<void> {
  const admin = requireAdmin(actor);
  if (settings.thresholds.overflowSeconds < settings.thresholds.longerThanUsualSeconds) {
    throw new AppError(
      "VALIDATION_FAILED",
      "VALIDATION_FAILED",
      {},
      { "thresholds.overflowSeconds": "routingOverflowBelowLonger" },
    );
  }
  const prisma = await getPrisma();
  const current = await loadRoutingConfig();
  const value: Prisma.InputJsonObject = { ...current, ...settings.thresholds };
  await prisma.$transaction(async (tx) => {
    for (const topic of settings.topics) {
      const keywords = [...new Set(topic.keywords)];
      await tx.topic.update({
        where: { id: topic.id },
        data: { teamId: topic.teamId, basePriority: topic.basePriority, keywords },
      });
    }
    for (const agent of settings.agents) {
      await tx.agentProfile.update({
        where: { userId: agent.userId },
        data: { maxConcurrentChats: agent.maxConcurrentChats, maxOpenTickets: agent.maxOpenTickets },
      });
    }
    for (const team of settings.ticketTeams ?? []) {
      await tx.team.update({ where: { id: team.id }, data: { autoAssignTickets: team.autoAssignTickets } });
    }
    await tx.setting.upsert({ where: { key: ROUTING_KEY }, create: { key: ROUTING_KEY, value }, update: { value } });
    await tx.auditEvent.create({
      data: { actorId: admin.id, action: "routing.settings.updated", targetType: "Setting", targetId: ROUTING_KEY },
    });
  });
  await scheduleAutoAssign();
  scheduleQueueBroadcast();
}
