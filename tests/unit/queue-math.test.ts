import { describe, expect, it } from "vitest";
import { rankCandidates } from "@/lib/services/routing/auto-assign";
import { DEFAULT_ROUTING, estimateWait, orderQueue, queueScore } from "@/lib/routing/queue-math";

const now = new Date("2026-01-01T12:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("queue order", () => {
  it("serves urgent, then VIP, then normal, then by time waited", () => {
    const queue = orderQueue(
      [
        { id: "normal-old", priority: "NORMAL" as const, vipLevel: 0, queuedAt: ago(2) },
        { id: "normal-new", priority: "NORMAL" as const, vipLevel: 0, queuedAt: ago(1) },
        { id: "vip", priority: "NORMAL" as const, vipLevel: 3, queuedAt: ago(0) },
        { id: "urgent", priority: "URGENT" as const, vipLevel: 0, queuedAt: ago(0) },
      ],
      now,
    );
    expect(queue.map((e) => e.id)).toEqual(["urgent", "vip", "normal-old", "normal-new"]);
  });

  it("ages: a normal chat that waited long enough overtakes fresh high-priority ones, so no one starves", () => {
    const old = { id: "old", priority: "LOW" as const, vipLevel: 0, queuedAt: ago(25) };
    const fresh = { id: "fresh", priority: "HIGH" as const, vipLevel: 0, queuedAt: ago(0) };
    expect(orderQueue([fresh, old], now).map((e) => e.id)).toEqual(["old", "fresh"]);
    // 10 points a minute: LOW (0) catches up with HIGH (200) after 20 minutes.
    expect(queueScore(old, now)).toBeCloseTo(250);
  });

  it("keeps a stable order for equal scores (earliest first, then id)", () => {
    const a = { id: "a", priority: "NORMAL" as const, vipLevel: 0, queuedAt: ago(1) };
    const b = { id: "b", priority: "NORMAL" as const, vipLevel: 0, queuedAt: ago(1) };
    expect(orderQueue([b, a], now).map((e) => e.id)).toEqual(["a", "b"]);
  });
});

describe("estimated wait", () => {
  it("is zero when a slot is free for this position", () => {
    expect(estimateWait({ position: 2, totalSlots: 8, freeSlots: 2, averageHandleSeconds: 300 })).toMatchObject({
      seconds: 0,
      label: "soon",
    });
  });

  it("grows with the line, shrinks with agents, never rounds down", () => {
    // 3 ahead of the free slots, 2 agents × 3 slots, 5 min per chat: (3 + 1) × 300 / 6 = 200 s, +50% = 300 s = 5 min.
    expect(estimateWait({ position: 3, totalSlots: 6, freeSlots: 0, averageHandleSeconds: 300 })).toMatchObject({
      seconds: 300,
      minutes: 5,
      label: "minutes",
    });
    expect(estimateWait({ position: 3, totalSlots: 12, freeSlots: 0, averageHandleSeconds: 300 }).seconds).toBe(150);
    expect(estimateWait({ position: 1, totalSlots: 100, freeSlots: 0, averageHandleSeconds: 10 }).minutes).toBe(1);
  });

  it("counts the arrivals who will cut in (urgent, VIP) while the customer waits", () => {
    // 6 slots / 300 s = 0.02 chats/s served; 0.01/s of them go to newcomers who outrank: the line moves half as fast.
    const calm = estimateWait({ position: 3, totalSlots: 6, freeSlots: 0, averageHandleSeconds: 300 });
    const surge = estimateWait({
      position: 3,
      totalSlots: 6,
      freeSlots: 0,
      averageHandleSeconds: 300,
      overtakePerSecond: 0.01,
    });
    expect(surge.seconds).toBe(2 * calm.seconds!);
  });

  it("says 'longer than usual' past the threshold and offers a message past the overflow threshold", () => {
    const long = estimateWait({ position: 20, totalSlots: 6, freeSlots: 0, averageHandleSeconds: 150 });
    expect(long.label).toBe("longer");
    expect(long.overflow).toBe(false);
    expect(estimateWait({ position: 60, totalSlots: 6, freeSlots: 0, averageHandleSeconds: 150 }).overflow).toBe(true);
  });

  it("has no estimate and offers a message when nobody who could take the chat is online", () => {
    expect(estimateWait({ position: 1, totalSlots: 0, freeSlots: 0, averageHandleSeconds: 300 })).toMatchObject({
      seconds: null,
      overflow: true,
    });
  });

  it("falls back to the default handle time before any chat was measured", () => {
    expect(estimateWait({ position: 1, totalSlots: 1, freeSlots: 0, averageHandleSeconds: null }).seconds).toBe(
      Math.ceil(2 * DEFAULT_ROUTING.defaultHandleSeconds * 1.5),
    );
  });
});

describe("choosing an agent", () => {
  const agent = (id: string, teamIds: string[], activeChats: number, idleMinutes: number | null, max = 4) => ({
    id,
    name: id,
    teamIds,
    activeChats,
    maxConcurrentChats: max,
    lastAssignedAt: idleMinutes === null ? null : ago(idleMinutes),
  });
  const chat = (teamId: string | null, waited: number) => ({
    id: "c",
    teamId,
    priority: "NORMAL" as const,
    vipLevel: 0,
    queuedAt: ago(waited),
  });
  const agents = [
    agent("busy", ["sec"], 3, 1),
    agent("idle", ["sec"], 1, 10),
    agent("recent", ["sec"], 1, 1),
    agent("full", ["sec"], 4, 30),
    agent("gen", ["general"], 0, 60),
  ];

  it("takes the team's least loaded agent, then the longest idle, never a full one", () => {
    expect(rankCandidates(chat("sec", 0), agents, now, DEFAULT_ROUTING, "general").map((a) => a.id)).toEqual([
      "idle",
      "recent",
      "busy",
    ]);
  });

  it("widens to the general team after the configured wait", () => {
    expect(rankCandidates(chat("sec", 3), agents, now, DEFAULT_ROUTING, "general").map((a) => a.id)).toEqual([
      "gen",
      "idle",
      "recent",
      "busy",
    ]);
  });

  it("routes a chat without a team to the general team", () => {
    expect(rankCandidates(chat(null, 0), agents, now, DEFAULT_ROUTING, "general").map((a) => a.id)).toEqual(["gen"]);
  });
});
