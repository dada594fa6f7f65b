import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import {
  createCategory as createCategoryService,
  deleteCategory,
  findCategories,
  reorderCategories,
  updateCategory,
} from "@/lib/services/kb/categories";
import { findRevisions } from "@/lib/services/kb/find-revisions";
import { getArticlePage } from "@/lib/services/kb/get-article-page";
import { getKbReport } from "@/lib/services/kb/get-kb-report";
import { recordFeedback } from "@/lib/services/kb/record-feedback";
import { restoreRevision } from "@/lib/services/kb/restore-revision";
import { searchArticles } from "@/lib/services/kb/search-articles";
import { updateArticle } from "@/lib/services/kb/update-article";
import { createAdmin, createCategory, createKbArticle } from "../factories/kb";
import { createActor, createGuest } from "../factories/users";

let admin: Actor;
let agent: Actor;
let customer: Actor;
let categoryId: string;
let categorySlug: string;

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: unknown) => (error instanceof AppError ? `${error.code}:${error.messageKey}` : String(error)),
  );

beforeAll(async () => {
  admin = await createAdmin();
  agent = await createActor({ role: "AGENT" });
  customer = await createActor();
  const category = await createCategory();
  categoryId = category.id;
  categorySlug = category.slug;
});

describe("articles and revisions", () => {
  it("records a revision per changed translation on every save, and restores any revision as a new one", async () => {
    const article = await createKbArticle(admin, categoryId, {
      zh: { title: "旧标题", body: "第一版正文。" },
      en: { title: "Old title", body: "First body." },
    });
    expect(await findRevisions({ actor: admin, articleId: article.id })).toHaveLength(2);

    const saved = await updateArticle({
      actor: admin,
      articleId: article.id,
      translations: { en: { title: "New title", body: "Second body about quasar beacons." } },
      baseUpdatedAt: article.updatedAt.toISOString(),
    });
    expect(saved.revisions).toBe(1);
    // Saving the same content again records nothing.
    expect(
      (
        await updateArticle({
          actor: admin,
          articleId: article.id,
          translations: { en: { title: "New title", body: "Second body about quasar beacons." } },
        })
      ).revisions,
    ).toBe(0);

    const revisions = await findRevisions({ actor: admin, articleId: article.id });
    expect(revisions).toHaveLength(3);
    expect(revisions.map((r) => [r.locale, r.title])).toEqual(
      expect.arrayContaining([
        ["en", "New title"],
        ["en", "Old title"],
        ["zh-CN", "旧标题"],
      ]),
    );
    expect(revisions[0]).toMatchObject({ locale: "en", title: "New title", author: { id: admin.id } });
    expect(
      (await searchArticles({ actor: customer, q: "quasar", locale: "en", categorySlug })).results.map((r) => r.id),
    ).toEqual([article.id]);

    const first = revisions.find((r) => r.locale === "en" && r.title === "Old title")!;
    expect(await restoreRevision({ actor: admin, articleId: article.id, revisionId: first.id })).toMatchObject({
      restored: true,
    });
    const page = await getArticlePage({ actor: customer, slug: article.slug, locale: "en" });
    expect(page).toMatchObject({ title: "Old title", body: "First body." });
    expect(await findRevisions({ actor: admin, articleId: article.id })).toHaveLength(4);
    // The search index follows the restore.
    expect((await searchArticles({ actor: customer, q: "quasar", locale: "en", categorySlug })).results).toEqual([]);
  });

  it("refuses a save over someone else's newer save, a taken slug, and writes by anyone but admins", async () => {
    const article = await createKbArticle(admin, categoryId, { en: { title: "Conflict", body: "Body." } });
    const other = await createKbArticle(admin, categoryId, { en: { title: "Other", body: "Body." } });
    const stale = article.updatedAt.toISOString();
    await updateArticle({
      actor: admin,
      articleId: article.id,
      translations: { en: { title: "First writer", body: "Body." } },
      baseUpdatedAt: stale,
    });
    expect(
      await code(
        updateArticle({
          actor: admin,
          articleId: article.id,
          translations: { en: { title: "Second writer", body: "Body." } },
          baseUpdatedAt: stale,
        }),
      ),
    ).toBe("CONFLICT:kbArticleChanged");
    expect(await code(updateArticle({ actor: admin, articleId: article.id, slug: other.slug }))).toBe(
      "CONFLICT:kbArticleSlugTaken",
    );
    expect(
      await code(
        updateArticle({ actor: agent, articleId: article.id, translations: { en: { title: "x", body: "y" } } }),
      ),
    ).toBe("FORBIDDEN:adminsOnly");
    expect(
      await code(
        updateArticle({ actor: null, articleId: article.id, translations: { en: { title: "x", body: "y" } } }),
      ),
    ).toBe("UNAUTHENTICATED:UNAUTHENTICATED");
    const prisma = await getPrisma();
    const row = await prisma.articleTranslation.findFirstOrThrow({ where: { articleId: article.id } });
    expect(row.title).toBe("First writer");
  });

  it("shows drafts to agents (not customers), and the other language with a flag when the reader's is missing", async () => {
    const draft = await createKbArticle(admin, categoryId, { zh: { title: "草稿文章", body: "正文" }, draft: true });
    expect(await getArticlePage({ actor: customer, slug: draft.slug, locale: "zh-CN" })).toBeNull();
    expect(await getArticlePage({ actor: null, slug: draft.slug, locale: "zh-CN" })).toBeNull();
    expect(await getArticlePage({ actor: agent, slug: draft.slug, locale: "en" })).toMatchObject({
      status: "DRAFT",
      locale: "zh-CN",
      fallback: true,
    });
  });
});

describe("categories", () => {
  it("creates, renames and reorders; refuses a duplicate slug and deleting a category that holds articles", async () => {
    const a = await createCategoryService({
      actor: admin,
      slug: `alpha-${categorySlug}`,
      name: { "zh-CN": "甲", en: "Alpha" },
      description: {},
      icon: "book",
    });
    expect(
      await code(
        createCategoryService({
          actor: admin,
          slug: a.slug,
          name: { "zh-CN": "乙", en: "Beta" },
          description: {},
          icon: "book",
        }),
      ),
    ).toBe("CONFLICT:kbCategorySlugTaken");
    expect(
      await code(
        createCategoryService({
          actor: agent,
          slug: "nope",
          name: { "zh-CN": "乙", en: "Beta" },
          description: {},
          icon: "book",
        }),
      ),
    ).toBe("FORBIDDEN:adminsOnly");
    await updateCategory({ actor: admin, categoryId: a.id, name: { "zh-CN": "甲", en: "Alpha renamed" } });
    const ids = (await findCategories({ actor: admin })).map((c) => c.id);
    const reversed = [...ids].reverse();
    await reorderCategories({ actor: admin, ids: reversed });
    expect((await findCategories({ actor: admin })).map((c) => c.id)).toEqual(reversed);
    expect(await code(reorderCategories({ actor: admin, ids: reversed.slice(1) }))).toBe(
      "VALIDATION_FAILED:kbCategoryOrderStale",
    );

    expect(await code(deleteCategory({ actor: admin, categoryId }))).toBe("CONFLICT:kbCategoryNotEmpty");
    await deleteCategory({ actor: admin, categoryId: a.id });
    expect(await code(deleteCategory({ actor: admin, categoryId: a.id }))).toBe("NOT_FOUND:kbCategoryNotFound");
  });
});

describe("feedback", () => {
  it("counts one vote per person (a change moves the counters), lets a visitor add a comment to their vote, refuses drafts", async () => {
    const article = await createKbArticle(admin, categoryId, { en: { title: "Rated", body: "Body." } });
    const draft = await createKbArticle(admin, categoryId, { en: { title: "Draft", body: "Body." }, draft: true });
    const prisma = await getPrisma();
    const counts = async () =>
      prisma.article.findUniqueOrThrow({
        where: { id: article.id },
        select: { helpfulYes: true, helpfulNo: true, updatedAt: true },
      });
    const before = await counts();

    await recordFeedback({ actor: customer, articleId: article.id, helpful: true, locale: "en" });
    await recordFeedback({
      actor: customer,
      articleId: article.id,
      helpful: false,
      comment: "Missing the fee table",
      locale: "en",
    });
    const guest = await createGuest();
    await recordFeedback({ actor: guest, articleId: article.id, helpful: false, locale: "zh-CN" });
    const visitor = await recordFeedback({ actor: null, articleId: article.id, helpful: true, locale: "en" });
    await recordFeedback({
      actor: null,
      articleId: article.id,
      helpful: true,
      comment: "Clear, thanks",
      locale: "en",
      feedbackId: visitor.feedbackId,
    });

    const after = await counts();
    expect(after).toMatchObject({ helpfulYes: 1, helpfulNo: 2 });
    expect(after.updatedAt).toEqual(before.updatedAt); // votes are not edits
    const rows = await prisma.articleFeedback.findMany({
      where: { articleId: article.id },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => [r.helpful, r.comment])).toEqual([
      [false, "Missing the fee table"],
      [false, null],
      [true, "Clear, thanks"],
    ]);

    expect(await code(recordFeedback({ actor: customer, articleId: draft.id, helpful: true, locale: "en" }))).toBe(
      "NOT_FOUND:kbArticleNotFound",
    );
    expect(await prisma.articleFeedback.count({ where: { articleId: draft.id } })).toBe(0);

    const report = await getKbReport({ actor: admin, days: 7, locale: "en" });
    const worst = report.leastHelpful.find((row) => row.id === article.id);
    expect(worst).toMatchObject({ yes: 1, no: 2, title: "Rated" });
    expect(worst!.comments.map((c) => c.comment)).toContain("Missing the fee table");
    expect(await code(getKbReport({ actor: agent, days: 7, locale: "en" }))).toBe("FORBIDDEN:adminsOnly");
  });
});
