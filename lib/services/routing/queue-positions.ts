import { STAFF_ROLES } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { estimateWait, orderQueue, queueScore, type Eta, type Priority } from "@/lib/routing/queue-math";
import { loadRoutingConfig, type RoutingConfig } from "./routing-settings";

export type QueuePosition = {
  conversationId: string;
  customerId: string;
  customerName: string;
  /** The chat's team; a chat without one is the general team's. */
  teamId: string | null;
  priority: Priority;
  queuedAt: Date;
  position: number;
  eta: Eta;
};

type QueuedRow = {
  id: string;
  customerId: string;
  teamId: string | null;
  priority: string;
  queuedAt: Date | null;
  createdAt: Date;
  vipLevel: number;
  customerName: string;
};

/** Recently closed chats measured for the handle time: the last N within a day. */
const HANDLE_SAMPLE = 100;
/** Arrivals over this window give the rate at which newcomers cut in ahead of a waiting customer. */
const ARRIVAL_WINDOW_MS = 10 * 60_000;

let inFlight: Promise<QueuePosition[]> | undefined;

/**
 * The queue's positions as of now, shared by the pushes that need them at the same moment (the queue's to customers
 * and the wallboard's estimates): one computation while it runs, whoever asks.
 */
export function currentQueuePositions(): Promise<QueuePosition[]> {
  inFlight ??= findQueuePositions().finally(() => (inFlight = undefined));
  return inFlight;
}

/**
 * Each waiting customer's place in line and honest wait: position among the chats the same agents serve (same
 * team; a chat without a team is the general team's), slots of the online agents who can take it, and the rolling
 * average handle time of that team's recently closed chats (the whole desk's when the team has too few).
 */
export async function findQueuePositions(now = new Date()): Promise<QueuePosition[]> {
  const prisma = await getPrisma();
  const [config, rows, profiles, general, closed, arrivals] = await Promise.all([
    loadRoutingConfig(),
    // The whole queue with its customers in one join (Prisma's relation read took most of this function's time).
    prisma.$queryRaw<QueuedRow[]>`
      SELECT c.id, c."customerId", c."teamId", c.priority::text AS priority, c."queuedAt", c."createdAt",
        u."vipLevel", u.name AS "customerName"
      FROM "Conversation" c JOIN "User" u ON u.id = c."customerId"
      WHERE c.status = 'QUEUED' AND c."assigneeId" IS NULL`,
    prisma.agentProfile.findMany({
      where: { status: "ONLINE", user: { role: { in: [...STAFF_ROLES] } } },
      select: {
        activeChats: true,
        maxConcurrentChats: true,
        user: { select: { teams: { select: { teamId: true } } } },
      },
    }),
    prisma.team.findUnique({ where: { slug: "general" }, select: { id: true } }),
    prisma.conversation.findMany({
      where: { status: "CLOSED", assignedAt: { not: null }, closedAt: { gte: new Date(now.getTime() - 86_400_000) } },
      orderBy: { closedAt: "desc" },
      take: HANDLE_SAMPLE,
      select: { teamId: true, assignedAt: true, closedAt: true },
    }),
    prisma.conversation.findMany({
      where: {
        queuedAt: { gte: new Date(now.getTime() - ARRIVAL_WINDOW_MS) },
        status: { in: ["QUEUED", "ACTIVE", "CLOSED"] },
      },
      select: { teamId: true, priority: true, customer: { select: { vipLevel: true } } },
      take: 5000,
    }),
  ]);
  const generalId = general?.id ?? null;
  const handle = averageHandle(closed, generalId);
  const queue = orderQueue(
    rows.map((r) => ({
      id: r.id,
      customerId: r.customerId,
      customerName: r.customerName,
      teamId: r.teamId ?? generalId,
      priority: r.priority as Priority,
      vipLevel: r.vipLevel,
      queuedAt: r.queuedAt ?? r.createdAt,
    })),
    now,
    config,
  );
  // Per team, computed once (not per waiting chat): the slots of the agents who serve it, with and without the general
  // team's once a chat has waited long enough to widen; the starting scores of its recent arrivals, ascending.
  const slots = new Map<string, { total: number; free: number }>();
  const slotsFor = (teamId: string | null, widened: boolean) => {
    const key = `${teamId}|${widened}`;
    let found = slots.get(key);
    if (!found) {
      const pool = profiles.filter((p) =>
        p.user.teams.some((t) => t.teamId === teamId || (widened && t.teamId === generalId)),
      );
      found = {
        total: pool.reduce((sum, p) => sum + p.maxConcurrentChats, 0),
        free: pool.reduce((sum, p) => sum + Math.max(0, p.maxConcurrentChats - p.activeChats), 0),
      };
      slots.set(key, found);
    }
    return found;
  };
  const entering = new Map<string | null, number[]>();
  for (const a of arrivals) {
    const teamId = a.teamId ?? generalId;
    const score = queueScore(
      { id: "", priority: a.priority as Priority, vipLevel: a.customer.vipLevel, queuedAt: now },
      now,
      config,
    );
    const scores = entering.get(teamId) ?? [];
    scores.push(score);
    entering.set(teamId, scores);
  }
  for (const scores of entering.values()) scores.sort((a, b) => a - b);
  const seen = new Map<string | null, number>();
  return queue.map((chat) => {
    const position = (seen.get(chat.teamId) ?? 0) + 1;
    seen.set(chat.teamId, position);
    const widened = now.getTime() - chat.queuedAt.getTime() >= config.widenAfterSeconds * 1000;
    const pool = slotsFor(chat.teamId, widened);
    // Newcomers of this team whose starting score beats this chat's score now will be served first.
    const mine = queueScore(chat, now, config);
    const scores = entering.get(chat.teamId) ?? [];
    const cutting = scores.length - firstAbove(scores, mine);
    const eta = estimateWait(
      {
        position,
        totalSlots: pool.total,
        freeSlots: pool.free,
        averageHandleSeconds: handle.get(chat.teamId) ?? handle.get("*") ?? null,
        overtakePerSecond: cutting / (ARRIVAL_WINDOW_MS / 1000),
      },
      config as RoutingConfig,
    );
    const { id, customerId, customerName, teamId, priority, queuedAt } = chat;
    return { conversationId: id, customerId, customerName, teamId, priority, queuedAt, position, eta };
  });
}

/** The index of the first of the ascending `scores` above `score` (their length when none is). */
function firstAbove(scores: number[], score: number): number {
  let low = 0;
  let high = scores.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (scores[mid] > score) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Average seconds from assignment to close, per team (5+ samples) and for the whole desk ("*"). */
function averageHandle(
  closed: { teamId: string | null; assignedAt: Date | null; closedAt: Date | null }[],
  generalId: string | null,
) {
  const sums = new Map<string, { total: number; n: number }>();
  for (const chat of closed) {
    if (!chat.assignedAt || !chat.closedAt) continue;
    const seconds = (chat.closedAt.getTime() - chat.assignedAt.getTime()) / 1000;
    for (const key of [chat.teamId ?? generalId ?? "*", "*"]) {
      const sum = sums.get(key) ?? { total: 0, n: 0 };
      sums.set(key, { total: sum.total + seconds, n: sum.n + 1 });
    }
  }
  const averages = new Map<string | null, number>();
  for (const [key, { total, n }] of sums) if (n >= 5 || key === "*") averages.set(key, total / n);
  return averages;
}
