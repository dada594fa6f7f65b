import type { Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

/** Agents and admins. An article's revisions, newest first, with who saved each. */
export async function findRevisions({ actor, articleId }: { actor: Actor | null; articleId: string }) {
  requireAgent(actor);
  const prisma = await getPrisma();
  const article = await prisma.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw notFound("kbArticleNotFound");
  return prisma.articleRevision.findMany({
    where: { articleId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
    select: {
      id: true,
      locale: true,
      title: true,
      body: true,
      createdAt: true,
      author: { select: { id: true, name: true } },
    },
  });
}
