import { describe, expect, it } from "vitest";
import { toActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { acceptConversation } from "@/lib/services/chat/accept-conversation";
import { closeConversation } from "@/lib/services/chat/close-conversation";
import { markRead } from "@/lib/services/chat/mark-read";
import { sendMessage } from "@/lib/services/chat/send-message";
import { transferConversation } from "@/lib/services/chat/transfer-conversation";
import { queuedChat } from "../factories/chat";
import { createTeam, createUser } from "../factories/users";

async function agentWith(max: number, status: "ONLINE" | "AWAY" | "OFFLINE" = "ONLINE") {
  const agent = toActor(await createUser({ role: "AGENT", name: `Agent ${max}` }));
  const prisma = await getPrisma();
  await prisma.agentProfile.update({ where: { userId: agent.id }, data: { maxConcurrentChats: max, status } });
  return agent;
}

async function slots(agentId: string) {
  const prisma = await getPrisma();
  return (await prisma.agentProfile.findUniqueOrThrow({ where: { userId: agentId } })).activeChats;
}

const customer = async () => toActor(await createUser());

describe("accepting", () => {
  it("lets exactly one of several agents racing for a chat take it, and counts only the winner's slot", async () => {
    const chat = await queuedChat(await customer(), "help");
    const agents = await Promise.all([agentWith(3), agentWith(3), agentWith(3), agentWith(3)]);
    const results = await Promise.allSettled(
      agents.map((agent) => acceptConversation({ actor: agent, conversationId: chat.id })),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const lost of results.filter((r) => r.status === "rejected")) {
      expect((lost as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", messageKey: "alreadyTaken" });
    }
    const counts = await Promise.all(agents.map((a) => slots(a.id)));
    expect(counts.sort()).toEqual([0, 0, 0, 1]);
    const prisma = await getPrisma();
    expect(await prisma.message.count({ where: { conversationId: chat.id, authorKind: "SYSTEM" } })).toBe(1);
  });

  it("never takes an agent past maxConcurrentChats, even when they accept several at once", async () => {
    const agent = await agentWith(2);
    const chats = await Promise.all(Array.from({ length: 5 }, async () => queuedChat(await customer())));
    const results = await Promise.allSettled(
      chats.map((c) => acceptConversation({ actor: agent, conversationId: c.id })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(
      results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.messageKey),
    ).toEqual(["atCapacity", "atCapacity", "atCapacity"]);
    expect(await slots(agent.id)).toBe(2);
    const prisma = await getPrisma();
    expect(
      await prisma.conversation.count({
        where: { id: { in: chats.map((c) => c.id) }, status: "QUEUED", assigneeId: null },
      }),
    ).toBe(3);
  });
});

describe("transfer and close keep every agent's slot count right", () => {
  it("moves a chat to another agent, back to a team's queue, and closes it", async () => {
    const [first, second] = [await agentWith(4), await agentWith(1)];
    const offline = await agentWith(4, "OFFLINE");
    const chat = await queuedChat(await customer(), "I need help with futures");
    await acceptConversation({ actor: first, conversationId: chat.id });
    expect(await slots(first.id)).toBe(1);

    await expect(
      transferConversation({ actor: second, conversationId: chat.id, toAgentId: second.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      transferConversation({ actor: first, conversationId: chat.id, toAgentId: offline.id }),
    ).rejects.toMatchObject({
      messageKey: "transferTargetUnavailable",
    });
    const moved = await transferConversation({ actor: first, conversationId: chat.id, toAgentId: second.id });
    expect(moved).toMatchObject({ status: "ACTIVE", assigneeId: second.id });
    expect([await slots(first.id), await slots(second.id)]).toEqual([0, 1]);
    // The first agent can no longer reply publicly, only add notes.
    await expect(
      sendMessage({ actor: first, conversationId: chat.id, clientId: crypto.randomUUID(), body: "still here" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    // The second agent is full: a transfer to them fails and changes nothing.
    const other = await queuedChat(await customer());
    await acceptConversation({ actor: first, conversationId: other.id });
    await expect(
      transferConversation({ actor: first, conversationId: other.id, toAgentId: second.id }),
    ).rejects.toMatchObject({
      messageKey: "transferTargetFull",
    });
    expect([await slots(first.id), await slots(second.id)]).toEqual([1, 1]);

    const team = await createTeam("trading");
    const queued = await transferConversation({ actor: second, conversationId: chat.id, toTeamId: team.id });
    expect(queued).toMatchObject({ status: "QUEUED", assigneeId: null, teamId: team.id });
    expect(await slots(second.id)).toBe(0);

    await acceptConversation({ actor: second, conversationId: chat.id });
    const closed = await closeConversation({ actor: second, conversationId: chat.id });
    expect(closed.status).toBe("CLOSED");
    expect(await slots(second.id)).toBe(0);
    await expect(closeConversation({ actor: second, conversationId: chat.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    const prisma = await getPrisma();
    const events = await prisma.message.findMany({
      where: { conversationId: chat.id, authorKind: "SYSTEM" },
      orderBy: { seq: "asc" },
    });
    expect(events.map((m) => (m.meta as { event: string }).event)).toEqual([
      "agent_joined",
      "transferred_agent",
      "transferred_team",
      "agent_joined",
      "closed",
    ]);
  });
});

describe("read positions", () => {
  it("move forward only, never past the last message, and only the assignee's reading counts for the agent side", async () => {
    const person = await customer();
    const chat = await queuedChat(person, "one");
    const agent = await agentWith(3);
    const onlooker = await agentWith(3);
    const accepted = await acceptConversation({ actor: agent, conversationId: chat.id });
    // The bot's lines (its reply, the handoff) come before the agent joined: the last seq is that of "joined".
    const last = accepted.lastSeq;
    expect(await markRead({ actor: person, conversationId: chat.id, seq: 99 })).toBe(last);
    expect(await markRead({ actor: person, conversationId: chat.id, seq: 1 })).toBeNull();
    expect(await markRead({ actor: onlooker, conversationId: chat.id, seq: last })).toBeNull();
    expect(await markRead({ actor: agent, conversationId: chat.id, seq: 1 })).toBe(1);
    const prisma = await getPrisma();
    expect(await prisma.conversation.findUniqueOrThrow({ where: { id: chat.id } })).toMatchObject({
      customerLastReadSeq: last,
      agentLastReadSeq: 1,
    });
  });
});
