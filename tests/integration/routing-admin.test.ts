import { describe, expect, it } from "vitest";
import { toActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { requestHandoff } from "@/lib/services/bot/request-handoff";
import { startConversation } from "@/lib/services/chat/start-conversation";
import { getRoutingAdmin, updateRoutingAdmin } from "@/lib/services/routing/routing-admin";
import { loadRoutingConfig } from "@/lib/services/routing/routing-settings";
import { createTopic } from "../factories/tickets";
import { createActor, createUser } from "../factories/users";

describe("routing settings (admin)", () => {
  it("saves topics, capacity and thresholds; the bot infers the topic from the new keywords; only admins may", async () => {
    const admin = await createActor({ role: "ADMIN", name: "Ada Router" });
    const { topic } = await createTopic();
    const { team: other } = await createTopic();
    const agent = await createActor({ role: "AGENT", name: "Cap Agent" });
    const view = await getRoutingAdmin({ actor: admin });
    const keyword = `zorblax${Date.now()}`;
    const settings = {
      topics: view.topics.map((t) =>
        t.id === topic.id ? { ...t, teamId: other.id, basePriority: "HIGH" as const, keywords: [keyword, keyword] } : t,
      ),
      agents: view.agents.map((a) => (a.userId === agent.id ? { ...a, maxConcurrentChats: 7 } : a)),
      thresholds: { ...view.thresholds, overflowSeconds: 1200, longerThanUsualSeconds: 480 },
    };
    await expect(updateRoutingAdmin({ actor: agent, settings })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      updateRoutingAdmin({
        actor: admin,
        settings: { ...settings, thresholds: { ...settings.thresholds, overflowSeconds: 60 } },
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { "thresholds.overflowSeconds": "routingOverflowBelowLonger" },
    });

    await updateRoutingAdmin({ actor: admin, settings });
    const prisma = await getPrisma();
    expect(await prisma.topic.findUniqueOrThrow({ where: { id: topic.id } })).toMatchObject({
      teamId: other.id,
      basePriority: "HIGH",
      keywords: [keyword],
    });
    expect((await prisma.agentProfile.findUniqueOrThrow({ where: { userId: agent.id } })).maxConcurrentChats).toBe(7);
    expect(await loadRoutingConfig()).toMatchObject({ overflowSeconds: 1200, longerThanUsualSeconds: 480 });
    expect(await prisma.auditEvent.count({ where: { actorId: admin.id, action: "routing.settings.updated" } })).toBe(1);

    // A customer mentioning the keyword is routed to the topic's new team at its new priority.
    const customer = toActor(await createUser());
    const { conversation } = await startConversation({
      actor: customer,
      locale: "en",
      ip: "127.0.0.1",
      message: { clientId: crypto.randomUUID(), body: `my ${keyword} broke`, attachmentIds: [] },
    });
    const queued = await requestHandoff({ actor: customer, conversationId: conversation.id });
    expect(queued).toMatchObject({ status: "QUEUED", topicId: topic.id, teamId: other.id, priority: "HIGH" });
  });
});
