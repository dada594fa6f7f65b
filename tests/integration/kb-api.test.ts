import { beforeAll, describe, expect, it } from "vitest";
import { POST as createArticleRoute } from "@/app/api/v1/kb/articles/route";
import { PATCH as saveArticleRoute } from "@/app/api/v1/kb/articles/[articleId]/route";
import { POST as feedbackRoute } from "@/app/api/v1/kb/articles/[articleId]/feedback/route";
import { POST as publishRoute } from "@/app/api/v1/kb/articles/[articleId]/publish/route";
import { GET as revisionsRoute } from "@/app/api/v1/kb/articles/[articleId]/revisions/route";
import { POST as restoreRoute } from "@/app/api/v1/kb/articles/[articleId]/revisions/[revisionId]/restore/route";
import { POST as unpublishRoute } from "@/app/api/v1/kb/articles/[articleId]/unpublish/route";
import { DELETE as deleteCategoryRoute } from "@/app/api/v1/kb/categories/[categoryId]/route";
import { POST as createCategoryRoute } from "@/app/api/v1/kb/categories/route";
import { GET as reportExportRoute } from "@/app/api/v1/kb/report/export/route";
import { GET as searchRoute } from "@/app/api/v1/kb/search/route";
import { getPrisma } from "@/lib/db/client";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { createCategory } from "../factories/kb";
import { createUser, sessionCookie } from "../factories/users";
import { noParams, request, withParams } from "../helpers/http";

let adminCookie: string;
let agentCookie: string;
let customerCookie: string;
let categoryId: string;
let categorySlug: string;

beforeAll(async () => {
  adminCookie = await sessionCookie((await createUser({ role: "ADMIN" })).id);
  agentCookie = await sessionCookie((await createUser({ role: "AGENT" })).id);
  customerCookie = await sessionCookie((await createUser()).id);
  const category = await createCategory();
  categoryId = category.id;
  categorySlug = category.slug;
});

const json = async (response: Response) => ({ status: response.status, body: await response.json() });
const articleBody = (slug: string) => ({
  slug,
  categoryId,
  translations: { en: { title: "Reset your anti-phishing code", body: "## Steps\n\nOpen **Security**." } },
});

describe("KB API", () => {
  it("lets only admins write, with localized field errors and nothing half-stored", async () => {
    const slug = `anti-phishing-${categorySlug}`;
    expect(
      (await createArticleRoute(request("/api/v1/kb/articles", { body: articleBody(slug) }), noParams)).status,
    ).toBe(401);
    expect(
      (
        await createArticleRoute(
          request("/api/v1/kb/articles", { body: articleBody(slug), cookie: agentCookie }),
          noParams,
        )
      ).status,
    ).toBe(403);

    const invalid = await json(
      await createArticleRoute(
        request("/api/v1/kb/articles", {
          body: { slug: "Not A Slug!", categoryId, translations: {} },
          cookie: adminCookie,
          locale: "zh-CN",
        }),
        noParams,
      ),
    );
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields).toEqual({
      slug: "只能使用小写字母、数字和单个连字符，例如 how-to-withdraw。",
      translations: "请至少填写一种语言。",
    });
    const missingCategory = await json(
      await createArticleRoute(
        request("/api/v1/kb/articles", {
          body: { ...articleBody(slug), categoryId: "nope" },
          cookie: adminCookie,
          locale: "en",
        }),
        noParams,
      ),
    );
    expect(missingCategory).toMatchObject({
      status: 400,
      body: { error: { code: "VALIDATION_FAILED", fields: { categoryId: "Choose an existing category." } } },
    });
    const prisma = await getPrisma();
    expect(await prisma.article.count({ where: { slug } })).toBe(0);

    const created = await json(
      await createArticleRoute(
        request("/api/v1/kb/articles", { body: articleBody(slug), cookie: adminCookie }),
        noParams,
      ),
    );
    expect(created).toMatchObject({ status: 201, body: { article: { slug, status: "DRAFT" } } });
    const duplicate = await json(
      await createArticleRoute(
        request("/api/v1/kb/articles", { body: articleBody(slug), cookie: adminCookie, locale: "en" }),
        noParams,
      ),
    );
    expect(duplicate).toMatchObject({
      status: 409,
      body: {
        error: {
          code: "CONFLICT",
          fields: { slug: `Another article already uses the address “${slug}”. Choose another one.` },
        },
      },
    });
  });

  it("publishes, searches (the documented shape), unpublishes, lists revisions and restores", async () => {
    const slug = `lifecycle-${categorySlug}`;
    const { body } = await json(
      await createArticleRoute(
        request("/api/v1/kb/articles", { body: articleBody(slug), cookie: adminCookie }),
        noParams,
      ),
    );
    const id = body.article.id as string;
    const search = async (cookie?: string) =>
      json(
        await searchRoute(
          request(
            `/api/v1/kb/search?q=${encodeURIComponent("anti-phishing")}&locale=en&limit=5&category=${categorySlug}`,
            { cookie },
          ),
          noParams,
        ),
      );
    expect((await search()).body.results).toEqual([]);

    expect(
      (
        await publishRoute(
          request(`/api/v1/kb/articles/${id}/publish`, { method: "POST", cookie: customerCookie }),
          withParams({ articleId: id }),
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await publishRoute(
          request(`/api/v1/kb/articles/${id}/publish`, { method: "POST", cookie: adminCookie }),
          withParams({ articleId: id }),
        )
      ).status,
    ).toBe(200);
    const found = await search();
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ total: 1, tookMs: expect.any(Number) });
    expect(found.body.results[0]).toMatchObject({
      slug,
      title: "Reset your anti-phishing code",
      category: { slug: categorySlug },
      score: expect.any(Number),
      snippet: { text: expect.any(String), highlights: expect.any(Array) },
    });

    const saved = await json(
      await saveArticleRoute(
        request(`/api/v1/kb/articles/${id}`, {
          method: "PATCH",
          cookie: adminCookie,
          body: { translations: { en: { title: "Change your anti-phishing code", body: "New body." } } },
        }),
        withParams({ articleId: id }),
      ),
    );
    expect(saved).toMatchObject({ status: 200, body: { article: { revisions: 1 } } });
    const revisions = await json(
      await revisionsRoute(
        request(`/api/v1/kb/articles/${id}/revisions`, { cookie: agentCookie }),
        withParams({ articleId: id }),
      ),
    );
    expect(revisions.body.revisions.map((r: { title: string }) => r.title)).toEqual([
      "Change your anti-phishing code",
      "Reset your anti-phishing code",
    ]);
    expect(
      (
        await revisionsRoute(
          request(`/api/v1/kb/articles/${id}/revisions`, { cookie: customerCookie }),
          withParams({ articleId: id }),
        )
      ).status,
    ).toBe(403);
    const oldest = revisions.body.revisions[1].id as string;
    const restored = await json(
      await restoreRoute(
        request(`/api/v1/kb/articles/${id}/revisions/${oldest}/restore`, { method: "POST", cookie: adminCookie }),
        withParams({ articleId: id, revisionId: oldest }),
      ),
    );
    expect(restored.body).toMatchObject({ restored: true });

    await unpublishRoute(
      request(`/api/v1/kb/articles/${id}/unpublish`, { method: "POST", cookie: adminCookie }),
      withParams({ articleId: id }),
    );
    expect((await search()).body.results).toEqual([]);
    expect((await search(agentCookie)).body.results).toEqual([]);
    const drafts = await json(
      await searchRoute(
        request(`/api/v1/kb/search?q=phishing&locale=en&drafts=1&category=${categorySlug}`, { cookie: agentCookie }),
        noParams,
      ),
    );
    expect(drafts.body.results.map((r: { slug: string }) => r.slug)).toContain(slug);
  });

  it("takes feedback from anyone, validates it, and rate-limits visitors", async () => {
    const slug = `feedback-${categorySlug}`;
    const { body } = await json(
      await createArticleRoute(
        request("/api/v1/kb/articles", { body: { ...articleBody(slug), publish: true }, cookie: adminCookie }),
        noParams,
      ),
    );
    const id = body.article.id as string;
    const vote = (payload: unknown, ip: string, cookie?: string) =>
      feedbackRoute(
        request(`/api/v1/kb/articles/${id}/feedback`, {
          body: payload as object,
          cookie,
          locale: "en",
          headers: { [CLIENT_IP_HEADER]: ip },
        }),
        withParams({ articleId: id }),
      );

    const bad = await json(await vote({ helpful: "maybe", comment: "x".repeat(1001) }, "10.9.0.1"));
    expect(bad).toMatchObject({
      status: 400,
      body: { error: { fields: { helpful: expect.any(String), comment: "Must be at most 1000 characters." } } },
    });
    expect((await vote({ helpful: true }, "10.9.0.2")).status).toBe(201);
    expect((await vote({ helpful: true }, "10.9.0.2")).status).toBe(201);
    expect((await vote({ helpful: false }, "10.9.0.2")).status).toBe(201);
    const limited = await vote({ helpful: false }, "10.9.0.2");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toMatch(/^\d+$/);
    // Signed-in people are limited per account, not by the visitors' per-address limit.
    expect((await vote({ helpful: true }, "10.9.0.2", customerCookie)).status).toBe(201);
    const missing = await feedbackRoute(
      request(`/api/v1/kb/articles/nope/feedback`, {
        body: { helpful: true },
        headers: { [CLIENT_IP_HEADER]: "10.9.0.3" },
      }),
      withParams({ articleId: "nope" }),
    );
    expect(missing.status).toBe(404);
  });

  it("refuses to delete a category that still has articles, with a clear message", async () => {
    const category = await createCategory();
    await createArticleRoute(
      request("/api/v1/kb/articles", {
        body: { ...articleBody(`keep-${category.slug}`), categoryId: category.id },
        cookie: adminCookie,
      }),
      noParams,
    );
    const refused = await json(
      await deleteCategoryRoute(
        request(`/api/v1/kb/categories/${category.id}`, { method: "DELETE", cookie: adminCookie, locale: "en" }),
        withParams({ categoryId: category.id }),
      ),
    );
    expect(refused).toMatchObject({
      status: 409,
      body: {
        error: { message: "This category still holds 1 article. Move or delete them before deleting the category." },
      },
    });
    const duplicate = await json(
      await createCategoryRoute(
        request("/api/v1/kb/categories", {
          cookie: adminCookie,
          locale: "zh-CN",
          body: { slug: category.slug, name: { "zh-CN": "重复", en: "Dup" } },
        }),
        noParams,
      ),
    );
    expect(duplicate).toMatchObject({
      status: 409,
      body: { error: { fields: { slug: `地址“${category.slug}”已被其他分类使用，请换一个。` } } },
    });
  });

  it("exports each table of the search report as CSV for admins, in the reader's language, formulas neutralised", async () => {
    const prisma = await getPrisma();
    const stamp = Date.now().toString(36);
    await prisma.searchQuery.createMany({
      data: Array.from({ length: 40 }, (_, i) => ({
        query: `=cmd ${stamp}`,
        locale: "en",
        resultCount: i % 2 ? 0 : 4,
      })),
    });
    await prisma.botTurn.createMany({
      data: Array.from({ length: 40 }, () => ({
        conversationId: stamp,
        text: `提现, 没到 ${stamp}`,
        locale: "zh-CN",
        outcome: "MISSED",
      })),
    });
    const csv = async (table: string, cookie: string, locale = "en") => {
      const response = await reportExportRoute(
        request(`/api/v1/kb/report/export?days=7&table=${table}`, { cookie, locale }),
        noParams,
      );
      return {
        status: response.status,
        type: response.headers.get("content-type"),
        // The BOM kept (spreadsheets need it to read UTF-8): text() would drop it.
        text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer()),
      };
    };
    const top = await csv("top", adminCookie);
    expect(top.status).toBe(200);
    expect(top.type).toBe("text/csv; charset=utf-8");
    const lines = top.text.split("\r\n");
    expect(lines[0]).toBe("\uFEFFQuery,Times,Avg. results");
    expect(lines).toContain(`'=cmd ${stamp},40,2`);
    expect((await csv("zero", adminCookie, "zh-CN")).text.split("\r\n")[0]).toBe("\uFEFF搜索词,次数,最近搜索");
    const missed = (await csv("botMissed", adminCookie)).text.split("\r\n");
    expect(missed[0]).toBe("\uFEFFQuestion,Language,Times,Last");
    expect(missed.find((line) => line.includes(stamp))).toMatch(new RegExp(`^"提现, 没到 ${stamp}",zh-CN,40,\\d{4}-`));
    expect((await csv("leastHelpful", adminCookie)).text.split("\r\n")[0]).toBe(
      "\uFEFFArticle,Helpful,Yes,No,Recent comments",
    );
    expect((await csv("top", agentCookie)).status).toBe(403);
    expect((await csv("everything", adminCookie)).status).toBe(400);
  });
});
