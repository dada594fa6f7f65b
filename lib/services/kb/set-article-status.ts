import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

/** Admins only. Publishes an article (customers see it at once) or takes it back to draft (hidden from them). */
export async function setArticleStatus({
  actor,
  articleId,
  publish,
}: {
  actor: Actor | null;
  articleId: string;
  publish: boolean;
}) {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const now = new Date();
  // Publishing keeps the first publication date; unpublishing clears it.
  const done = await prisma.article.updateMany({
    where: { id: articleId },
    data: publish ? { status: "PUBLISHED", updatedAt: now } : { status: "DRAFT", publishedAt: null, updatedAt: now },
  });
  if (done.count === 0) throw notFound("kbArticleNotFound");
  if (publish)
    await prisma.article.updateMany({ where: { id: articleId, publishedAt: null }, data: { publishedAt: now } });
  return prisma.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { id: true, slug: true, status: true, publishedAt: true, updatedAt: true },
  });
}
