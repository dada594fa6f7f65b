import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { asLocalizedText, withLocalizedName } from "@/lib/db/localized";
import { AppError, notFound } from "@/lib/errors";
import type { CategoryInput } from "@/lib/contracts/kb";
import { isForeignKeyViolation, isUniqueViolation } from "@/lib/db/prisma-errors";
import { visibleArticles } from "./visibility";

// Categories are few and edited together on one admin page: their services live side by side.

const slugTaken = (slug: string) =>
  new AppError("CONFLICT", "kbCategorySlugTaken", { slug }, { slug: "kbCategorySlugTaken" });

/** Every category in display order, with how many articles the actor can see in each. */
export async function findCategories({ actor }: { actor: Actor | null }) {
  const prisma = await getPrisma();
  const categories = await prisma.category.findMany({
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    include: { _count: { select: { articles: { where: visibleArticles(actor) } } } },
  });
  return categories.map(({ _count, ...category }) => ({
    ...withLocalizedName(category),
    description: asLocalizedText(category.description),
    articleCount: _count.articles,
  }));
}

/** Admins only. A new category goes last. */
export async function createCategory({ actor, ...input }: { actor: Actor | null } & CategoryInput) {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const last = await prisma.category.aggregate({ _max: { sortOrder: true } });
  try {
    return await prisma.category.create({ data: { ...input, sortOrder: (last._max.sortOrder ?? 0) + 1 } });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken(input.slug);
    throw error;
  }
}

/** Admins only. Renames (or re-slugs, re-describes) a category. */
export async function updateCategory({
  actor,
  categoryId,
  ...input
}: { actor: Actor | null; categoryId: string } & Partial<CategoryInput>) {
  requireAdmin(actor);
  const prisma = await getPrisma();
  try {
    const done = await prisma.category.updateMany({ where: { id: categoryId }, data: input });
    if (done.count === 0) throw notFound("kbCategoryNotFound");
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken(input.slug ?? "");
    throw error;
  }
  return prisma.category.findUniqueOrThrow({ where: { id: categoryId } });
}

/** Admins only. `ids` in their new order; every category must be named exactly once. */
export async function reorderCategories({ actor, ids }: { actor: Actor | null; ids: string[] }) {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const existing = await prisma.category.findMany({ select: { id: true } });
  const known = new Set(existing.map((c) => c.id));
  if (new Set(ids).size !== ids.length || ids.length !== known.size || !ids.every((id) => known.has(id))) {
    throw new AppError("VALIDATION_FAILED", "kbCategoryOrderStale", {}, { ids: "kbCategoryOrderStale" });
  }
  await prisma.$transaction(
    ids.map((id, index) => prisma.category.update({ where: { id }, data: { sortOrder: index + 1 } })),
  );
}

/** Admins only. Refused while the category still holds articles (drafts included): move or delete them first. */
export async function deleteCategory({ actor, categoryId }: { actor: Actor | null; categoryId: string }) {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const articles = await prisma.article.count({ where: { categoryId } });
  if (articles > 0) throw new AppError("CONFLICT", "kbCategoryNotEmpty", { count: articles });
  try {
    const done = await prisma.category.deleteMany({ where: { id: categoryId } });
    if (done.count === 0) throw notFound("kbCategoryNotFound");
  } catch (error) {
    // An article moved in between the count and the delete: the foreign key refuses, and so do we.
    if (isForeignKeyViolation(error)) throw new AppError("CONFLICT", "kbCategoryNotEmpty", { count: 1 });
    throw error;
  }
}
