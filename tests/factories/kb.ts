import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { createArticle } from "@/lib/services/kb/create-article";
import { createActor } from "./users";

/** An admin to write with (one per call site is plenty). */
export const createAdmin = () => createActor({ role: "ADMIN", name: "KB Admin" });

/** A category with a unique slug (tests search inside it, so files sharing a PostgreSQL database never collide). */
export async function createCategory(slug = `cat-${randomUUID().slice(0, 8)}`) {
  const prisma = await getPrisma();
  return prisma.category.create({ data: { slug, name: { en: `Category ${slug}`, "zh-CN": `分类 ${slug}` } } });
}

type Translation = { title: string; body: string };

/** An article through the real service (search documents, revisions), published unless `draft`. */
export async function createKbArticle(
  admin: Actor,
  categoryId: string,
  content: { zh?: Translation; en?: Translation; ru?: Translation; draft?: boolean; slug?: string },
) {
  return createArticle({
    actor: admin,
    slug: content.slug ?? `article-${randomUUID().slice(0, 8)}`,
    categoryId,
    translations: {
      ...(content.zh ? { "zh-CN": content.zh } : {}),
      ...(content.en ? { en: content.en } : {}),
      ...(content.ru ? { ru: content.ru } : {}),
    },
    publish: !content.draft,
  });
}
