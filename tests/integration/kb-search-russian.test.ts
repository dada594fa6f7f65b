import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { searchArticles } from "@/lib/services/kb/search-articles";
import { createAdmin, createCategory, createKbArticle } from "../factories/kb";
import { createActor } from "../factories/users";

let customer: Actor;
let category: string;
const slugs = async (q: string, locale: "ru" | "en" | "zh-CN" = "ru") =>
  (await searchArticles({ actor: customer, q, locale, categorySlug: category })).results.map((r) => r.slug);

beforeAll(async () => {
  const admin = await createAdmin();
  customer = await createActor();
  const cat = await createCategory();
  category = cat.slug;
  await createKbArticle(admin, cat.id, {
    slug: `withdrawal-fees-${cat.slug}`,
    en: { title: "Withdrawal fees", body: "Every network charges its own fee." },
    zh: { title: "提现手续费", body: "每个网络收取各自的手续费。" },
    ru: { title: "Комиссии за вывод средств", body: "Каждая сеть берёт свою комиссию за выводы." },
  });
  await createKbArticle(admin, cat.id, {
    slug: `deposit-missing-${cat.slug}`,
    en: { title: "My deposit has not arrived", body: "Check the network and the memo." },
    ru: { title: "Пополнение не зачислено", body: "Проверьте сеть и memo пополнения." },
  });
  await createKbArticle(admin, cat.id, {
    slug: `api-keys-${cat.slug}`,
    en: { title: "Creating API keys", body: "Open API management." },
  });
});

describe("help-center search in Russian", () => {
  it("stems Russian words (PostgreSQL's russian configuration, on PGlite and PostgreSQL alike)", async () => {
    expect(await slugs("вывода")).toEqual([`withdrawal-fees-${category}`]);
    expect(await slugs("комиссия")).toEqual([`withdrawal-fees-${category}`]);
    expect(await slugs("пополнения не зачислены")).toContain(`deposit-missing-${category}`);
  });

  it("shows the Russian translation to a Russian reader, and falls back along the chain for the rest", async () => {
    const results = (await searchArticles({ actor: customer, q: "api", locale: "ru", categorySlug: category })).results;
    expect(results.map((r) => [r.slug, r.locale])).toEqual([[`api-keys-${category}`, "en"]]);
    const fees = await searchArticles({ actor: customer, q: "вывод", locale: "ru", categorySlug: category });
    expect(fees.results[0]).toMatchObject({ locale: "ru", title: "Комиссии за вывод средств" });
  });

  it("leaves Chinese and English search as they were", async () => {
    expect(await slugs("手续费", "zh-CN")).toEqual([`withdrawal-fees-${category}`]);
    expect(await slugs("fees", "en")).toEqual([`withdrawal-fees-${category}`]);
  });
});
