import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { searchDocumentFor } from "@/lib/search/document";

/**
 * Admins only. Puts a revision's title and body back into its translation. The restore is itself saved as a new
 * revision, so history only grows and a restore can be undone like any edit.
 */
export async function restoreRevision({
  actor,
  articleId,
  revisionId,
}: {
  actor: Actor | null;
  articleId: string;
  revisionId: string;
}) {
  const admin = requireAdmin(actor);
  const prisma = await getPrisma();
  const revision = await prisma.articleRevision.findFirst({ where: { id: revisionId, articleId } });
  if (!revision) throw notFound("kbRevisionNotFound");
  const { locale, title, body } = revision;
  const current = await prisma.articleTranslation.findUnique({ where: { articleId_locale: { articleId, locale } } });
  if (current && current.title === title && current.body === body) return { restored: false, revisionId: null };
  const searchDocument = searchDocumentFor(locale, title, body, current?.questions ?? []);
  const created = await prisma.$transaction(async (tx) => {
    await tx.article.update({ where: { id: articleId }, data: { updatedAt: new Date() } });
    await tx.articleTranslation.upsert({
      where: { articleId_locale: { articleId, locale } },
      create: { articleId, locale, title, body, searchDocument },
      update: { title, body, searchDocument },
    });
    return tx.articleRevision.create({
      data: { articleId, locale, title, body, authorId: admin.id },
      select: { id: true },
    });
  });
  return { restored: true, revisionId: created.id };
}
