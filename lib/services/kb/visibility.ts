import { isAgent, type Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/generated/client";

/** Agents and admins may read drafts (when they ask to); customers, guests and visitors never see them. */
export const mayReadDrafts = (actor: Actor | null | undefined): boolean => isAgent(actor);

/** The articles an actor may read: published ones, or all of them for staff who ask for drafts. */
export function visibleArticles(actor: Actor | null | undefined, includeDrafts = true): Prisma.ArticleWhereInput {
  return includeDrafts && mayReadDrafts(actor) ? {} : { status: "PUBLISHED" };
}
