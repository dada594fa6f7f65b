import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { snippetParts } from "@/lib/contracts/search";
import { getPrisma } from "@/lib/db/client";
import { searchArticles } from "@/lib/services/kb/search-articles";
import { setArticleStatus } from "@/lib/services/kb/set-article-status";
import { createAdmin, createCategory, createKbArticle } from "../factories/kb";
import { createActor } from "../factories/users";

let admin: Actor;
let agent: Actor;
let customer: Actor;
let category: string;
const ids: Record<string, string> = {};

const search = (q: string, locale: "zh-CN" | "en" = "zh-CN", actor: Actor | null = customer, more = {}) =>
  searchArticles({ actor, q, locale, categorySlug: category, ...more });
const slugs = async (...args: Parameters<typeof search>) => (await search(...args)).results.map((r) => r.slug);

beforeAll(async () => {
  admin = await createAdmin();
  agent = await createActor({ role: "AGENT" });
  customer = await createActor();
  const cat = await createCategory();
  category = cat.slug;
  const add = async (key: string, content: Parameters<typeof createKbArticle>[2]) => {
    ids[key] = (await createKbArticle(admin, cat.id, { ...content, slug: `${key}-${cat.slug}` })).id;
  };
  await add("trading-password", {
    zh: { title: "如何找回交易密码", body: "交易密码用于提现和 P2P 放币。忘记后请在「安全设置」中重置。" },
    en: {
      title: "How to recover your trading password",
      body: "The trading password protects withdrawals and P2P releases.",
    },
  });
  await add("withdraw", {
    zh: { title: "如何提现（提币）", body: "在「资产」>「提现」中选择币种和网络，填写地址后确认。" },
    en: {
      title: "How to withdraw crypto",
      body: "Go to **Assets** > **Withdraw**, pick the coin and the network, then confirm.",
    },
  });
  await add("fees-in-body", {
    en: {
      title: "Trading on the go",
      body: "Fees fees fees: maker fees, taker fees, and the fees table. Fees depend on your VIP level; fees change.",
    },
  });
  await add("fees-title", {
    en: { title: "Withdrawal fees", body: "Each network charges a fixed amount per withdrawal." },
  });
  await add("draft", {
    zh: { title: "内部草稿：冷钱包迁移计划", body: "尚未发布。" },
    en: { title: "Draft: cold wallet migration plan", body: "Unpublished." },
    draft: true,
  });
  await add("zh-only", { zh: { title: "法币交易入门", body: "使用银行卡购买 USDT 的步骤。" } });
});

describe("help center search", () => {
  it("finds Chinese words inside longer phrases (交易密码 in 如何找回交易密码)", async () => {
    const { results, total } = await search("交易密码");
    expect(results[0].slug).toBe(`trading-password-${category}`);
    expect(results[0].title).toBe("如何找回交易密码");
    expect(snippetParts(results[0].snippet)).toContainEqual({ text: "交易密码", mark: true });
    expect(total).toBeGreaterThanOrEqual(1);
    expect(await slugs("找回密码")).toContain(`trading-password-${category}`);
  });

  it("stems English: 'withdrawals' finds the article about how to withdraw", async () => {
    const found = await slugs("withdrawals", "en");
    expect(found).toContain(`withdraw-${category}`);
    expect(found).toContain(`fees-title-${category}`);
  });

  it("forgives small typos in English titles: 'withdrawl' still finds it", async () => {
    const result = await search("withdrawl", "en");
    expect(result.results.map((r) => r.slug)).toContain(`withdraw-${category}`);
    expect(result.correctedQuery).toBe("withdraw");
    expect((await search("passwrod", "en")).results.map((r) => r.slug)).toContain(`trading-password-${category}`);
  });

  it("ranks title matches above body matches", async () => {
    const found = await slugs("fees", "en");
    expect(found.indexOf(`fees-title-${category}`)).toBeGreaterThanOrEqual(0);
    expect(found.indexOf(`fees-title-${category}`)).toBeLessThan(found.indexOf(`fees-in-body-${category}`));
  });

  it("never shows drafts to customers or visitors; agents see them only when they ask", async () => {
    expect(await slugs("冷钱包", "zh-CN", customer, { includeDrafts: true })).toEqual([]);
    expect(await slugs("cold wallet", "en", null, { includeDrafts: true })).toEqual([]);
    expect(await slugs("cold wallet", "en", agent)).toEqual([]);
    expect(await slugs("cold wallet", "en", agent, { includeDrafts: true })).toEqual([`draft-${category}`]);
    const hit = (await search("cold wallet", "en", agent, { includeDrafts: true })).results[0];
    expect(hit.status).toBe("DRAFT");
  });

  it("drops an article from search the moment it is unpublished, and brings it back on publish", async () => {
    await setArticleStatus({ actor: admin, articleId: ids["withdraw"], publish: false });
    expect(await slugs("withdraw", "en")).not.toContain(`withdraw-${category}`);
    await setArticleStatus({ actor: admin, articleId: ids["withdraw"], publish: true });
    expect(await slugs("withdraw", "en")).toContain(`withdraw-${category}`);
  });

  it("shows the reader's language, or the other translation when theirs is missing", async () => {
    const [zh] = (await search("法币", "en")).results;
    expect(zh).toMatchObject({ slug: `zh-only-${category}`, locale: "zh-CN", title: "法币交易入门" });
    const [en] = (await search("withdraw", "zh-CN")).results;
    expect(en).toMatchObject({ slug: `withdraw-${category}`, locale: "zh-CN", title: "如何提现（提币）" });
  });

  it("logs every query with its locale and result count", async () => {
    const marker = `nothing-here-${Date.now()}`;
    await search(marker, "en");
    await search("交易密码 ", "zh-CN");
    const prisma = await getPrisma();
    const [miss] = await prisma.searchQuery.findMany({ where: { query: marker } });
    expect(miss).toMatchObject({ locale: "en", resultCount: 0 });
    const hit = await prisma.searchQuery.findFirst({ where: { query: "交易密码" }, orderBy: { createdAt: "desc" } });
    expect(hit).toMatchObject({ locale: "zh-CN" });
    expect(hit!.resultCount).toBeGreaterThanOrEqual(1);
  });

  it("answers an empty query with nothing, without logging it", async () => {
    expect(await search("   ")).toMatchObject({ results: [], total: 0 });
  });
});
