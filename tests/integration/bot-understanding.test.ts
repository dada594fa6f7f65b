import { beforeAll, describe, expect, it } from "vitest";
import { toActor, type Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { BotMeta } from "@/lib/contracts/bot";
import { getBotReport } from "@/lib/services/bot/get-bot-report";
import { getGlossaryText, saveGlossary } from "@/lib/services/bot/glossary-admin";
import { chatEventsSettled } from "@/lib/conversations/chat-events";
import { sendMessage } from "@/lib/services/chat/send-message";
import { searchArticles } from "@/lib/services/kb/search-articles";
import { updateArticle } from "@/lib/services/kb/update-article";
import { getPresence, nextStaffedAt } from "@/lib/services/routing/get-presence";
import { startConversation } from "@/lib/services/chat/start-conversation";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { createUser } from "../factories/users";

/** A customer's message, then the bot's turn (it reacts after the acknowledgement). */
async function say(actor: Actor, conversationId: string, body: string) {
  await sendMessage({ actor, conversationId, clientId: crypto.randomUUID(), body });
  await chatEventsSettled(conversationId);
}

beforeAll(async () => {
  await seedDemo(await getPrisma());
}, 120_000);

const customer = async (locale = "en") => toActor(await createUser({ name: "Uma Understood", locale }));

async function start(actor: Actor, body: string, locale: "en" | "zh-CN") {
  return startConversation({
    actor,
    locale,
    ip: "127.0.0.1",
    message: { clientId: crypto.randomUUID(), body, attachmentIds: [] },
  });
}

async function botLines(conversationId: string) {
  const prisma = await getPrisma();
  const rows = await prisma.message.findMany({ where: { conversationId, authorKind: "BOT" }, orderBy: { seq: "asc" } });
  return rows.map((m) => ({ body: m.body, meta: m.meta as unknown as BotMeta }));
}

describe("the bot understands the customer", () => {
  it("answers a Chinese question on an English account in Chinese, and the chat follows the customer's language", async () => {
    const { conversation } = await start(await customer("en"), "提币一直卡在审核中", "en");
    const [line] = await botLines(conversation.id);
    expect(line.meta.bot).toBe("answer");
    expect(line.meta.articles[0].slug).toBe("withdrawal-pending");
    expect(line.body).toContain("我在帮助中心找到了这篇文章");
    expect(line.body).toContain("[提现一直显示「审核中」或「处理中」怎么办](/help/articles/withdrawal-pending)");
    const row = await (await getPrisma()).conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(row.locale).toBe("zh-CN");
  });

  it("answers with the article's steps as a list and its small table as a table", async () => {
    const { conversation } = await start(await customer("zh-CN"), "whats the fee to withdraw usdt", "zh-CN");
    const [line] = await botLines(conversation.id);
    expect(line.meta.articles[0].slug).toBe("withdrawal-fees");
    expect(line.body).toMatch(/\n1\. .+\n2\. /);
    expect(line.meta.answer?.table?.head).toEqual(["Coin", "Network", "Fee (example)", "Minimum withdrawal (example)"]);
    expect(line.meta.answer?.table?.rows[0]).toEqual(["USDT", "TRC20", "1 USDT", "10 USDT"]);
  });

  it.each([
    ["en", "someone stole my coins"],
    ["en", "there's a withdrawal I didn't make"],
    ["zh-CN", "我的币被偷了"],
    ["zh-CN", "资金被盗"],
  ] as const)(
    "a theft message (%s: %s) takes the urgent lane, and the reply lists the safety steps",
    async (lang, text) => {
      const { conversation } = await start(
        await customer(lang === "en" ? "zh-CN" : "en"),
        text,
        lang === "en" ? "zh-CN" : "en",
      );
      expect(conversation).toMatchObject({ status: "QUEUED", priority: "URGENT" });
      const row = await (
        await getPrisma()
      ).conversation.findUniqueOrThrow({ where: { id: conversation.id }, include: { team: true } });
      expect(row.team?.slug).toBe("account-security");
      const [line] = await botLines(conversation.id);
      expect(line.meta.bot).toBe("urgent");
      expect(line.body).toMatch(/\n1\. .+\n2\. .+\n3\. /);
      expect(line.body).toContain(lang === "en" ? "account-security team" : "账户安全团队");
    },
  );

  it("treats a question about prevention as a question", async () => {
    const { conversation } = await start(await customer("en"), "how do I keep my account from being hacked", "en");
    expect(conversation.priority).not.toBe("URGENT");
    expect((await botLines(conversation.id))[0].meta.bot).toBe("answer");
  });

  it("records each turn and a solved answer for the help-center report", async () => {
    const actor = await customer("en");
    const { conversation } = await start(actor, "zxqv blorp wibble", "en");
    await say(actor, conversation.id, "how do I withdraw to my wallet");
    await say(actor, conversation.id, "This solved it");
    const prisma = await getPrisma();
    const turns = await prisma.botTurn.findMany({
      where: { conversationId: conversation.id },
      orderBy: { createdAt: "asc" },
    });
    expect(turns.map((t) => t.outcome)).toEqual(["MISSED", "ANSWERED"]);
    expect(
      (await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).botSolvedAt,
    ).not.toBeNull();
    const admin = toActor(await prisma.user.findUniqueOrThrow({ where: { email: "admin@beacon.test" } }));
    const report = await getBotReport({ actor: admin, days: 7 });
    expect(report.solved).toBeGreaterThanOrEqual(1);
    expect(report.deflectionRate).toBeCloseTo(report.solved / report.chats);
    expect(report.missed.map((m) => m.text)).toContain("zxqv blorp wibble");
    await expect(getBotReport({ actor, days: 7 })).rejects.toThrow();
  });
});

describe("did this help?", () => {
  it("a 'no' counts the answered question as missed in the report and offers a person", async () => {
    const actor = await customer("en");
    const { conversation } = await start(actor, "how do I withdraw to my wallet", "en");
    await say(actor, conversation.id, "No, that didn't help");
    const lines = await botLines(conversation.id);
    expect(lines.map((l) => l.meta.bot)).toEqual(["answer", "miss"]);
    expect(lines[1].meta.quickReplies).toEqual(["human"]);
    const turns = await (await getPrisma()).botTurn.findMany({ where: { conversationId: conversation.id } });
    expect(turns.map((t) => [t.text, t.outcome])).toEqual([["how do I withdraw to my wallet", "MISSED"]]);
  });
});

describe("what admins teach the bot", () => {
  const admin = async () =>
    toActor(await (await getPrisma()).user.findUniqueOrThrow({ where: { email: "admin@beacon.test" } }));

  it("the glossary widens help-center search: a synonym no article uses finds the article", async () => {
    const found = await searchArticles({ actor: null, q: "提款", locale: "zh-CN", log: false });
    expect(found.results.map((r) => r.slug)).toContain("how-to-withdraw");
    const perps = await searchArticles({ actor: null, q: "perps", locale: "en", log: false });
    expect(perps.results[0]?.slug).toBe("perpetual-futures-basics");
  });

  it("a glossary line saved by an admin is used by search and the bot from the next message", async () => {
    expect((await searchArticles({ actor: null, q: "zorbex", locale: "en", log: false })).results).toEqual([]);
    const { text } = await getGlossaryText({ actor: await admin() });
    await saveGlossary({ actor: await admin(), text: `${text}\nzorbex, staking` });
    expect((await searchArticles({ actor: null, q: "zorbex", locale: "en", log: false })).results[0]?.slug).toBe(
      "staking",
    );
    const { conversation } = await start(await customer("en"), "how does zorbex work", "en");
    expect((await botLines(conversation.id))[0].meta.articles[0].slug).toBe("staking");
  });

  it("customer questions an admin adds to an article make the bot answer with it", async () => {
    const prisma = await getPrisma();
    const article = await prisma.article.findUniqueOrThrow({
      where: { slug: "cookies" },
      include: { translations: true },
    });
    const en = article.translations.find((t) => t.locale === "en")!;
    await updateArticle({
      actor: await admin(),
      articleId: article.id,
      translations: { en: { title: en.title, body: en.body, questions: ["why does the site remember me"] } },
    });
    const saved = await prisma.articleTranslation.findUniqueOrThrow({ where: { id: en.id } });
    expect(saved.questions).toEqual(["why does the site remember me"]);
    const { conversation } = await start(await customer("en"), "why does the site remember me", "en");
    expect((await botLines(conversation.id))[0].meta.articles[0].slug).toBe("cookies");
    // A save without questions (an older client) keeps them.
    await updateArticle({
      actor: await admin(),
      articleId: article.id,
      translations: { en: { title: `${en.title}!`, body: en.body } },
    });
    expect((await prisma.articleTranslation.findUniqueOrThrow({ where: { id: en.id } })).questions).toEqual([
      "why does the site remember me",
    ]);
  });
});

describe("honest when nobody can answer", () => {
  const setAll = async (status: "ONLINE" | "OFFLINE") =>
    (await getPrisma()).agentProfile.updateMany({ data: { status } });

  it("says at once that nobody is online and offers to leave a message; with someone online it connects", async () => {
    await setAll("OFFLINE");
    expect(await getPresence()).toMatchObject({ online: false, nextStaffedAt: null });
    const first = await start(await customer("en"), "I want to talk to a human", "en");
    const [offline] = await botLines(first.conversation.id);
    expect(offline.body).toContain("Nobody from our team is online right now.");
    expect(offline.body).toContain("leave a message");
    expect(offline.body).not.toContain("connecting you");

    await (
      await getPrisma()
    ).agentProfile.updateMany({ where: { user: { email: "agent@beacon.test" } }, data: { status: "ONLINE" } });
    expect((await getPresence()).online).toBe(true);
    const second = await start(await customer("en"), "I want to talk to a human", "en");
    expect((await botLines(second.conversation.id))[0].body).toContain("connecting you");
    await setAll("OFFLINE");
  });

  it("names the next staffed time when business hours are set", async () => {
    await setAll("OFFLINE");
    const prisma = await getPrisma();
    // Open one hour a week, Sunday 03:00–04:00 UTC: almost always closed, and the next window is known.
    const hours = { timeZone: "UTC", days: [[180, 240], null, null, null, null, null, null] };
    await prisma.setting.upsert({
      where: { key: "sla.businessHours" },
      create: { key: "sla.businessHours", value: hours },
      update: { value: hours },
    });
    const monday = new Date("2026-12-07T12:00:00Z");
    expect(
      nextStaffedAt(monday, { timeZone: "UTC", days: [[180, 240], null, null, null, null, null, null] })?.toISOString(),
    ).toBe("2026-12-13T03:00:00.000Z");
    const presence = await getPresence();
    expect(presence.online).toBe(false);
    const { conversation } = await start(await customer("zh-CN"), "转人工", "zh-CN");
    const [line] = await botLines(conversation.id);
    if (presence.nextStaffedAt) expect(line.body).toContain("恢复服务");
    await prisma.setting.delete({ where: { key: "sla.businessHours" } });
  });
});

describe("fair limits", () => {
  const guestStart = (ip: string, device: string | null, body = "how do I deposit") =>
    startConversation({
      actor: null,
      locale: "en",
      ip,
      device,
      name: "Visitor",
      email: `v-${crypto.randomUUID().slice(0, 8)}@example.com`,
      message: { clientId: crypto.randomUUID(), body, attachmentIds: [] },
    });

  it("counts guests per device first: an office behind one address is not locked out; a victim never is", async () => {
    const office = `10.77.${Math.floor(Math.random() * 250)}.1`;
    for (let i = 0; i < 15; i++) await guestStart(office, `device-${crypto.randomUUID()}`);
    const mine = `device-${crypto.randomUUID()}`;
    for (let i = 0; i < 10; i++) await guestStart(office, mine);
    const refused = await guestStart(office, mine).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "RATE_LIMITED", params: { unit: "minutes", minutes: 10 } });
    const { toErrorBody } = await import("@/lib/http/errors");
    expect(toErrorBody(refused, "zh-CN").body.error.message).toBe("请求过于频繁，请约 10 分钟后再试。");
    const victim = await guestStart(office, mine, "someone stole my coins");
    expect(victim.conversation.priority).toBe("URGENT");
  });
});
