import { beforeAll, describe, expect, it } from "vitest";
import { toActor, type Actor } from "@/lib/auth/actor";
import { chatEventsSettled, onChatEvent } from "@/lib/conversations/chat-events";
import { getPrisma } from "@/lib/db/client";
import type { BotMeta } from "@/lib/contracts/bot";
import { botTurn } from "@/lib/services/bot/reply-as-bot";
import { registerChatReactions } from "@/lib/services/chat-reactions";
import { acceptConversation } from "@/lib/services/chat/accept-conversation";
import { requestHandoff } from "@/lib/services/bot/request-handoff";
import { sendMessage } from "@/lib/services/chat/send-message";
import { startConversation } from "@/lib/services/chat/start-conversation";
import { suggestArticles } from "@/lib/services/chat/suggest-articles";
import type { Locale } from "@/lib/i18n/locales";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { createUser } from "../factories/users";

beforeAll(async () => {
  await seedDemo(await getPrisma());
}, 120_000);

const customer = async (locale = "en") => toActor(await createUser({ name: "Bea Bot-Tester", locale }));

async function start(actor: Actor, body: string, locale: Locale = "en", topic?: string) {
  return startConversation({
    actor,
    locale,
    ip: "127.0.0.1",
    topic,
    message: { clientId: crypto.randomUUID(), body, attachmentIds: [] },
  });
}

async function botLines(conversationId: string) {
  const prisma = await getPrisma();
  const rows = await prisma.message.findMany({ where: { conversationId, authorKind: "BOT" }, orderBy: { seq: "asc" } });
  return rows.map((m) => ({ body: m.body, meta: m.meta as unknown as BotMeta }));
}

/** A customer's message, then whatever the bot and the urgent lane do with it (they react after the acknowledgement). */
async function say(actor: Actor, conversationId: string, body: string) {
  const message = await sendMessage({ actor, conversationId, clientId: crypto.randomUUID(), body });
  await chatEventsSettled(conversationId);
  return message;
}

describe("the bot answers from the knowledge base", () => {
  it("answers an English question with the best article's title, an excerpt, a link and quick replies", async () => {
    const { conversation } = await start(await customer(), "My deposit hasn't arrived yet");
    expect(conversation.status).toBe("BOT");
    const [line] = await botLines(conversation.id);
    expect(line.meta).toMatchObject({ bot: "answer", quickReplies: ["solved", "human"] });
    expect(line.meta.articles[0]).toMatchObject({ slug: "missing-deposit", url: "/help/articles/missing-deposit" });
    expect(line.body).toContain("My deposit hasn't arrived — what should I do?");
    expect(line.body).toContain("/help/articles/missing-deposit");
  });

  it("answers in Chinese from the Chinese articles", async () => {
    const { conversation } = await start(await customer("zh-CN"), "提现手续费是多少", "zh-CN");
    const [line] = await botLines(conversation.id);
    expect(line.meta.articles[0].slug).toBe("withdrawal-fees");
    expect(line.body).toContain("提现手续费是多少");
    expect(line.body).toContain("阅读全文");
  });

  it("says thanks when the answer solved it, and the chat stays with the bot", async () => {
    const actor = await customer();
    const { conversation } = await start(actor, "How do I withdraw crypto?");
    await say(actor, conversation.id, "This solved it");
    const lines = await botLines(conversation.id);
    expect(lines.map((l) => l.meta.bot)).toEqual(["answer", "solved"]);
  });

  it("hands off after two questions it cannot answer, with the context for the agent", async () => {
    const actor = await customer();
    const { conversation } = await start(actor, "zxqv blorp wibble");
    expect((await botLines(conversation.id)).map((l) => l.meta.bot)).toEqual(["miss"]);
    await say(actor, conversation.id, "quux flarn snorgle");
    const prisma = await getPrisma();
    const after = await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(after.status).toBe("QUEUED");
    const lines = await botLines(conversation.id);
    expect(lines.at(-1)?.meta).toMatchObject({ bot: "handoff", reason: "misses" });
  });

  it("hands off when the customer asks for a person, carrying the inferred topic and the articles offered", async () => {
    const actor = await customer("zh-CN");
    const { conversation } = await start(actor, "充值未到账怎么办", "zh-CN");
    await say(actor, conversation.id, "转人工");
    const prisma = await getPrisma();
    const after = await prisma.conversation.findUniqueOrThrow({
      where: { id: conversation.id },
      include: { topic: true, team: true },
    });
    expect(after).toMatchObject({
      status: "QUEUED",
      priority: "HIGH",
      topic: { slug: "deposits" },
      team: { slug: "deposits-withdrawals" },
    });
    const handoff = (await botLines(conversation.id)).at(-1)!;
    expect(handoff.meta).toMatchObject({ bot: "handoff", reason: "asked", topic: { slug: "deposits" } });
    expect((handoff.meta.offered ?? []).map((a) => a.slug)).toContain("missing-deposit");
    expect(handoff.body).toContain("人工客服");
  });

  it("the quick reply 'Talk to a human' (handoff.request) queues the chat", async () => {
    const actor = await customer();
    const { conversation } = await start(actor, "How do I withdraw crypto?");
    const queued = await requestHandoff({ actor, conversationId: conversation.id });
    expect(queued.status).toBe("QUEUED");
    expect(queued.queuedAt).not.toBeNull();
  });
});

describe("the urgent lane", () => {
  it("skips the bot for a compromised account: account-security team, URGENT, safety steps shown", async () => {
    const { conversation } = await start(await customer("zh-CN"), "我的账户被盗了，有人在提币！", "zh-CN");
    expect(conversation).toMatchObject({ status: "QUEUED", priority: "URGENT" });
    const prisma = await getPrisma();
    const row = await prisma.conversation.findUniqueOrThrow({
      where: { id: conversation.id },
      include: { team: true },
    });
    expect(row.team?.slug).toBe("account-security");
    const lines = await botLines(conversation.id);
    expect(lines).toHaveLength(1);
    expect(lines[0].meta).toMatchObject({
      bot: "urgent",
      articles: [{ slug: "account-compromised", url: "/help/articles/account-compromised" }],
    });
  });

  it("also when the customer picks the compromised-account topic, whatever they write", async () => {
    const { conversation } = await start(await customer(), "hello", "en", "account-compromised");
    expect(conversation).toMatchObject({ status: "QUEUED", priority: "URGENT" });
  });
});

describe("escalation while waiting", () => {
  it("moves a waiting chat to the urgent lane when the customer writes that the account was hacked", async () => {
    const actor = await customer();
    const { conversation } = await start(actor, "I need a human about my deposit");
    expect(conversation).toMatchObject({ status: "QUEUED", priority: "HIGH" }); // the deposits topic, inferred
    await say(actor, conversation.id, "Wait — someone hacked my account and withdrew everything");
    const prisma = await getPrisma();
    const row = await prisma.conversation.findUniqueOrThrow({
      where: { id: conversation.id },
      include: { team: true },
    });
    expect(row).toMatchObject({ status: "QUEUED", priority: "URGENT", team: { slug: "account-security" } });
  });
});

describe("after an agent joins, the bot never speaks again", () => {
  it("stays silent whatever the customer writes", async () => {
    const actor = await customer();
    const { conversation } = await start(actor, "agent please");
    const agent = toActor(await createUser({ role: "AGENT", name: "Ann Agent" }));
    await acceptConversation({ actor: agent, conversationId: conversation.id });
    const before = (await botLines(conversation.id)).length;
    for (const text of ["How do I withdraw crypto?", "zxqv blorp", "human", "my account was hacked"])
      await say(actor, conversation.id, text);
    expect((await botLines(conversation.id)).length).toBe(before);
  });
});

describe("article suggestions for the agent", () => {
  it("ranks the help center against what the customer wrote, in the customer's language; customers are refused", async () => {
    const asker = await customer("ru");
    const { conversation } = await start(asker, "хочу подключить гугл аутентификатор на акк", "ru");
    await chatEventsSettled(conversation.id);
    const agent = toActor(await createUser({ role: "AGENT", name: "Sasha Suggest" }));
    const [first] = await suggestArticles({ actor: agent, conversationId: conversation.id });
    expect(first).toEqual({
      slug: "enable-2fa",
      title: "Как включить двухфакторную аутентификацию (Google Authenticator)",
      path: "/help/articles/enable-2fa",
    });
    await expect(suggestArticles({ actor: asker, conversationId: conversation.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("the acknowledgement waits for no reaction", () => {
  it("stores and answers the customer's message before the bot has turned", async () => {
    const actor = await customer();
    const { conversation } = await start(actor, "How do I withdraw crypto?");
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The bot's turn, held until the acknowledgement has been checked.
    onChatEvent("bot", async (event) => {
      await held;
      if (event.kind === "message") await botTurn(event.conversation.id, event.message.body);
    });
    try {
      const message = await sendMessage({
        actor,
        conversationId: conversation.id,
        clientId: crypto.randomUUID(),
        body: "zxqv blorp wibble",
      });
      expect(message.seq).toBeGreaterThan(0);
      expect((await botLines(conversation.id)).map((l) => l.meta.bot)).toEqual(["answer"]); // not yet the "miss"
    } finally {
      release();
      await chatEventsSettled(conversation.id);
      registerChatReactions();
    }
    expect((await botLines(conversation.id)).map((l) => l.meta.bot)).toEqual(["answer", "miss"]);
  });
});
